package org.factdesk.bench;

import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import java.util.Random;

/**
 * End-to-end import throughput: sends N generated articles as one JSONL batch to a running Factdesk
 * and times the batch from the POST to its last item, signed in once through the login form. JDK
 * only; {@code mvn -DskipTests package} compiles it:
 *
 * <pre>
 * java -cp target/test-classes org.factdesk.bench.ImportBenchmark http://localhost:8080 2000 editor quiet-river-17-maple
 * </pre>
 *
 * <p>{@code java -Dbench.distinct=true -cp …} draws new texts every run; {@code -Dbench.runs=N}
 * imports N batches one after the other (a server keeps compiling for many batches: warm means the
 * later runs). With {@code -Dbench.server-pid=PID} of a server on the same Linux machine, each run
 * also prints the server's CPU time per article by thread group (import workers, compiler threads,
 * the database's writer, the search index…), read from {@code /proc}.
 */
public final class ImportBenchmark {

  private static final String[] NEWS_WORDS =
      ("port harbour council minister ministry trade export licence grain ferry crane union strike"
              + " budget tariff river bridge railway station school hospital court election vote"
              + " report figure percent million contract supplier factory plant workers farmers"
              + " weather flood storm energy price market shares quarter growth decline survey")
          .split(" ");

  /**
   * The words the texts draw on: the 45 above, or with {@code -Dbench.vocabulary=N} (N > 45) those
   * and made-up ones up to N. With 45 words every text shares many word runs with every other, so
   * the near-duplicate search finds more candidates than real articles give it.
   */
  private static final String[] WORDS = vocabulary(Integer.getInteger("bench.vocabulary", 0));

  private ImportBenchmark() {}

  public static void main(String[] args) throws Exception {
    String base = args.length > 0 ? args[0] : "http://localhost:8080";
    int count = args.length > 1 ? Integer.parseInt(args[1]) : 1000;
    String user = args.length > 2 ? args[2] : "editor";
    String password = args.length > 3 ? args[3] : "quiet-river-17-maple";
    int runs = Integer.getInteger("bench.runs", 1);
    // The same texts every run unless asked: each run's article i is then a near-duplicate of every
    // earlier run's article i, and importing it also updates those (as the figures up to session 10
    // were measured). With -Dbench.distinct=true every run's articles are new to the database.
    boolean distinct = Boolean.getBoolean("bench.distinct");
    ServerThreads server = ServerThreads.of(Long.getLong("bench.server-pid", 0));
    SignedInClient http = SignedInClient.signIn(base, user, password);
    for (int run = 1; run <= runs; run++) {
      long seed = distinct ? System.nanoTime() : 42;
      byte[] body = batch(new Random(seed), seed, count);
      ServerThreads.Snapshot before = server.snapshot();
      double seconds = importBatch(http, body);
      System.out.printf(
          Locale.ROOT,
          "run %d: %d articles (%,d bytes of JSONL) imported in %.2f s: %.0f articles/s%n",
          run,
          count,
          body.length,
          seconds,
          count / seconds);
      server.snapshot().since(before, count).ifPresent(System.out::println);
    }
  }

  private static byte[] batch(Random random, long seed, int count) {
    StringBuilder jsonl = new StringBuilder();
    for (int i = 0; i < count; i++) {
      jsonl
          .append("{\"text\": \"")
          .append(article(random, seed, i))
          .append("\", \"outlet\": \"Bench Outlet ")
          .append(i % 20)
          .append("\"}\n");
    }
    return jsonl.toString().getBytes(StandardCharsets.UTF_8);
  }

  /** Posts one batch and waits for its last item; the seconds from the POST to the end. */
  private static double importBatch(SignedInClient http, byte[] body) throws Exception {
    long start = System.nanoTime();
    HttpResponse<String> started =
        http.post("/api/imports?name=bench", "application/x-ndjson", body);
    if (started.statusCode() != 202) {
      throw new IllegalStateException(
          "POST /api/imports answered " + started.statusCode() + ": " + started.body());
    }
    URI location = URI.create(started.headers().firstValue("Location").orElseThrow());
    String progress = "";
    while (!progress.contains("\"state\":\"FINISHED\"")) {
      if (System.nanoTime() - start > Duration.ofMinutes(30).toNanos()) {
        throw new IllegalStateException("batch did not finish in 30 minutes");
      }
      Thread.sleep(100);
      progress = http.get(location + "?items=false").body();
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    int imported = progress.indexOf("\"imported\":");
    System.out.println(
        "batch: "
            + progress.substring(imported, Math.min(progress.length(), imported + 40))
                .split(",\"items\"")[0]);
    return seconds;
  }

  /** A plain-text article of 3–6 KB, unique per run and index, in the shape of scraped news. */
  private static String article(Random random, long run, int index) {
    StringBuilder text = new StringBuilder();
    text.append("Bench Outlet ").append(index % 20).append("\\n");
    text.append("Tuesday, October 28, 2025\\n\\n");
    text.append("Benchmark Story ")
        .append(run)
        .append('-')
        .append(index)
        .append(" on ")
        .append(word(random))
        .append(" and ")
        .append(word(random))
        .append("\\n\\n");
    int paragraphs = 8 + random.nextInt(8);
    for (int p = 0; p < paragraphs; p++) {
      int sentences = 2 + random.nextInt(3);
      for (int s = 0; s < sentences; s++) {
        text.append(capitalise(word(random)));
        int words = 10 + random.nextInt(15);
        for (int w = 0; w < words; w++) {
          text.append(' ').append(w % 7 == 3 ? String.valueOf(random.nextInt(5000)) : word(random));
        }
        text.append(s == 0 ? ", the ministry said. " : ". ");
      }
      text.append("\\n\\n");
    }
    text.append("Share post:\\n\\nRelated Articles\\n");
    for (int r = 0; r < 6; r++) {
      text.append(capitalise(word(random)))
          .append(' ')
          .append(capitalise(word(random)))
          .append(" Plans New ")
          .append(capitalise(word(random)))
          .append("\\n");
    }
    return text.toString();
  }

  private static String[] vocabulary(int size) {
    if (size <= NEWS_WORDS.length) {
      return NEWS_WORDS;
    }
    String[] syllables = {
      "ka", "lo", "mer", "vin", "sta", "ru", "del", "pa", "ton", "bri", "se", "gal"
    };
    String[] words = java.util.Arrays.copyOf(NEWS_WORDS, size);
    for (int i = NEWS_WORDS.length; i < size; i++) {
      // the number i - 45 in base 12, one syllable a digit
      StringBuilder word = new StringBuilder();
      for (int n = i - NEWS_WORDS.length; word.isEmpty() || n > 0; n /= syllables.length) {
        word.append(syllables[n % syllables.length]);
      }
      words[i] = word.append("en").toString();
    }
    return words;
  }

  private static String word(Random random) {
    return WORDS[random.nextInt(WORDS.length)];
  }

  private static String capitalise(String word) {
    return Character.toUpperCase(word.charAt(0)) + word.substring(1);
  }
}
