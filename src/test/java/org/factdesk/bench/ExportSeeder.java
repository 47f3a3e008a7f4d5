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
 * Fills a Factdesk database with approved articles for the export benchmark: each with six blocks
 * (two of them removed: a promotional insert and an AI disclaimer or site chrome line), two claims
 * with a verdict and two evidence links, from 60 outlets, written straight into the tables. The
 * application must be stopped (H2 allows one process) and must have run once on the database, so
 * that the schema exists.
 *
 * <p>Run: {@code java -cp ~/.m2/repository/com/h2database/h2/2.3.232/h2-2.3.232.jar
 * src/test/java/org/factdesk/bench/ExportSeeder.java jdbc:h2:file:./bench-data/factdesk 100000}
 */
public final class ExportSeeder {

  private static final long FIRST_ID = 20_000_000L;
  private static final String[] RATINGS = {
    "TRUE", "MOSTLY_TRUE", "MIXED", "MISLEADING", "FALSE", "UNVERIFIABLE"
  };
  private static final String[] TOPICS = {
    "harbour", "ferry", "tariff", "grain", "budget", "hospital", "school", "bridge", "railway",
    "drought", "housing", "fishery", "airport", "refinery", "museum", "wind farm", "tunnel", "canal"
  };

  private ExportSeeder() {}

  public static void main(String[] args) throws Exception {
    String url = args[0];
    int count = Integer.parseInt(args[1]);
    long started = System.nanoTime();
    try (Connection db = DriverManager.getConnection(url, "factdesk", "factdesk")) {
      db.setAutoCommit(false);
      seed(db, count);
    }
    System.out.printf(
        "%,d approved articles written in %.1f s%n", count, (System.nanoTime() - started) / 1e9);
  }

  static void seed(Connection db, int count) throws java.sql.SQLException {
    Random random = new Random(20261124L);
    Instant now = Instant.parse("2026-11-24T12:00:00Z");
    try (PreparedStatement article = db.prepareStatement(ARTICLE);
        PreparedStatement block = db.prepareStatement(BLOCK);
        PreparedStatement flag = db.prepareStatement(FLAG);
        PreparedStatement claim = db.prepareStatement(CLAIM);
        PreparedStatement verdict = db.prepareStatement(VERDICT);
        PreparedStatement evidence = db.prepareStatement(EVIDENCE)) {
      for (int n = 0; n < count; n++) {
        long id = FIRST_ID + n;
        String outlet = "Outlet " + (n % 60) + " Gazette";
        String topic = TOPICS[random.nextInt(TOPICS.length)];
        String other = TOPICS[random.nextInt(TOPICS.length)];
        int residents = 100 + random.nextInt(9000);
        int rise = 1 + random.nextInt(40);
        String title = "Council weighs " + topic + " plan as " + other + " costs rise (" + n + ")";
        boolean ai = n % 3 == 0;
        String[] paragraphs = {
          "The regional council said on Monday that "
              + residents
              + " residents would be affected by the "
              + topic
              + " plan, according to its spokesperson, who added that a decision was due before"
              + " the end of the year.",
          "Costs for the "
              + other
              + " rose "
              + rise
              + "% last year, officials said, while revenue fell for the third year in a row and"
              + " reserves shrank.",
          "Get 20% off your first year of \"Harbour Premium\" — subscribe today, cancel anytime.",
          "Critics said the "
              + topic
              + " decision had been rushed and called for a public hearing before "
              + (2026 + random.nextInt(3))
              + "; the opposition leader called it \"a plan without a map\".",
          "The council will vote again next month, after the committee has heard residents,"
              + " businesses and the port authority.",
          ai
              ? "AI Disclaimer: An artificial intelligence (AI) system helped write this article."
              : "Share this story"
        };
        byte[] bytes = String.join("\n\n", paragraphs).getBytes(StandardCharsets.UTF_8);
        Timestamp at = Timestamp.from(now.minus(n % 365, ChronoUnit.DAYS));
        Timestamp reviewed = Timestamp.from(at.toInstant().plus(2, ChronoUnit.HOURS));
        Timestamp approved = Timestamp.from(at.toInstant().plus(1, ChronoUnit.DAYS));
        int c = 1;
        article.setLong(c++, id);
        article.setTimestamp(c++, at);
        article.setTimestamp(c++, approved);
        article.setString(c++, title);
        article.setString(c++, title.toLowerCase(java.util.Locale.ROOT));
        article.setString(c++, outlet);
        article.setString(c++, "https://outlet" + (n % 60) + ".example/news/" + n);
        article.setDate(c++, Date.valueOf(LocalDate.of(2025, 1, 1).plusDays(n % 700)));
        article.setString(c++, "seed-" + n + ".txt");
        article.setString(c++, HexFormat.of().formatHex(longBytes(id, 4)));
        article.setBytes(c++, bytes);
        article.setString(c++, HexFormat.of().formatHex(longBytes(id * 31, 4)));
        article.setString(c++, ai ? " AI_DISCLAIMER PROMOTIONAL " : " PROMOTIONAL SITE_CHROME ");
        article.setTimestamp(c++, reviewed);
        article.setTimestamp(c++, approved);
        article.addBatch();
        int offset = 0;
        long blockId = id * 10;
        for (int p = 0; p < paragraphs.length; p++) {
          block.setLong(1, blockId + p);
          block.setTimestamp(2, at);
          block.setTimestamp(3, at);
          block.setLong(4, id);
          block.setInt(5, p);
          block.setString(6, p == paragraphs.length - 1 ? "LINE" : "PARAGRAPH");
          block.setString(7, paragraphs[p]);
          block.setInt(8, offset);
          block.setInt(9, offset + paragraphs[p].length());
          block.addBatch();
          offset += paragraphs[p].length() + 2;
        }
        flag(flag, id * 10, blockId + 2, id, "PROMOTIONAL", at);
        flag(flag, id * 10 + 1, blockId + 5, id, ai ? "AI_DISCLAIMER" : "SITE_CHROME", at);
        for (int k = 0; k < 2; k++) {
          long claimId = id * 2 + k;
          String sentence = paragraphs[k];
          String rating = RATINGS[random.nextInt(RATINGS.length)];
          claim.setLong(1, claimId);
          claim.setTimestamp(2, at);
          claim.setTimestamp(3, approved);
          claim.setLong(4, id);
          claim.setLong(5, blockId + k);
          claim.setString(6, sentence);
          claim.setString(7, sentence.substring(0, 70));
          claim.setString(8, rating);
          claim.setTimestamp(9, reviewed);
          claim.addBatch();
          verdict.setLong(1, claimId);
          verdict.setTimestamp(2, reviewed);
          verdict.setTimestamp(3, reviewed);
          verdict.setLong(4, claimId);
          verdict.setString(5, rating);
          verdict.setString(
              6,
              "The council's published figures for "
                  + topic
                  + " support the statement in part; see the minutes and the annual report.");
          verdict.setString(7, k == 0 ? "The regional council" : "Council officials");
          verdict.setDate(8, Date.valueOf(LocalDate.of(2025, 1, 1).plusDays(n % 700)));
          verdict.addBatch();
          for (int e = 0; e < 2; e++) {
            evidence.setLong(1, claimId);
            evidence.setInt(2, e);
            evidence.setString(
                3,
                "https://council" + (n % 60) + ".example/" + (e == 0 ? "minutes/" : "report/") + n);
            evidence.setString(4, e == 0 ? "Council minutes" : "Annual report");
            evidence.setString(5, e == 0 ? "item 4" : null);
            evidence.addBatch();
          }
        }
        if ((n + 1) % 1000 == 0) {
          flush(db, article, block, flag, claim, verdict, evidence);
        }
      }
      flush(db, article, block, flag, claim, verdict, evidence);
    }
  }

