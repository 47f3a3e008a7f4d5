package org.factdesk.article;

import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PrimitiveIterator;
import org.factdesk.analysis.AnalysisResult;
import org.factdesk.analysis.DetectorFlag;
import org.factdesk.analysis.TextBlock;
import org.factdesk.analysis.claim.FoundClaim;
import org.hibernate.engine.spi.SessionImplementor;
import org.hibernate.generator.BeforeExecutionGenerator;
import org.hibernate.generator.EventType;

/**
 * Writes what the engine found in a new article (blocks, flags, claim candidates with their spans
 * in one column) and what its outlet learns from it (line counts) as JDBC batches on the connection
 * of the import's transaction: some 50 to 70 rows an article, written once and read later as {@link
 * Block}, {@link Flag}, {@link ClaimCandidate} and {@link OutletLine} entities. Persisted as
 * entities they cost Hibernate more time than the database took to store them. Ids come from the
 * entities' own generators (the same sequences and pools), so rows written here and rows Hibernate
 * writes never collide. The rows must match the entities' mappings: the same columns, version 0,
 * and the same clipping ({@link Flag#clipReason}, {@link ClaimSpan#encode}, {@link
 * OutletLine#clipSample}). Why: docs/decisions/0006-import-write-path.md.
 */
final class AnalysisRows {

  private static final String INSERT_BLOCK =
      "insert into block (id, version, created_at, modified_at, article_id, position, kind, text,"
          + " start_offset, end_offset) values (?, 0, ?, ?, ?, ?, ?, ?, ?, ?)";
  private static final String INSERT_FLAG =
      "insert into flag (id, version, created_at, modified_at, block_id, article_id, type,"
          + " original_type, confidence, detector, reason, decision)"
          + " values (?, 0, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
  private static final String INSERT_CLAIM =
      "insert into claim_candidate (id, version, created_at, modified_at, article_id, block_id,"
          + " sentence, start_offset, end_offset, score, spans)"
          + " values (?, 0, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

  private static final String FIND_LINE =
      "select id, article_count, editor_verdict from outlet_line"
          + " where outlet = ? and fingerprint = ?";
  private static final String COUNT_LINE =
      "update outlet_line set article_count = article_count + 1, version = version + 1,"
          + " modified_at = ? where id = ?";
  private static final String INSERT_LINE =
      "insert into outlet_line (id, version, created_at, modified_at, outlet, fingerprint, sample,"
          + " article_count) values (?, 0, ?, ?, ?, ?, ?, 1)";

  private AnalysisRows() {}

  /** A line the outlet had before: its row, in how many articles, and an editor's verdict. */
  record KnownLine(long id, int articleCount, LineVerdict verdict) {}

  /**
   * The outlet's stored lines among these fingerprints, by fingerprint: one lookup of the (outlet,
   * fingerprint) key each. One query with {@code fingerprint in (...)} made H2 read every line the
   * outlet ever had (it uses the key for the outlet alone), which grew with the outlet's history.
   */
  static Map<String, KnownLine> linesOf(
      EntityManager em, String outlet, Collection<String> fingerprints) {
    Map<String, KnownLine> known = new HashMap<>();
    if (fingerprints.isEmpty()) {
      return known;
    }
    em.unwrap(SessionImplementor.class)
        .doWork(
            connection -> {
              try (PreparedStatement find = connection.prepareStatement(FIND_LINE)) {
                find.setString(1, outlet);
                for (String fingerprint : fingerprints) {
                  find.setString(2, fingerprint);
                  try (ResultSet row = find.executeQuery()) {
                    if (row.next()) {
                      String verdict = row.getString(3);
                      known.put(
                          fingerprint,
                          new KnownLine(
                              row.getLong(1),
                              row.getInt(2),
                              verdict == null ? null : LineVerdict.valueOf(verdict)));
                    }
                  }
                }
              }
            });
    return known;
  }

  /**
   * One more article of the outlet has these lines: the stored ones ({@link OutletLine} ids) count
   * one more, the new ones (sample by fingerprint) are stored with a count of 1. {@link
   * ImportsInFlight} keeps other imports of the outlet out until this transaction ends.
   */
  static void countLines(
      EntityManager em, String outlet, List<Long> seenAgain, Map<String, String> firstSeen) {
    SessionImplementor session = em.unwrap(SessionImplementor.class);
    PrimitiveIterator.OfLong lineIds =
        ids(generator(session, OutletLine.class), session, firstSeen.size());
    OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
    session.doWork(
        connection -> {
          try (PreparedStatement count = connection.prepareStatement(COUNT_LINE)) {
            for (long id : seenAgain) {
              count.setObject(1, now);
              count.setLong(2, id);
              count.addBatch();
            }
            execute(count, seenAgain);
          }
          try (PreparedStatement insert = connection.prepareStatement(INSERT_LINE)) {
            for (Map.Entry<String, String> line : firstSeen.entrySet()) {
              int i = stamp(insert, lineIds.nextLong(), now);
              insert.setString(i++, outlet);
              insert.setString(i++, line.getKey());
              insert.setString(i, OutletLine.clipSample(line.getValue()));
              insert.addBatch();
            }
            execute(insert, firstSeen.size());
          }
        });
  }

