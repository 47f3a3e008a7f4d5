package org.factdesk.article;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import java.util.TreeSet;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.factdesk.analysis.AnalysisResult;
import org.factdesk.analysis.Analyzer;
import org.factdesk.analysis.OutletFingerprints;
import org.factdesk.analysis.TextBlock;
import org.factdesk.analysis.UnreadableInputException;
import org.factdesk.analysis.dedupe.MinHashSignature;
import org.factdesk.analysis.detect.LineFingerprint;
import org.factdesk.article.AnalysisRows.KnownLine;
import org.factdesk.platform.ActingUser;
import org.hibernate.Session;

/**
 * Imports one article in one transaction: analyse, check for duplicates, store the article with its
 * original bytes, blocks, flags, claim candidates (those with {@link AnalysisRows}) and duplicate
 * links, and teach its outlet's line counts. Any failure rolls everything back: never a
 * half-imported article.
 *
 * <p>It checks no role: people reach it through {@link ArticleImporter}, which does; the system
 * (demo articles at start-up) calls it directly.
 */
@Stateless
public class ImportPipeline {

  private static final Logger LOG = Logger.getLogger(ImportPipeline.class.getName());
  private static final String BAND_CANDIDATES = bandCandidatesSql();
  private static final String SIGNATURE =
      "select minhash, duplicate_count from article where id = ?";
  private static final String INSERT_BANDS = insertBandsSql();
  private static final String COUNT_DUPLICATE =
      "update article set duplicate_count = duplicate_count + 1 where id = ?";

  @PersistenceContext private EntityManager em;

  @Inject private Analyzers analyzers;

  @Inject private ImportsInFlight inFlight;

  @Inject
  @ConfigProperty(name = "factdesk.import.max-file-bytes", defaultValue = "10485760")
  private long maxFileBytes;

  @Inject
  @ConfigProperty(name = "factdesk.analysis.repetition.min-articles", defaultValue = "3")
  private int repetitionMinArticles;

  /** Analyses without storing anything: what an import would make of these bytes. */
  public AnalysisResult analyze(ImportRequest request) {
    requireWithinLimit(request);
    try {
      return analyzers.current().analyze(request.bytes(), request.hint(), request.source());
    } catch (UnreadableInputException e) {
      throw new ImportException(request.origin() + ": " + e.getMessage(), e);
    }
  }

  public ImportOutcome importArticle(ImportRequest request, String importer) {
    return importArticle(request, importer, null);
  }

  /** Imports one article as part of a batch (or of none, when {@code batchId} is null). */
  public ImportOutcome importArticle(ImportRequest request, String importer, Long batchId) {
    long ticket = inFlight.ticket();
    try {
      return importArticle(request, importer, batchId, ticket);
    } finally {
      inFlight.leave(ticket);
    }
  }

  /**
   * Imports one article with a ticket from {@link ImportsInFlight#ticket()}: imports running at the
   * same time come out as if they had run one after the other in ticket order.
   */
  public ImportOutcome importArticle(
      ImportRequest request, String importer, Long batchId, long ticket) {
    requireWithinLimit(request);
    // A batch runs on a worker thread: its revision names the importer, not the thread's caller.
    ActingUser.actAs(importer);
    // Decoded and segmented only: the detectors run once, below, with the outlet's boilerplate.
    Analyzer.Prepared first = prepare(request);
    String outlet = first.metadata().outlet();
    // The text and the outlet are known now (the detectors only add flags); from here on no other
    // import of the same text or outlet runs until this one has committed or rolled back.
    inFlight.claim(ticket, first.contentHash(), outlet, request.origin());
    // A batch logs once per batch, a single import once per article.
    Level level = batchId == null ? Level.INFO : Level.FINE;
    // The same across instances, through the database: the text's key (an import of the same text
    // on another instance is waited for) and the outlet's lock row, both held until the commit.
    OptionalLong earlier = ImportLocks.take(em, first.contentHash(), outlet, request.origin());
    if (earlier.isPresent()) {
      Article sameText =
          earlier.getAsLong() != 0
              ? em.find(Article.class, earlier.getAsLong())
              : firstWithContentHash(first.contentHash());
      if (sameText == null) {
        throw new ImportException(
            request.origin() + ": its text is taken by an article that cannot be read");
      }
      inFlight.settle(ticket, null, request.origin());
      LOG.log(
          level,
          () -> request.origin() + ": same text as article " + sameText.getId() + ", not stored");
      return ImportOutcome.duplicate(sameText);
    }
    // Read before anything is written, so that no query has to flush the new article.
    Map<String, KnownLine> knownLines = linesOf(outlet, first.blockTexts());
    OutletFingerprints boilerplate = boilerplateOf(outlet, knownLines);
    AnalysisResult result = analyze(request, first, boilerplate);

    inFlight.settle(ticket, result.minHash(), request.origin());
    List<NearMatch> nearMatches = nearDuplicates(result.minHash());

    Article article =
        new Article(
            request.bytes(),
            contentTypeOf(result),
            sha256(request.bytes()),
            request.origin(),
            importer);
    article.recordAnalysis(result);
    article.capturedAt(request.source().capturedAt());
    if (batchId != null) {
      article.belongsTo(em.getReference(ImportBatch.class, batchId));
    }
    em.persist(article);

    DuplicateLink nearest = linkNearDuplicates(article, nearMatches);
    em.flush();
    AnalysisRows.insert(em, article.getId(), result);
    learnLines(article.getOutlet(), result, knownLines);
    storeBands(article, result.minHash());
    countDuplicateOnEarlier(nearMatches);
    // Last: AnalysisRows.insert must follow the flush directly (its id generators run inside its
    // JDBC work, which another JDBC work in between makes Hibernate release under it).
    ImportLocks.keyed(em, first.contentHash(), article.getId());
    LOG.log(
        level,
        () ->
            String.format(
                Locale.ROOT,
                "Imported article %d from %s by %s: %d blocks, %d flagged, %d claim candidates%s",
                article.getId(),
                request.origin(),
                importer,
                result.blocks().size(),
                result.flaggedBlocks().size(),
                result.claims().size(),
                nearest == null ? "" : ", near-duplicate of " + nearest.getDuplicateOf().getId()));
    return ImportOutcome.imported(article, nearest);
  }

