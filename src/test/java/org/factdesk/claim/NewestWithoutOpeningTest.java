package org.factdesk.claim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.LongStream;
import org.factdesk.analysis.embed.SentenceEmbedder;
import org.factdesk.platform.UrlDataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The round's query on the schema the migrations make (H2): which articles it picks, and that it
 * reads about as many as it picks, however many articles lack an opening.
 */
class NewestWithoutOpeningTest {

  private static final int ARTICLES = 1_000;
  private static final OffsetDateTime IMPORT_BEGAN =
      OffsetDateTime.of(2026, 12, 6, 9, 0, 0, 0, ZoneOffset.UTC);

  private Connection connection;

  @BeforeEach
  void schemaWithAThousandArticlesImportedInARow() throws SQLException {
    UrlDataSource source = new UrlDataSource();
    source.setURL("jdbc:h2:mem:openings-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1");
    source.setUser("sa");
    source.setPassword("");
    Flyway.configure()
        .dataSource(source)
        .locations("classpath:db/migration/common", "classpath:db/migration/h2")
        .load()
        .migrate();
    connection = source.getConnection();
    try (PreparedStatement insert =
        connection.prepareStatement(
            "insert into article (id, version, created_at, modified_at, state, content_type,"
                + " sha256, original_bytes, imported_by) values (?, 0, ?, ?, 'IMPORTED',"
                + " 'text/plain', ?, X'00', 'editor')")) {
      for (long id = 1; id <= ARTICLES; id++) {
        OffsetDateTime created = IMPORT_BEGAN.plusNanos(id * 5_000_000);
        insert.setLong(1, id);
        insert.setObject(2, created);
        insert.setObject(3, created);
        insert.setString(4, "hash-" + id);
        insert.addBatch();
      }
      insert.executeBatch();
    }
  }

  @Test
  void theNewestTwentyWithoutAnOpeningNewestFirst() throws SQLException {
    withOpenings(1_000, 999, 998, 990);

    List<Long> picked = newestWithoutOpening(OpeningsInBackground.PER_ROUND);

    List<Long> expected = new ArrayList<>(LongStream.rangeClosed(974, 997).boxed().toList());
    expected.remove(Long.valueOf(990));
    expected.sort((a, b) -> Long.compare(b, a));
    assertEquals(expected.subList(0, 20), picked);
  }

  @Test
  void readsTheNewestArticlesOnlyNotTheWholeImport() throws SQLException {
    String plan = explainAnalyze();

    // the article table's line is the first scanCount of the plan
    Matcher articles = Pattern.compile("scanCount: (\\d+)").matcher(plan);
    assertTrue(articles.find(), plan);
    int read = Integer.parseInt(articles.group(1));
    assertTrue(read <= OpeningsInBackground.PER_ROUND + 1, read + " articles read:\n" + plan);
  }

  private List<Long> newestWithoutOpening(int limit) throws SQLException {
    List<Long> ids = new ArrayList<>();
    try (PreparedStatement query =
        connection.prepareStatement(jdbc() + " fetch first ? rows only")) {
      query.setObject(1, IMPORT_BEGAN.minusMinutes(10));
      query.setString(2, SentenceEmbedder.MODEL);
      query.setInt(3, limit);
      try (ResultSet row = query.executeQuery()) {
        while (row.next()) {
          ids.add(row.getLong(1));
        }
      }
    }
    return ids;
  }

  private String explainAnalyze() throws SQLException {
    try (PreparedStatement query =
        connection.prepareStatement(
            "explain analyze "
                + jdbc()
                + " fetch first "
                + OpeningsInBackground.PER_ROUND
                + " rows only")) {
      query.setObject(1, IMPORT_BEGAN.minusMinutes(10));
      query.setString(2, SentenceEmbedder.MODEL);
      try (ResultSet row = query.executeQuery()) {
        row.next();
        return row.getString(1);
      }
    }
  }

  private void withOpenings(long... articleIds) throws SQLException {
    try (PreparedStatement insert =
        connection.prepareStatement(
            "insert into article_opening (article_id, model, vector) values (?, ?, X'00')")) {
      for (long id : articleIds) {
        insert.setLong(1, id);
        insert.setString(2, SentenceEmbedder.MODEL);
        insert.addBatch();
      }
      insert.executeBatch();
    }
  }

  /** The JPA query with JDBC's parameters. */
  private static String jdbc() {
    return OpeningsInBackground.NEWEST_WITHOUT_OPENING.replace("?1", "?").replace("?2", "?");
  }
}
