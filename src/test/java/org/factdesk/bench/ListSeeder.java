package org.factdesk.bench;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.Date;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.Random;

/**
 * Fills a Factdesk database with generated articles for the list benchmark: articles with blocks
 * and flags in every state, from 60 outlets over a year, written straight into the tables (the
 * import pipeline would take an hour for 100,000). The application must be stopped (H2 allows one
 * process) and must have run once on the database, so that the schema exists.
 *
 * <p>Run: {@code java -cp ~/.m2/repository/com/h2database/h2/2.3.232/h2-2.3.232.jar
 * src/test/java/org/factdesk/bench/ListSeeder.java jdbc:h2:file:./bench-data/factdesk 100000}
 *
 * <p>On the next start the application sees that its search index lacks the new articles and
 * rebuilds it in the background.
 */
public final class ListSeeder {

  private static final long FIRST_ID = 10_000_000L;
  private static final String[] STATES = {
    "IMPORTED",
    "IMPORTED",
    "IMPORTED",
    "IMPORTED",
    "IN_REVIEW",
    "IN_REVIEW",
    "IN_FACT_CHECK",
    "READY",
    "APPROVED",
    "APPROVED",
    "APPROVED",
    "REJECTED"
  };
  private static final String[] TOPICS = {
    "harbour",
    "ferry",
    "tariff",
    "grain",
    "election",
    "budget",
    "hospital",
    "school",
    "bridge",
    "railway",
    "drought",
    "wildfire",
    "vaccine",
    "pension",
    "housing",
    "fishery",
    "lighthouse",
    "airport",
    "refinery",
    "strike",
    "museum",
    "stadium",
    "festival",
    "vineyard",
    "copper",
    "semiconductor",
    "battery",
    "wind farm",
    "dam",
    "tunnel",
    "court",
    "parliament",
    "council",
    "police",
    "border",
    "customs",
    "shipping",
    "port",
    "canal",
    "reservoir"
  };
  private static final String[] FLAGS = {
    "AI_DISCLAIMER",
    "PROMOTIONAL",
    "RELATED_LINKS",
    "SITE_CHROME",
    "LEGAL_NOTICE",
    "OFF_TOPIC",
    "DUPLICATE_TITLE",
    "METADATA"
  };

  private ListSeeder() {}

  public static void main(String[] args) throws Exception {
    String url = args[0];
    int count = Integer.parseInt(args[1]);
    long started = System.nanoTime();
    try (Connection db = DriverManager.getConnection(url, "factdesk", "factdesk")) {
      db.setAutoCommit(false);
      seed(db, count, true);
    }
    System.out.printf(
        "%,d articles written in %.1f s%n", count, (System.nanoTime() - started) / 1e9);
  }