  private Analyzer.Prepared prepare(ImportRequest request) {
    try {
      return analyzers.current().prepare(request.bytes(), request.hint(), request.source());
    } catch (UnreadableInputException e) {
      throw new ImportException(request.origin() + ": " + e.getMessage(), e);
    }
  }

  private static AnalysisResult analyze(
      ImportRequest request, Analyzer.Prepared prepared, OutletFingerprints fingerprints) {
    try {
      return prepared.analyze(fingerprints);
    } catch (UnreadableInputException e) {
      throw new ImportException(request.origin() + ": " + e.getMessage(), e);
    }
  }

  private void requireWithinLimit(ImportRequest request) {
    if (request.bytes() == null || request.bytes().length == 0) {
      throw new ImportException(request.origin() + ": the input is empty");
    }
    if (request.bytes().length > maxFileBytes) {
      throw new ImportException(
          String.format(
              Locale.ROOT,
              "%s: %,d bytes is more than the limit of %,d bytes for one article",
              request.origin(),
              request.bytes().length,
              maxFileBytes));
    }
  }

  private static String contentTypeOf(AnalysisResult result) {
    return switch (result.format()) {
      case HTML -> "text/html; charset=" + result.charset();
      default -> "text/plain; charset=" + result.charset();
    };
  }

  private Article firstWithContentHash(String hash) {
    return em.createNamedQuery(Article.BY_CONTENT_HASH, Article.class)
        .setParameter("hash", hash)
        .setMaxResults(1)
        .getResultStream()
        .findFirst()
        .orElse(null);
  }

  /**
   * Earlier articles that share an LSH band with this signature and are similar enough. Plain JDBC
   * with one statement shape each (kept prepared by the pool): through Hibernate's native and HQL
   * queries the two lookups cost a third more.
   */
  private List<NearMatch> nearDuplicates(MinHashSignature signature) {
    List<Long> hashes = NearDuplicates.bandHashes(signature);
    List<NearMatch> matches = new ArrayList<>();
    em.unwrap(Session.class)
        .doWork(
            connection -> {
              Set<Long> ids = new TreeSet<>();
              try (PreparedStatement bands = connection.prepareStatement(BAND_CANDIDATES)) {
                for (int band = 0; band < hashes.size(); band++) {
                  bands.setLong(band + 1, hashes.get(band));
                }
                try (ResultSet row = bands.executeQuery()) {
                  while (row.next()) {
                    if (hashes.get(row.getInt(2)) == row.getLong(3)) {
                      ids.add(row.getLong(1));
                    }
                  }
                }
              }
              // The candidates' signatures only: never their original bytes.
              try (PreparedStatement minhash = connection.prepareStatement(SIGNATURE)) {
                for (long id : ids) {
                  minhash.setLong(1, id);
                  try (ResultSet row = minhash.executeQuery()) {
                    if (!row.next()) {
                      continue;
                    }
                    byte[] bytes = row.getBytes(1);
                    double similarity =
                        bytes == null ? 0 : signature.similarity(MinHashSignature.fromBytes(bytes));
                    if (similarity >= NearDuplicates.THRESHOLD) {
                      matches.add(new NearMatch(id, similarity, row.getInt(2) == 0));
                    }
                  }
                }
              }
            });
    return matches;
  }

  /**
   * An earlier article whose estimated similarity reaches the threshold; {@code firstDuplicate}
   * when it had no duplicate so far.
   */
  private record NearMatch(long articleId, double similarity, boolean firstDuplicate) {}

  /** Links the article to every near-duplicate; returns the closest link. */
  private DuplicateLink linkNearDuplicates(Article article, List<NearMatch> matches) {
    DuplicateLink nearest = null;
    for (NearMatch match : matches) {
      DuplicateLink link =
          new DuplicateLink(
              article,
              em.getReference(Article.class, match.articleId()),
              DuplicateKind.NEAR,
              match.similarity());
      em.persist(link);
      article.countDuplicate();
      if (nearest == null || match.similarity() > nearest.getSimilarity()) {
        nearest = link;
      }
    }
    return nearest;
  }

