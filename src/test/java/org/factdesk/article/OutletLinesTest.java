package org.factdesk.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.factdesk.article.AnalysisRows.KnownLine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * An outlet's line memory on H2 (the table as V3 and V7 made it): an article's lines looked up,
 * counted and stored in one statement each, by the (outlet, fingerprint) key.
 */
class OutletLinesTest {

  private static final OffsetDateTime NOW =
      OffsetDateTime.of(2026, 12, 7, 9, 0, 0, 0, ZoneOffset.UTC);

  private Connection connection;

  @BeforeEach
  void table() throws SQLException {
    connection = DriverManager.getConnection("jdbc:h2:mem:outlet-lines");
    try (Statement create = connection.createStatement()) {
      create.execute(
          "create table outlet_line (id bigint not null primary key, version bigint not null,"
              + " created_at timestamp with time zone not null,"
              + " modified_at timestamp with time zone not null, outlet varchar(255) not null,"
              + " fingerprint varchar(32) not null, sample varchar(300) not null,"
              + " article_count integer not null, editor_verdict varchar(16),"
              + " verdict_by varchar(64), constraint uk_outlet_line unique (outlet, fingerprint))");
      // Another outlet's lines with the same fingerprints, and many lines of the outlet itself.
      create.execute(
          "insert into outlet_line select x, 0, now(), now(), 'other.example', 'f' || x,"
              + " 'other', 7, null, null from system_range(1, 5)");
      create.execute(
          "insert into outlet_line select 100 + x, 0, now(), now(), 'news.example', 'g' || x,"
              + " 'old line', 1, null, null from system_range(1, 1000)");
      // Counted from here on: the statements of the code under test.
      create.execute("set query_statistics true");
    }
  }

  @AfterEach
  void close() throws SQLException {
    connection.close();
  }

  @Test
  void anArticlesLinesAreStoredCountedAndFoundAgainWithTheirCountsAndVerdicts()
      throws SQLException {
    Map<String, String> first = new LinkedHashMap<>();
    first.put("f1", "Share this story");
    first.put("f2", "x".repeat(OutletLine.MAX_SAMPLE + 20));
    AnalysisRows.countLines(
        connection, "news.example", List.of(), first, new long[] {5001, 5002}, NOW);

    Map<String, KnownLine> known =
        AnalysisRows.linesOf(connection, "news.example", List.of("f1", "f2", "f3"));
    assertEquals(
        Map.of("f1", new KnownLine(5001, 1, null), "f2", new KnownLine(5002, 1, null)), known);

    try (Statement judge = connection.createStatement()) {
      judge.executeUpdate("update outlet_line set editor_verdict = 'DENIED' where id = 5002");
    }
    AnalysisRows.countLines(
        connection,
        "news.example",
        List.of(5001L, 5002L),
        Map.of("f3", "Read more"),
        new long[] {5003},
        NOW);

    assertEquals(
        Map.of(
            "f1", new KnownLine(5001, 2, null),
            "f2", new KnownLine(5002, 2, LineVerdict.DENIED),
            "f3", new KnownLine(5003, 1, null)),
        AnalysisRows.linesOf(connection, "news.example", List.of("f1", "f2", "f3", "f4")));
    assertEquals(
        List.of(
            "5001 1 Share this story",
            "5002 1 " + "x".repeat(OutletLine.MAX_SAMPLE),
            "5003 0 Read more"),
        rows("select id, version, sample from outlet_line where id > 5000 order by id"));
    // The other outlet's lines of the same fingerprints are neither found nor counted.
    assertEquals(
        List.of("1 7", "2 7", "3 7"),
        rows("select id, article_count from outlet_line where id <= 3 order by id"));
  }

  @Test
  void theLinesAreLookedUpCountedAndStoredInOneStatementEachByTheKey() throws SQLException {
    List<String> fingerprints = new ArrayList<>();
    for (int i = 1; i <= 14; i++) {
      fingerprints.add("g" + (i * 50));
    }
    Map<String, KnownLine> known = AnalysisRows.linesOf(connection, "news.example", fingerprints);
    assertEquals(14, known.size());
    Map<String, String> first = new LinkedHashMap<>();
    long[] ids = new long[10];
    for (int i = 0; i < 10; i++) {
      first.put("n" + i, "new line " + i);
      ids[i] = 9000 + i;
    }
    AnalysisRows.countLines(
        connection,
        "news.example",
        known.values().stream().map(KnownLine::id).toList(),
        first,
        ids,
        NOW);

    // An article's 14 lines cost one lookup, one count and one insert (before: 14, 14 and 10).
    Map<String, Long> executions = new LinkedHashMap<>();
    for (String row :
        rows(
            "select execution_count, sql_statement from information_schema.query_statistics"
                + " where sql_statement like '%outlet_line%'")) {
      String[] parts = row.split(" ", 2);
      executions.merge(
          parts[1].substring(0, parts[1].indexOf(' ')), Long.parseLong(parts[0]), Long::sum);
    }
    assertEquals(1L, executions.get("select"), executions.toString());
    assertEquals(1L, executions.get("update"), executions.toString());
    assertEquals(1L, executions.get("insert"), executions.toString());
    assertEquals(
        List.of("14 2"),
        rows(
            "select count(*), min(article_count) from outlet_line where id in ("
                + idsOf(known)
                + ")"));
    assertEquals(List.of("10"), rows("select count(*) from outlet_line where id >= 9000"));

    // Each fingerprint is one probe of the (outlet, fingerprint) key, not a read of the outlet's
    // 1,000 lines.
    String plan = explainLookup(fingerprints);
    Matcher scans = Pattern.compile("scanCount: (\\d+)").matcher(plan);
    long read = 0;
    while (scans.find()) {
      read += Long.parseLong(scans.group(1));
    }
    assertTrue(plan.contains("UK_OUTLET_LINE"), plan);
    assertTrue(read < 100, read + " rows read: " + plan);
  }

  private static String idsOf(Map<String, KnownLine> known) {
    return String.join(
        ",", known.values().stream().map(line -> String.valueOf(line.id())).toList());
  }

  private String explainLookup(List<String> fingerprints) throws SQLException {
    try (PreparedStatement explain =
        connection.prepareStatement("explain analyze " + AnalysisRows.FIND_LINES)) {
      explain.setArray(1, connection.createArrayOf("varchar", fingerprints.toArray()));
      explain.setString(2, "news.example");
      try (ResultSet plan = explain.executeQuery()) {
        plan.next();
        return plan.getString(1);
      }
    }
  }

  private List<String> rows(String sql) throws SQLException {
    List<String> rows = new ArrayList<>();
    try (Statement query = connection.createStatement();
        ResultSet row = query.executeQuery(sql)) {
      int columns = row.getMetaData().getColumnCount();
      while (row.next()) {
        StringBuilder line = new StringBuilder();
        for (int i = 1; i <= columns; i++) {
          line.append(i == 1 ? "" : " ").append(row.getString(i));
        }
        rows.add(line.toString());
      }
    }
    return rows;
  }
}
