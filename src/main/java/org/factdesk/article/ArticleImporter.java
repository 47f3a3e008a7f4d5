package org.factdesk.article;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import org.factdesk.analysis.AnalysisResult;
import org.factdesk.identity.Role;

/** Importing articles, for editors and admins: the door people use to {@link ImportPipeline}. */
@Stateless
@RolesAllowed({Role.EDITOR_NAME, Role.ADMIN_NAME})
public class ArticleImporter {

  @EJB private ImportPipeline pipeline;

  @Resource private SessionContext context;

  /** Imports one article for the signed-in user. */
  public ImportOutcome importArticle(ImportRequest request) {
    return pipeline.importArticle(request, context.getCallerPrincipal().getName());
  }

  /** What an import would make of the bytes, stored nowhere. */
  public AnalysisResult analyze(ImportRequest request) {
    return pipeline.analyze(request);
  }
}