  /**
   * The earlier articles now have a duplicate too. A plain update, not through the entities, so
   * that an editor reviewing one of them meanwhile does not see a conflict (no version change). The
   * search index learns it for those that had no duplicate before: it holds the count only for the
   * list's "has duplicates" filter, which a second or third duplicate does not change, and writing
   * an earlier article's index entry again means reading all its blocks.
   */
  private void countDuplicateOnEarlier(List<NearMatch> matches) {
    if (matches.isEmpty()) {
      return;
    }
    List<Long> ids = matches.stream().map(NearMatch::articleId).toList();
    em.unwrap(Session.class)
        .doWork(
            connection -> {
              try (PreparedStatement count = connection.prepareStatement(COUNT_DUPLICATE)) {
                for (long id : ids) {
                  count.setLong(1, id);
                  count.addBatch();
                }
                count.executeBatch();
              }
            });
    List<Long> first =
        matches.stream().filter(NearMatch::firstDuplicate).map(NearMatch::articleId).toList();
    if (!first.isEmpty()) {
      ArticleSearch.reindexLater(em, first);
    }
  }

  /** The article's LSH bands, in one statement. */
  private void storeBands(Article article, MinHashSignature signature) {
    List<Long> hashes = NearDuplicates.bandHashes(signature);
    em.unwrap(Session.class)
        .doWork(
            connection -> {
              try (PreparedStatement insert = connection.prepareStatement(INSERT_BANDS)) {
                for (int band = 0; band < hashes.size(); band++) {
                  insert.setLong(2 * band + 1, article.getId());
                  insert.setLong(2 * band + 2, hashes.get(band));
                }
                insert.executeUpdate();
              }
            });
  }

  /**
   * The article's lines that earlier articles of the outlet had often enough to count as its
   * boilerplate; the second analysis flags them.
   */
  private OutletFingerprints boilerplateOf(String outlet, Map<String, KnownLine> known) {
    Map<String, Integer> counts = new HashMap<>();
    for (Map.Entry<String, KnownLine> line : known.entrySet()) {
      KnownLine stored = line.getValue();
      if (OutletLine.isBoilerplate(
          stored.articleCount(), stored.verdict(), repetitionMinArticles)) {
        counts.put(line.getKey(), Math.max(stored.articleCount(), repetitionMinArticles));
      }
    }
    return counts.isEmpty()
        ? OutletFingerprints.NONE
        : new OutletFingerprints(outlet, counts, repetitionMinArticles);
  }

  /** The stored lines of the outlet that this article also has, by fingerprint. */
  private Map<String, KnownLine> linesOf(String outlet, List<String> blockTexts) {
    if (outlet == null || outlet.isBlank()) {
      return new HashMap<>();
    }
    return AnalysisRows.linesOf(em, outlet, shortLines(blockTexts).keySet());
  }

  /** One more article of this outlet has each of its short lines. */
  private void learnLines(String outlet, AnalysisResult result, Map<String, KnownLine> known) {
    if (outlet == null || outlet.isBlank()) {
      return;
    }
    Map<String, String> lines = shortLines(result.blocks().stream().map(TextBlock::text).toList());
    List<Long> seenAgain = new ArrayList<>();
    Map<String, String> firstSeen = new LinkedHashMap<>();
    for (Map.Entry<String, String> line : lines.entrySet()) {
      KnownLine stored = known.get(line.getKey());
      if (stored == null) {
        firstSeen.put(line.getKey(), line.getValue());
      } else {
        seenAgain.add(stored.id());
      }
    }
    AnalysisRows.countLines(em, outlet, seenAgain, firstSeen);
  }

  /**
   * Distinct short lines by fingerprint: boilerplate is short, paragraphs are not worth counting.
   */
  private static Map<String, String> shortLines(List<String> blockTexts) {
    Map<String, String> lines = new LinkedHashMap<>();
    for (String text : blockTexts) {
      if (text.length() <= OutletLine.MAX_SAMPLE) {
        lines.putIfAbsent(LineFingerprint.of(text), text);
      }
    }
    return lines;
  }

  private static String bandCandidatesSql() {
    StringBuilder sql =
        new StringBuilder(
            "select article_id, band, band_hash from article_band where band_hash in (");
    for (int band = 0; band < NearDuplicates.BANDS; band++) {
      sql.append(band == 0 ? "?" : ", ?");
    }
    return sql.append(')').toString();
  }

  private static String insertBandsSql() {
    StringBuilder sql =
        new StringBuilder("insert into article_band (article_id, band, band_hash) values ");
    for (int band = 0; band < NearDuplicates.BANDS; band++) {
      sql.append(band == 0 ? "" : ", ").append("(?, ").append(band).append(", ?)");
    }
    return sql.toString();
  }

  static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }
}