  /** Inserts the rows of the article, which must already be flushed (the rows refer to it). */
  static void insert(EntityManager em, long articleId, AnalysisResult result) {
    SessionImplementor session = em.unwrap(SessionImplementor.class);
    // Ids taken before the JDBC work: a generator running inside it may make Hibernate release
    // the connection the work is using (after another JDBC work earlier in the transaction).
    PrimitiveIterator.OfLong blockIds =
        ids(generator(session, Block.class), session, result.blocks().size());
    PrimitiveIterator.OfLong flagIds =
        ids(
            generator(session, Flag.class),
            session,
            result.blocks().stream().mapToInt(b -> b.flags().size()).sum());
    PrimitiveIterator.OfLong claimIds =
        ids(generator(session, ClaimCandidate.class), session, result.claims().size());
    OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
    session.doWork(
        connection -> {
          Map<Integer, Long> blockIdByIndex = new HashMap<>();
          try (PreparedStatement blocks = connection.prepareStatement(INSERT_BLOCK)) {
            for (TextBlock block : result.blocks()) {
              long id = blockIds.nextLong();
              blockIdByIndex.put(block.index(), id);
              int i = stamp(blocks, id, now);
              blocks.setLong(i++, articleId);
              blocks.setInt(i++, block.index());
              blocks.setString(i++, block.kind().name());
              blocks.setString(i++, block.text());
              blocks.setInt(i++, block.start());
              blocks.setInt(i, block.end());
              blocks.addBatch();
            }
            execute(blocks, result.blocks());
          }
          try (PreparedStatement flags = connection.prepareStatement(INSERT_FLAG)) {
            int count = 0;
            for (TextBlock block : result.blocks()) {
              for (DetectorFlag flag : block.flags()) {
                int i = stamp(flags, flagIds.nextLong(), now);
                flags.setLong(i++, blockIdByIndex.get(block.index()));
                flags.setLong(i++, articleId);
                flags.setString(i++, flag.type().name());
                flags.setString(i++, flag.type().name());
                flags.setDouble(i++, flag.confidence());
                flags.setString(i++, flag.detector());
                flags.setString(i++, Flag.clipReason(flag.reason()));
                flags.setString(i, FlagDecision.PENDING.name());
                flags.addBatch();
                count++;
              }
            }
            execute(flags, count);
          }
          insertClaims(connection, claimIds, articleId, blockIdByIndex, result, now);
        });
  }

  private static void insertClaims(
      Connection connection,
      PrimitiveIterator.OfLong claimIds,
      long articleId,
      Map<Integer, Long> blockIdByIndex,
      AnalysisResult result,
      OffsetDateTime now)
      throws SQLException {
    try (PreparedStatement claims = connection.prepareStatement(INSERT_CLAIM)) {
      for (FoundClaim claim : result.claims()) {
        int i = stamp(claims, claimIds.nextLong(), now);
        claims.setLong(i++, articleId);
        claims.setLong(i++, blockIdByIndex.get(claim.blockIndex()));
        claims.setString(i++, claim.text());
        claims.setInt(i++, claim.start());
        claims.setInt(i++, claim.end());
        claims.setDouble(i++, claim.score());
        claims.setString(i, ClaimSpan.encode(claim.spans()));
        claims.addBatch();
      }
      execute(claims, result.claims());
    }
  }

  /** Sets id, created and modified; returns the next parameter index. */
  private static int stamp(PreparedStatement statement, long id, OffsetDateTime now)
      throws SQLException {
    statement.setLong(1, id);
    statement.setObject(2, now);
    statement.setObject(3, now);
    return 4;
  }

  private static void execute(PreparedStatement statement, List<?> rows) throws SQLException {
    execute(statement, rows.size());
  }

  private static void execute(PreparedStatement statement, int rows) throws SQLException {
    if (rows > 0) {
      statement.executeBatch();
    }
  }

  private static BeforeExecutionGenerator generator(SessionImplementor session, Class<?> entity) {
    return (BeforeExecutionGenerator)
        session.getFactory().getMappingMetamodel().getEntityDescriptor(entity).getGenerator();
  }

  /** The next {@code count} ids of a generator. */
  private static PrimitiveIterator.OfLong ids(
      BeforeExecutionGenerator ids, SessionImplementor session, int count) {
    long[] taken = new long[count];
    for (int i = 0; i < count; i++) {
      taken[i] = nextId(ids, session);
    }
    return java.util.Arrays.stream(taken).iterator();
  }

  private static long nextId(BeforeExecutionGenerator ids, SessionImplementor session) {
    return ((Number) ids.generate(session, null, null, EventType.INSERT)).longValue();
  }
}
