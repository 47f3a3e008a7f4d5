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
import java.util.List;
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
 * <p>On PostgreSQL it writes with {@code COPY} instead (the driver's CopyManager), richer articles
 * over two years: 6 to 9 blocks, 0 to 3 flags of varied types and decisions, claims (confirmed,
 * some assigned to the demo fact-checkers, some checked with a verdict), 200 outlets of uneven size
 * and about 2% near-duplicates; 1,000,000 articles in minutes (BENCHMARKS.md): {@code java -cp
 * ~/.m2/repository/org/postgresql/postgresql/42.7.8/postgresql-42.7.8.jar
 * src/test/java/org/factdesk/bench/ListSeeder.java jdbc:postgresql://host:5432/db 1000000 user
 * password}
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
    String user = args.length > 2 ? args[2] : "factdesk";
    String password = args.length > 3 ? args[3] : "factdesk";
    long started = System.nanoTime();
    try (Connection db = DriverManager.getConnection(url, user, password)) {
      db.setAutoCommit(false);
      if (url.startsWith("jdbc:postgresql:")) {
        copy(db, count);
      } else {
        seed(db, count, true);
      }
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

  /** Articles written per COPY round: each round is one transaction of five COPY statements. */
  private static final int COPY_ROUND = 5_000;

  private static final String[] CHECKERS = {"checker", "lead"};
  private static final String[] RATINGS = {
    "TRUE", "MOSTLY_TRUE", "MIXED", "MISLEADING", "FALSE", "UNVERIFIABLE"
  };
  private static final String[] LAST_LINES = {
    "Share this story",
    "This article was written with the help of AI tools and reviewed by our editors.",
    "Subscribe now: your first month for 1 euro.",
    "Read more: the ten busiest ports of the year",
    "All rights reserved. Reproduction without permission is prohibited.",
    "Published by the newsroom desk, updated 10:42"
  };

  /**
   * PostgreSQL only: writes {@code count} articles with their blocks, flags, claims and verdicts
   * through {@code COPY ... FROM STDIN}, {@value #COPY_ROUND} articles a transaction, then updates
   * the planner's statistics.
   */
  public static long copy(Connection db, int count) throws Exception {
    Random random = new Random(20261205L);
    long existing;
    try (var rs =
        db.createStatement()
            .executeQuery("select coalesce(max(id), 0) from article where id >= " + FIRST_ID)) {
      rs.next();
      existing = rs.getLong(1);
    }
    long firstId = Math.max(FIRST_ID, existing + 1);
    // the driver is needed only here: reached by reflection so that the H2 command needs no jar
    Class<?> pg = Class.forName("org.postgresql.PGConnection");
    Object api = pg.getMethod("getCopyAPI").invoke(db.unwrap(pg));
    java.lang.reflect.Method copyIn =
        api.getClass().getMethod("copyIn", String.class, java.io.Reader.class);
    String[] outlets = new String[200];
    for (int o = 0; o < outlets.length; o++) {
      outlets[o] = "Outlet " + o + (o % 3 == 0 ? " Gazette" : o % 3 == 1 ? " Daily" : " Post");
    }
    Instant newest = Instant.parse("2026-12-05T00:00:00Z");
    long twoYears = 730L * 86_400;
    long blockId = firstId * 10;
    long flagId = firstId * 10;
    long claimId = firstId * 10;
    int n = 0;
    while (n < count) {
      int round = Math.min(COPY_ROUND, count - n);
      StringBuilder articles = new StringBuilder(round * 1200);
      StringBuilder blocks = new StringBuilder(round * 1000);
      StringBuilder flags = new StringBuilder(round * 150);
      StringBuilder claims = new StringBuilder(round * 200);
      StringBuilder verdicts = new StringBuilder(round * 50);
      for (int r = 0; r < round; r++, n++) {
        long id = firstId + n;
        // older articles first, so that ids grow with the import time as they do in real use
        Instant created =
            newest.minusSeconds(twoYears - (long) n * twoYears / count + random.nextInt(600));
        String at = created.toString();
        // a few outlets write most of the articles
        String outlet = outlets[(int) Math.min(199, Math.abs(random.nextGaussian()) * 50)];
        String topic = TOPICS[random.nextInt(TOPICS.length)];
        String other = TOPICS[random.nextInt(TOPICS.length)];
        String title = "Council weighs " + topic + " plan as " + other + " costs rise (" + n + ")";
        List<String> paragraphs = new java.util.ArrayList<>();
        paragraphs.add(title);
        paragraphs.add(
            "The regional council said on Monday that "
                + (100 + random.nextInt(9000))
                + " residents would be affected by the "
                + topic
                + " plan, according to its spokesperson.");
        paragraphs.add(
            "Costs for the "
                + other
                + " rose "
                + (1 + random.nextInt(40))
                + "% last year, officials said, while revenue fell.");
        int extra = random.nextInt(4);
        for (int e = 0; e < extra; e++) {
          paragraphs.add(
              "Residents of the "
                  + TOPICS[random.nextInt(TOPICS.length)]
                  + " district told reporters the "
                  + topic
                  + " works had started "
                  + (2 + random.nextInt(20))
                  + " weeks late.");
        }
        paragraphs.add(
            "Critics said the "
                + topic
                + " decision had been rushed and called for a public hearing before "
                + (2026 + random.nextInt(3))
                + ".");
        paragraphs.add(LAST_LINES[random.nextInt(LAST_LINES.length)]);
        String text = String.join("\n\n", paragraphs);
        String state = STATES[random.nextInt(STATES.length)];
        boolean open = state.equals("IMPORTED") || state.equals("IN_REVIEW");
        // flags on the last blocks: 0 to 3, of varied types
        int flagged = random.nextInt(10) < 2 ? 0 : 1 + random.nextInt(3);
        java.util.TreeSet<String> types = new java.util.TreeSet<>();
        int pending = 0;
        for (int f = 0; f < flagged; f++) {
          int position = paragraphs.size() - 1 - f;
          String type = FLAGS[random.nextInt(FLAGS.length)];
          if (!types.add(type)) {
            continue;
          }
          String decision =
              open && random.nextBoolean()
                  ? "PENDING"
                  : random.nextInt(5) == 0 ? "REJECTED" : "ACCEPTED";
          if (decision.equals("PENDING")) {
            pending++;
          }
          row(
              flags,
              flagId++,
              0,
              at,
              at,
              blockId + position,
              id,
              type,
              type,
              "0.9",
              "rules",
              "generated for the benchmark",
              decision,
              decision.equals("PENDING") ? null : "editor",
              decision.equals("PENDING") ? null : at);
        }
        String flagTypes = types.isEmpty() ? " " : " " + String.join(" ", types) + " ";
        int duplicates = random.nextInt(50) == 0 ? 1 + random.nextInt(3) : 0;
        LocalDate published =
            LocalDate.ofInstant(created, java.time.ZoneOffset.UTC).minusDays(random.nextInt(3));
        boolean reviewed = !open;
        row(
            articles,
            id,
            0,
            at,
            at,
            state,
            title,
            title.toLowerCase(java.util.Locale.ROOT),
            outlet,
            "https://example.org/" + outlet.replace(' ', '-').toLowerCase() + "/" + n,
            published.toString(),
            "en",
            "seed-" + n + ".txt",
            "text/plain; charset=UTF-8",
            HexFormat.of().formatHex(longBytes(id, 4)),
            new Raw("\\\\x" + HexFormat.of().formatHex(text.getBytes(StandardCharsets.UTF_8))),
            "seeder",
            "TEXT",
            "UTF-8",
            HexFormat.of().formatHex(longBytes(id * 31, 4)),
            "2",
            pending,
            flagTypes,
            duplicates,
            reviewed ? "editor" : null,
            reviewed ? at : null,
            state.equals("APPROVED") ? "admin" : null,
            state.equals("APPROVED") ? at : null);
        int offset = 0;
        for (int p = 0; p < paragraphs.size(); p++) {
          String paragraph = paragraphs.get(p);
          row(
              blocks,
              blockId + p,
              0,
              at,
              at,
              id,
              p,
              p == 0 ? "HEADING" : p == paragraphs.size() - 1 ? "LINE" : "PARAGRAPH",
              paragraph,
              offset,
              offset + paragraph.length());
          offset += paragraph.length() + 2;
        }
        // claims: the costs sentence of articles past review, confirmed or checked
        if (!open && !state.equals("REJECTED") && random.nextInt(3) > 0) {
          String sentence = paragraphs.get(2);
          boolean checked = state.equals("APPROVED") || state.equals("READY");
          boolean assigned = checked || random.nextBoolean();
          String checker = CHECKERS[random.nextInt(CHECKERS.length)];
          String rating = checked ? RATINGS[random.nextInt(RATINGS.length)] : null;
          LocalDate due = published.plusDays(7);
          row(
              claims,
              claimId,
              0,
              at,
              at,
              id,
              blockId + 2,
              sentence,
              sentence.length() <= 75 ? sentence : sentence.substring(0, 74) + "…",
              checked ? "CHECKED" : "CONFIRMED",
              "0." + (10 + random.nextInt(90)),
              "editor",
              assigned ? checker : null,
              assigned ? "editor" : null,
              assigned ? at : null,
              due.toString(),
              random.nextDouble(),
              rating,
              checked ? checker : null,
              checked ? at : null);
          if (checked) {
            row(
                verdicts,
                claimId,
                0,
                at,
                at,
                claimId,
                1,
                rating,
                "Generated rationale: the council's published accounts were compared.",
                "Regional council",
                published.toString(),
                checker);
          }
          claimId++;
        }
        blockId += paragraphs.size();
      }
      long before = System.nanoTime();
      copyIn.invoke(api, ARTICLE_COPY, new java.io.StringReader(articles.toString()));
      copyIn.invoke(api, BLOCK_COPY, new java.io.StringReader(blocks.toString()));
      copyIn.invoke(api, FLAG_COPY, new java.io.StringReader(flags.toString()));
      copyIn.invoke(api, CLAIM_COPY, new java.io.StringReader(claims.toString()));
      copyIn.invoke(api, VERDICT_COPY, new java.io.StringReader(verdicts.toString()));
      db.commit();
      if (n % 100_000 < COPY_ROUND) {
        System.out.printf(
            "%,d articles (last round of %,d in %.2f s)%n",
            n, round, (System.nanoTime() - before) / 1e9);
      }
    }
    db.setAutoCommit(true);
    try (var statement = db.createStatement()) {
      statement.execute("analyze");
    }
    return firstId;
  }

  /** A value already in COPY's text form (a bytea's escaped hex). */
  private record Raw(String text) {}

  /** One line of COPY's text format: tab-separated, \N for null, backslash escapes. */
  private static void row(StringBuilder out, Object... values) {
    for (int v = 0; v < values.length; v++) {
      if (v > 0) {
        out.append('\t');
      }
      Object value = values[v];
      if (value == null) {
        out.append("\\N");
        continue;
      }
      if (value instanceof Raw raw) {
        out.append(raw.text());
        continue;
      }
      String text = value.toString();
      for (int i = 0; i < text.length(); i++) {
        char c = text.charAt(i);
        switch (c) {
          case '\\' -> out.append("\\\\");
          case '\t' -> out.append("\\t");
          case '\n' -> out.append("\\n");
          case '\r' -> out.append("\\r");
          default -> out.append(c);
        }
      }
    }
    out.append('\n');
  }

  private static final String ARTICLE_COPY =
      "copy article (id, version, created_at, modified_at, state, title, title_key, outlet, url,"
          + " published, language, file_name, content_type, sha256, original_bytes, imported_by,"
          + " source_format, charset, content_hash, rules_version, pending_flags, flag_types,"
          + " duplicate_count, reviewed_by, reviewed_at, approved_by, approved_at) from stdin";

  private static final String BLOCK_COPY =
      "copy block (id, version, created_at, modified_at, article_id, position, kind, text,"
          + " start_offset, end_offset) from stdin";

  private static final String FLAG_COPY =
      "copy flag (id, version, created_at, modified_at, block_id, article_id, type,"
          + " original_type, confidence, detector, reason, decision, decided_by, decided_at)"
          + " from stdin";

  private static final String CLAIM_COPY =
      "copy claim (id, version, created_at, modified_at, article_id, block_id, sentence,"
          + " claim_reviewed, state, score, created_by, assignee, assigned_by, assigned_at,"
          + " due_date, priority_key, rating, checked_by, checked_at) from stdin";

  private static final String VERDICT_COPY =
      "copy verdict (id, version, created_at, modified_at, claim_id, revision, rating, rationale,"
          + " claimant, claim_date, author) from stdin";

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