  private static void flag(
      PreparedStatement flag, long id, long blockId, long articleId, String type, Timestamp at)
      throws java.sql.SQLException {
    flag.setLong(1, id);
    flag.setTimestamp(2, at);
    flag.setTimestamp(3, at);
    flag.setLong(4, blockId);
    flag.setLong(5, articleId);
    flag.setString(6, type);
    flag.setString(7, type);
    flag.addBatch();
  }

  private static void flush(Connection db, PreparedStatement... statements)
      throws java.sql.SQLException {
    for (PreparedStatement s : statements) {
      s.executeBatch();
    }
    db.commit();
  }

  private static byte[] longBytes(long value, int times) {
    byte[] out = new byte[8 * times];
    for (int i = 0; i < out.length; i++) {
      out[i] = (byte) (value >>> ((i % 8) * 8) ^ (i * 31));
    }
    return out;
  }

  private static final String ARTICLE =
      "insert into article (id, version, created_at, modified_at, state, title, title_key, outlet,"
          + " url, published, language, file_name, content_type, sha256, original_bytes,"
          + " imported_by, source_format, charset, content_hash, rules_version, pending_flags,"
          + " flag_types, duplicate_count, edited_by, reviewed_by, reviewed_at, approved_by,"
          + " approved_at) values (?, 0, ?, ?, 'APPROVED', ?, ?, ?, ?, ?, 'en', ?,"
          + " 'text/plain; charset=UTF-8', ?, ?, 'seeder', 'TEXT', 'UTF-8', ?, '2', 0, ?, 0,"
          + " 'editor', 'editor', ?, 'lead', ?)";

  private static final String BLOCK =
      "insert into block (id, version, created_at, modified_at, article_id, position, kind, text,"
          + " start_offset, end_offset) values (?, 0, ?, ?, ?, ?, ?, ?, ?, ?)";

  private static final String FLAG =
      "insert into flag (id, version, created_at, modified_at, block_id, article_id, type,"
          + " original_type, confidence, detector, reason, decision, decided_by) values (?, 0, ?,"
          + " ?, ?, ?, ?, ?, 0.9, 'rules', 'generated for the benchmark', 'ACCEPTED', 'editor')";

  private static final String CLAIM =
      "insert into claim (id, version, created_at, modified_at, article_id, block_id, sentence,"
          + " claim_reviewed, state, created_by, priority_key, rating, checked_by, checked_at,"
          + " assignee, assigned_by) values (?, 0, ?, ?, ?, ?, ?, ?, 'CHECKED', 'editor', 0, ?,"
          + " 'checker', ?, 'checker', 'editor')";

  private static final String VERDICT =
      "insert into verdict (id, version, created_at, modified_at, claim_id, revision, rating,"
          + " rationale, claimant, claim_date, author) values (?, 0, ?, ?, ?, 1, ?, ?, ?, ?,"
          + " 'checker')";

  private static final String EVIDENCE =
      "insert into verdict_evidence (verdict_id, position, url, title, note) values (?, ?, ?, ?,"
          + " ?)";
}