  /**
   * Writes {@code count} generated articles after any written before; returns the first new id.
   * With {@code commit} it commits every 1,000 articles, else the caller's transaction holds all.
   */
  public static long seed(Connection db, int count, boolean commit) throws java.sql.SQLException {
    Random random = new Random(20261124L);
    {
      long existing;
      try (var rs =
          db.createStatement()
              .executeQuery("select coalesce(max(id), 0) from article where id >= " + FIRST_ID)) {
        rs.next();
        existing = rs.getLong(1);
      }
      long firstId = Math.max(FIRST_ID, existing + 1);
      try (PreparedStatement article = db.prepareStatement(ARTICLE);
          PreparedStatement block = db.prepareStatement(BLOCK);
          PreparedStatement flag = db.prepareStatement(FLAG)) {
        long blockId = firstId * 10;
        long flagId = firstId * 10;
        for (int n = 0; n < count; n++) {
          long id = firstId + n;
          String outlet = "Outlet " + (n % 60) + " Gazette";
          String topic = TOPICS[random.nextInt(TOPICS.length)];
          String other = TOPICS[random.nextInt(TOPICS.length)];
          String title =
              "Council weighs " + topic + " plan as " + other + " costs rise (" + n + ")";
          String[] paragraphs = {
            title,
            "The regional council said on Monday that "
                + (100 + random.nextInt(9000))
                + " residents would be affected by the "
                + topic
                + " plan, according to its spokesperson.",
            "Costs for the "
                + other
                + " rose "
                + (1 + random.nextInt(40))
                + "% last year, officials said, while revenue fell.",
            "Critics said the "
                + topic
                + " decision had been rushed and called for a public hearing before "
                + (2026 + random.nextInt(3))
                + ".",
            "The council will vote again next month.",
            "Share this story"
          };
          String text = String.join("\n\n", paragraphs);
          byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
          String state = STATES[random.nextInt(STATES.length)];
          boolean open = state.equals("IMPORTED") || state.equals("IN_REVIEW");
          int pending = open ? random.nextInt(4) : 0;
          String flagType = FLAGS[random.nextInt(FLAGS.length)];
          Instant created = Instant.parse("2026-11-24T00:00:00Z").minus(n % 365, ChronoUnit.DAYS);
          Timestamp at = Timestamp.from(created);
          int c = 1;
          article.setLong(c++, id);
          article.setTimestamp(c++, at);
          article.setTimestamp(c++, at);
          article.setString(c++, state);
          article.setString(c++, title);
          article.setString(c++, title.toLowerCase(java.util.Locale.ROOT));
          article.setString(c++, outlet);
          article.setString(c++, "https://example.org/news/" + n);
          article.setDate(c++, Date.valueOf(LocalDate.of(2025, 1, 1).plusDays(n % 700)));
          article.setString(c++, "seed-" + n + ".txt");
          article.setString(c++, HexFormat.of().formatHex(longBytes(id, 4)));
          article.setBytes(c++, bytes);
          article.setString(c++, HexFormat.of().formatHex(longBytes(id * 31, 4)));
          article.setInt(c++, pending);
          article.setString(c++, " SITE_CHROME " + flagType + " ");
          article.setInt(c++, n % 50 == 0 ? 1 : 0);
          article.addBatch();
          int offset = 0;
          for (int p = 0; p < paragraphs.length; p++) {
            block.setLong(1, blockId);
            block.setTimestamp(2, at);
            block.setTimestamp(3, at);
            block.setLong(4, id);
            block.setInt(5, p);
            block.setString(
                6, p == 0 ? "HEADING" : p == paragraphs.length - 1 ? "LINE" : "PARAGRAPH");
            block.setString(7, paragraphs[p]);
            block.setInt(8, offset);
            block.setInt(9, offset + paragraphs[p].length());
            block.addBatch();
            if (p == paragraphs.length - 1) {
              flag.setLong(1, flagId++);
              flag.setTimestamp(2, at);
              flag.setTimestamp(3, at);
              flag.setLong(4, blockId);
              flag.setLong(5, id);
              flag.setString(6, "SITE_CHROME");
              flag.setString(7, "SITE_CHROME");
              flag.setString(8, pending > 0 ? "PENDING" : "ACCEPTED");
              flag.addBatch();
            }
            offset += paragraphs[p].length() + 2;
            blockId++;
          }
          if ((n + 1) % 1000 == 0) {
            article.executeBatch();
            block.executeBatch();
            flag.executeBatch();
            if (commit) {
              db.commit();
            }
          }
        }
        article.executeBatch();
        block.executeBatch();
        flag.executeBatch();
        if (commit) {
          db.commit();
        }
      }
      return firstId;
    }
  }

  private static byte[] longBytes(long value, int times) {
    byte[] out = new byte[8 * times];
    for (int i = 0; i < out.length; i++) {
      out[i] = (byte) (value >>> ((i % 8) * 8) ^ (i * 31));
    }
    return out;
  }

  private static final String ARTICLE =
      "insert into article (id, version, created_at, modified_at, state, title, title_key, outlet, url,"
          + " published, language, file_name, content_type, sha256, original_bytes, imported_by,"
          + " source_format, charset, content_hash, rules_version, pending_flags, flag_types,"
          + " duplicate_count) values (?, 0, ?, ?, ?, ?, ?, ?, ?, ?, 'en', ?,"
          + " 'text/plain; charset=UTF-8', ?, ?, 'seeder', 'TEXT', 'UTF-8', ?, '2', ?, ?, ?)";

  private static final String BLOCK =
      "insert into block (id, version, created_at, modified_at, article_id, position, kind, text,"
          + " start_offset, end_offset) values (?, 0, ?, ?, ?, ?, ?, ?, ?, ?)";

  private static final String FLAG =
      "insert into flag (id, version, created_at, modified_at, block_id, article_id, type,"
          + " original_type, confidence, detector, reason, decision) values (?, 0, ?, ?, ?, ?, ?,"
          + " ?, 0.9, 'rules', 'generated for the benchmark', ?)";
}
