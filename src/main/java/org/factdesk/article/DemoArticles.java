package org.factdesk.article;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jsoup.Jsoup;

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

  @Inject
  @ConfigProperty(name = "factdesk.demo", defaultValue = "false")
  private boolean demo;

  @PostConstruct
  void importOnce() {
    if (!demo) {
      return;
    }
    int imported = 0;
    for (String line : read("index.txt").split("\n")) {
      if (line.isBlank()) {
        continue;
      }
      String[] fields = line.split("\t");
      byte[] bytes = readBytes(fields[0]);
      String sha256 = sha256(bytes);
      Long stored =
          em.createNamedQuery(Article.COUNT_BY_SHA256, Long.class)
              .setParameter("sha256", sha256)
              .getSingleResult();
      if (stored > 0) {
        continue;
      }
      boolean html = fields[0].endsWith(".html");
      String text = new String(bytes, StandardCharsets.UTF_8);
      Article article =
          new Article(bytes, html ? "text/html" : "text/plain", sha256, fields[0], "demo");
      String title = html ? Jsoup.parse(text).title() : firstHeadline(text);
      article.describe(title, null, fields.length > 1 ? fields[1] : null, null, "en");
      em.persist(article);
      imported++;
    }
    int count = imported;
    LOG.info(() -> "Demo mode: " + count + " demo article(s) imported");
  }

  /** The first line that is not a dateline: a stand-in until the analysis engine reads titles. */
  private static String firstHeadline(String text) {
    for (String line : text.split("\\R")) {
      String trimmed = line.strip();
      if (trimmed.split("\\s+").length >= 4 && !trimmed.matches("^[A-Z][a-z]+day,.*\\d{4}$")) {
        return trimmed;
      }
    }
    return null;
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

  static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }
}
