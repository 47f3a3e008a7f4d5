package org.factdesk.audit;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.logging.Logger;
import org.factdesk.article.Article;
import org.factdesk.article.ArticleTransition;
import org.factdesk.identity.Role;
import org.factdesk.review.FlagEvent;
import org.hibernate.envers.query.AuditEntity;

/**
 * An article's history, newest first: the revisions of the article and of its blocks, flags,
 * claims, their verdicts and links (each as old → new per field), its state changes, the editors'
 * flag decisions, and the comments on it; and writing a comment.
 */
@Stateless
@RolesAllowed({Role.EDITOR_NAME, Role.FACT_CHECKER_NAME, Role.ADMIN_NAME})
public class ArticleHistory {

  private static final Logger LOG = Logger.getLogger(ArticleHistory.class.getName());

  /** Most entries of one kind read for one article; the newest are kept. */
  static final int MAX_PER_SOURCE = Revisions.MAX_ROWS;

  @PersistenceContext private EntityManager em;

  @Resource private SessionContext context;

  /** Everything that happened to the article, newest first (see the class comment for what). */
  public List<HistoryEntry> timeline(long articleId) {
    List<HistoryEntry> entries = new ArrayList<>();
    Revisions revisions = new Revisions(em);
    add(entries, revisions.of(AuditedType.ARTICLE, AuditEntity.id().eq(articleId)));
    add(entries, revisions.of(AuditedType.BLOCK, AuditEntity.relatedId("article").eq(articleId)));
    add(entries, revisions.of(AuditedType.FLAG, AuditEntity.relatedId("article").eq(articleId)));
    List<EntityChange> claims =
        revisions.of(AuditedType.CLAIM, AuditEntity.relatedId("article").eq(articleId));
    add(entries, claims);
    Set<Long> claimIds = new LinkedHashSet<>();
    claims.forEach(c -> claimIds.add(Long.valueOf(c.id())));
    if (!claimIds.isEmpty()) {
      Object[] ids = claimIds.toArray();
      add(entries, revisions.of(AuditedType.VERDICT, AuditEntity.relatedId("claim").in(ids)));
      add(
          entries,
          revisions.of(
              AuditedType.CLAIM_LINK,
              AuditEntity.or(
                  AuditEntity.relatedId("left").in(ids), AuditEntity.relatedId("right").in(ids))));
    }
    for (ArticleTransition t :
        em.createNamedQuery(ArticleTransition.OF_ARTICLE, ArticleTransition.class)
            .setParameter("article", articleId)
            .getResultList()) {
      entries.add(
          new HistoryEntry(
              t.getCreatedAt(),
              t.getActor(),
              HistoryEntry.Kind.STATE,
              t.getFromState().label() + " → " + t.getToState().label(),
              t.getReason(),
              List.of(new FieldChange("state", t.getFromState().name(), t.getToState().name()))));
    }
    for (FlagEvent e :
        em.createNamedQuery(FlagEvent.OF_ARTICLE, FlagEvent.class)
            .setParameter("article", articleId)
            .setMaxResults(MAX_PER_SOURCE)
            .getResultList()) {
      entries.add(decision(e));
    }
    for (ArticleComment c :
        em.createNamedQuery(ArticleComment.OF_ARTICLE, ArticleComment.class)
            .setParameter("article", articleId)
            .setMaxResults(MAX_PER_SOURCE)
            .getResultList()) {
      entries.add(
          new HistoryEntry(
              c.getCreatedAt(),
              c.getAuthor(),
              HistoryEntry.Kind.COMMENT,
              "",
              c.getText(),
              List.of()));
    }
    entries.sort(Comparator.comparing(HistoryEntry::at).reversed());
    return entries;
  }

  /** Adds a comment to the article as the caller. */
  public void comment(long articleId, String text) {
    Article article = em.find(Article.class, articleId);
    if (article == null) {
      throw new CommentException("There is no article " + articleId + ".");
    }
    String author = context.getCallerPrincipal().getName();
    em.persist(new ArticleComment(article, author, text));
    LOG.info(() -> "Comment on article " + articleId + " by " + author);
  }

  private static void add(List<HistoryEntry> entries, List<EntityChange> changes) {
    for (EntityChange change : changes) {
      entries.add(
          new HistoryEntry(
              change.at(),
              change.username(),
              HistoryEntry.Kind.CHANGE,
              change.title(),
              null,
              change.fields()));
    }
  }

  private static HistoryEntry decision(FlagEvent e) {
    List<FieldChange> changes = new ArrayList<>();
    String typeBefore = e.getTypeBefore() == null ? "" : e.getTypeBefore().name();
    String typeAfter = e.getTypeAfter() == null ? "" : e.getTypeAfter().name();
    if (!typeBefore.equals(typeAfter)) {
      changes.add(new FieldChange("type", typeBefore, typeAfter));
    }
    String before = e.getDecisionBefore() == null ? "" : e.getDecisionBefore().name();
    String after = e.getDecisionAfter() == null ? "" : e.getDecisionAfter().name();
    if (!before.equals(after)) {
      changes.add(new FieldChange("decision", before, after));
    }
    String type = typeAfter.isEmpty() ? typeBefore : typeAfter;
    return new HistoryEntry(
        e.getCreatedAt(),
        e.getActor(),
        HistoryEntry.Kind.DECISION,
        "Flag " + (e.getFlagId() == null ? "" : e.getFlagId() + " · ") + type + " " + word(e),
        "“" + FieldChange.shown(e.getBlockText()) + "” (" + e.getDetector() + ")",
        changes);
  }

  private static String word(FlagEvent e) {
    return switch (e.getAction()) {
      case ADDED -> "added";
      case REMOVED -> "removed";
      default -> "decided";
    };
  }
}
