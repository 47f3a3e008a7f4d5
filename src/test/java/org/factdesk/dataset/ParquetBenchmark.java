package org.factdesk.dataset;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.factdesk.article.ArticleLabel;

/**
 * The two ways to write a version's Parquet file, on N generated articles (default 100,000; each as
 * the export benchmark's seeder makes them: six blocks, two removed, two claims with a verdict and
 * two evidence links, 60 outlets): Apache Parquet's Java writer as Factdesk uses it ({@link
 * ParquetFile}) and DuckDB's {@code COPY ... TO} over the JSONL. Each is written twice (same sha256
 * required); prints time, size and the rows DuckDB reads back. Entries are generated page by page,
 * as the database would serve them, so memory stays flat. Test classpath:
 *
 * <pre>
 * java -Xmx256m -cp target/test-classes:target/classes:$(cat target/test-classpath.txt) org.factdesk.dataset.ParquetBenchmark 100000
 * </pre>
 */
public final class ParquetBenchmark {

  private ParquetBenchmark() {}

  public static void main(String[] args) throws Exception {
    int count = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
    Exporter.Entries entries = generated(count);
    Path dir = Files.createTempDirectory("factdesk-parquet-bench");
    VersionMetadata frozen =
        new VersionMetadata(
            1,
            "bench",
            null,
            1,
            "admin",
            Instant.parse("2025-11-01T00:00:00Z"),
            DatasetFilter.ANY,
            "https://factdesk.example",
            null,
            null,
            2,
            "cc-by-4.0",
            SplitRule.NONE);

    long t = System.nanoTime();
    long cpu = cpu();
    int parsed = 0;
    int position = -1;
    for (List<Exporter.Entry> page = entries.after(position);
        !page.isEmpty();
        page = entries.after(position)) {
      for (Exporter.Entry e : page) {
        parsed += ArticleJson.read(e.body()).claims().size();
        position = e.position();
      }
    }
    System.out.printf(
        Locale.ROOT,
        "entries generated and parsed back (%d claims), no file: %.1f s, CPU %.1f s%n",
        parsed,
        (System.nanoTime() - t) / 1e9,
        (cpu() - cpu) / 1e9);

    t = System.nanoTime();
    cpu = cpu();
    Path jsonl = dir.resolve("data.jsonl");
    try (OutputStream out = Files.newOutputStream(jsonl)) {
      Exporter.write(ExportFormat.JSONL, entries, frozen, out);
    }
    double jsonlSeconds = (System.nanoTime() - t) / 1e9;
    double jsonlCpu = (cpu() - cpu) / 1e9;
    System.out.printf(
        Locale.ROOT,
        "JSONL: %,d bytes in %.1f s, CPU %.1f s (the input of DuckDB's route)%n",
        Files.size(jsonl),
        jsonlSeconds,
        jsonlCpu);

    for (int run = 1; run <= 2; run++) {
      Path file = dir.resolve("java-" + run + ".parquet");
      t = System.nanoTime();
      cpu = cpu();
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      try (OutputStream out = new DigestOutputStream(Files.newOutputStream(file), digest)) {
        Exporter.write(ExportFormat.PARQUET, entries, frozen, out);
      }
      double seconds = (System.nanoTime() - t) / 1e9;
      System.out.printf(
          Locale.ROOT,
          "parquet-java run %d: %,d bytes in %.1f s, CPU %.1f s (%.0f articles/s), sha256 %s, %s%n",
          run,
          Files.size(file),
          seconds,
          (cpu() - cpu) / 1e9,
          count / seconds,
          HexFormat.of().formatHex(digest.digest()).substring(0, 16),
          readBack(file));
    }
    for (int run = 1; run <= 2; run++) {
      Path file = dir.resolve("duckdb-" + run + ".parquet");
      t = System.nanoTime();
      cpu = cpu();
      try (Connection db = DriverManager.getConnection("jdbc:duckdb:");
          Statement st = db.createStatement()) {
        st.execute("SET threads = 1"); // one thread: the same bytes every time
        st.execute(
            "COPY (SELECT * FROM read_json('"
                + jsonl
                + "', format = 'newline_delimited')) TO '"
                + file
                + "' (FORMAT parquet, COMPRESSION zstd)");
      }
      double seconds = (System.nanoTime() - t) / 1e9;
      System.out.printf(
          Locale.ROOT,
          "duckdb COPY run %d: %,d bytes in %.1f s, CPU %.1f s (+ %.1f s, CPU %.1f s for the"
              + " JSONL: %.0f articles/s), sha256 %s, %s%n",
          run,
          Files.size(file),
          seconds,
          (cpu() - cpu) / 1e9,
          jsonlSeconds,
          jsonlCpu,
          count / (seconds + jsonlSeconds),
          HexFormat.of()
              .formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)))
              .substring(0, 16),
          readBack(file));
    }
  }

  /** CPU time of the whole process (DuckDB's native threads included), in ns. */
  private static long cpu() {
    return ((com.sun.management.OperatingSystemMXBean)
            java.lang.management.ManagementFactory.getOperatingSystemMXBean())
        .getProcessCpuTime();
  }

  private static String readBack(Path file) throws Exception {
    try (Connection db = DriverManager.getConnection("jdbc:duckdb:");
        Statement st = db.createStatement();
        ResultSet r =
            st.executeQuery(
                "select count(*), sum(len(claims)), count(distinct outlet) from read_parquet('"
                    + file
                    + "')")) {
      r.next();
      return "DuckDB reads "
          + r.getLong(1)
          + " rows, "
          + r.getLong(2)
          + " claims, "
          + r.getLong(3)
          + " outlets";
    }
  }

  /** N articles, generated 500 at a time when asked for, the same every time. */
  static Exporter.Entries generated(int count) {
    return after -> {
      List<Exporter.Entry> page = new ArrayList<>(500);
      for (int i = after + 1; i < count && page.size() < 500; i++) {
        page.add(new Exporter.Entry(i, ArticleJson.bytes(article(i), 2)));
      }
      return page;
    };
  }

  private static final String[] WORDS =
      ("port harbour council minister trade export licence grain ferry crane union strike budget"
              + " tariff river bridge railway station school hospital court election report figure")
          .split(" ");

  static ArticleRecord article(int i) {
    Random r = new Random(i);
    StringBuilder clean = new StringBuilder();
    for (int p = 0; p < 4; p++) {
      clean.append(p == 0 ? "" : "\n\n").append(sentence(r, 40 + r.nextInt(40)));
    }
    Instant at = Instant.parse("2025-06-01T08:00:00Z").plusSeconds(i * 37L);
    List<ArticleRecord.ClaimRecord> claims = new ArrayList<>();
    for (int c = 0; c < 2; c++) {
      claims.add(
          new ArticleRecord.ClaimRecord(
              i * 2L + c,
              sentence(r, 10),
              sentence(r, 20),
              "CHECKED",
              null,
              List.of(
                  new ArticleRecord.VerdictRecord(
                      1,
                      c == 0 ? "TRUE" : "MISLEADING",
                      sentence(r, 25),
                      "Outlet " + (i % 60),
                      LocalDate.of(2025, 5, 1 + i % 28),
                      "checker",
                      at.plusSeconds(3600),
                      List.of(
                          new ArticleRecord.EvidenceRecord(
                              "https://evidence.example/" + i + "/" + c + "/a",
                              sentence(r, 5),
                              null),
                          new ArticleRecord.EvidenceRecord(
                              "https://evidence.example/" + i + "/" + c + "/b",
                              sentence(r, 5),
                              sentence(r, 8)))))));
    }
    return new ArticleRecord(
        i,
        "https://outlet" + (i % 60) + ".example/news/" + i,
        "Outlet " + (i % 60),
        sentence(r, 8),
        LocalDate.of(2025, 1 + i % 12, 1 + i % 28),
        "en",
        List.of(ArticleLabel.AI_GENERATED_DISCLOSED, ArticleLabel.HAS_PROMOTIONAL_INSERTS),
        clean.toString(),
        List.of(
            new ArticleRecord.RemovedBlock(
                4, List.of("PROMOTIONAL"), "Subscribe now and save 30%!"),
            new ArticleRecord.RemovedBlock(
                5,
                List.of(i % 2 == 0 ? "AI_DISCLAIMER" : "SITE_CHROME"),
                i % 2 == 0 ? "This article was written with the help of AI." : "Share this story")),
        claims,
        new ArticleRecord.Provenance(
            String.format(Locale.ROOT, "%064x", i),
            "editor",
            at,
            "editor",
            at.plusSeconds(600),
            "lead",
            at.plusSeconds(7200),
            i % 3 == 0 ? at.minusSeconds(86_400) : null),
        i % 5 == 0 ? "test" : "train");
  }

  private static String sentence(Random r, int words) {
    StringBuilder s = new StringBuilder();
    for (int w = 0; w < words; w++) {
      s.append(w == 0 ? "" : " ")
          .append(w % 9 == 4 ? String.valueOf(r.nextInt(9000)) : WORDS[r.nextInt(WORDS.length)]);
    }
    return s.append('.').toString();
  }
}
