package org.factdesk.article;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.logging.Logger;
import org.factdesk.analysis.ContentHint;
import org.factdesk.analysis.SourceInfo;
import org.factdesk.platform.DemoMode;

/**
 * In demo mode, imports the demo articles shipped in {@code org/factdesk/demo/articles} once: an
 * article whose bytes are already stored is not imported again.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigration")
public class DemoArticles {

  static final String FOLDER = "/org/factdesk/demo/articles/";
  private static final Logger LOG = Logger.getLogger(DemoArticles.class.getName());

  @PersistenceContext private EntityManager em;

  @EJB private ImportPipeline pipeline;

  @PostConstruct
  void importOnce() {
    if (!DemoMode.isOn()) {
      return;
    }
    int imported = 0;
    for (String line : read("index.txt").split("\n")) {
      if (line.isBlank()) {
        continue;
      }
      String[] fields = line.split("\t");
      byte[] bytes = readBytes(fields[0]);
      Long stored =
          em.createNamedQuery(Article.COUNT_BY_SHA256, Long.class)
              .setParameter("sha256", ImportPipeline.sha256(bytes))
              .getSingleResult();
      if (stored > 0) {
        continue;
      }
      String url = fields.length > 1 ? fields[1] : null;
      ImportOutcome outcome =
          pipeline.importArticle(
              new ImportRequest(
                  bytes, ContentHint.AUTO, new SourceInfo(url, null, null, null), fields[0]),
              "demo");
      if (outcome.kind() == ImportOutcome.Kind.IMPORTED) {
        imported++;
      }
    }
    int count = imported;
    LOG.info(() -> "Demo mode: " + count + " demo article(s) imported");
  }

  private static String read(String name) {
    return new String(readBytes(name), StandardCharsets.UTF_8);
  }

  private static byte[] readBytes(String name) {
    try (InputStream in = DemoArticles.class.getResourceAsStream(FOLDER + name)) {
      if (in == null) {
        throw new IllegalStateException("Demo article missing from the build: " + name);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read demo article " + name, e);
    }
  }
}
