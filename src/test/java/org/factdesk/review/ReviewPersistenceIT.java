package org.factdesk.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.factdesk.analysis.ContentHint;
import org.factdesk.analysis.FlagType;
import org.factdesk.analysis.SourceInfo;
import org.factdesk.article.Analyzers;
import org.factdesk.article.Article;
import org.factdesk.article.ArticleFilter;
import org.factdesk.article.ArticleRow;
import org.factdesk.article.ArticleSearch;
import org.factdesk.article.ArticleState;
import org.factdesk.article.ArticleStateException;
import org.factdesk.article.ArticleTransition;
import org.factdesk.article.Block;
import org.factdesk.article.ClaimCandidate;
import org.factdesk.article.Flag;
import org.factdesk.article.FlagDecision;
import org.factdesk.article.ImportPipeline;
import org.factdesk.article.ImportRequest;
import org.factdesk.article.LineVerdict;
import org.factdesk.article.OutletLine;
import org.factdesk.review.ReviewDraft.DraftBlock;
import org.factdesk.review.ReviewDraft.DraftFlag;
import org.factdesk.rules.RuleBook;
import org.factdesk.rules.RuleException;
import org.factdesk.support.AsAdmin;
import org.factdesk.support.AsChecker;
import org.factdesk.support.OtherInstance;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Review inside Payara Micro on the configured database (H2, and PostgreSQL in CI): saving a draft,
 * conflicts, split and merge, learning outlet lines, finishing, bulk moves, roles, and the article
 * list's paging, filters and full-text search.
 */
@ExtendWith(ArquillianExtension.class)
class ReviewPersistenceIT {

  @EJB private ImportPipeline pipeline;
  @EJB private ReviewService reviews;
  @EJB private ArticleSearch search;
  @EJB private org.factdesk.article.ArticleStatistics statistics;
  @EJB private org.factdesk.article.StatisticCounts keptCounts;
  @EJB private org.factdesk.claim.FactCheckService factCheck;
  @EJB private AsAdmin asAdmin;
  @EJB private AsChecker asChecker;
  @EJB private DetectorQuality quality;
  @EJB private RuleBook rules;
  @Inject private Analyzers analyzers;
  @PersistenceContext private EntityManager em;

  @jakarta.annotation.Resource(lookup = "java:app/jdbc/factdesk")
  private javax.sql.DataSource dataSource;

  private static String unique(String prefix) {
    StringBuilder name = new StringBuilder(prefix);
    UUID.randomUUID()
        .toString()
        .chars()
        .filter(Character::isLetter)
        .limit(6)
        .forEach(c -> name.append((char) c));
    return name.toString();
  }

  /**
   * A number that makes a line of the fixture unique without changing how the engine reads it:
   * random letters are words to the learned insert types (a line such as "Tide tables by Harbour
   * Radio edfedc" read as promotion about once in 1,500 imports, which failed the tests that expect
   * the line unflagged), while every number reads alike to them.
   */
  private static String uniqueNumber() {
    return String.valueOf(
        Math.floorMod(UUID.randomUUID().getMostSignificantBits(), 1_000_000_000L));
  }

  /**
   * Blocks: 0 outlet, 1 dateline, 2 title, 3 a paragraph of two claims, 4 a paragraph, 5 a line of
   * the outlet's furniture no detector knows, 6 site chrome.
   */
  private static String article(String outlet, String extraLine) {
    String id = UUID.randomUUID().toString().substring(0, 8);
    return outlet
        + "\nThursday, March 6, 2025\n\n"
        + "Harbour Authority Reports Record Freight Traffic "
        + id
        + "\n\n"
        + "The harbour authority said that 14,200 containers passed through the port in February."
        + " A spokesperson said a second crane, bought for $48 million, is due in September.\n\n"
        + "Officials credited longer opening hours at the freight terminal for the rise "
        + id
        + ".\n\n"
        + extraLine
        + "\n\nShare this story\n";
  }

  private long importText(String text) {
    return pipeline
        .importArticle(
            new ImportRequest(
                text.getBytes(StandardCharsets.UTF_8),
                ContentHint.TEXT,
                SourceInfo.NONE,
                "review-it.txt"),
            "tester")
        .articleId();
  }

  /** Reads and checks inside one transaction, so lazy parts of entities can load. */
  private void inTransaction(Runnable checks) {
    asAdmin.call(
        () -> {
          checks.run();
          return null;
        });
  }

  private Article stored(long id) {
    return em.find(Article.class, id);
  }

  private static int indexOf(ReviewDraft draft, String textStart) {
    List<DraftBlock> blocks = draft.blocks();
    for (int i = 0; i < blocks.size(); i++) {
      if (blocks.get(i).text().startsWith(textStart)) {
        return i;
      }
    }
    throw new AssertionError("no block starts with " + textStart);
  }

  @Test
  void aSavedDraftStoresDecisionsWithWhoAndWhenAndStartsTheReview() {
    long id = importText(article(unique("Quayside "), "Tide tables by Harbour Radio"));
    ReviewDraft draft = asAdmin.call(() -> reviews.open(id));
    ArticleMetadataForm form = asAdmin.call(() -> reviews.metadata(id));
    draft.accept(0);
    int extra = indexOf(draft, "Tide tables");
    draft.classify(extra, FlagType.SITE_CHROME);
    form.setAuthor("Ada Lovelace");

    ReviewDraft saved = asAdmin.call(() -> reviews.save(draft, form));

    assertTrue(saved.version() > draft.version(), "the version moved on");
    assertFalse(saved.isChanged());
    inTransaction(
        () -> {
          Article article = stored(id);
          assertEquals(ArticleState.IN_REVIEW, article.getState());
          assertEquals("Ada Lovelace", article.getAuthor());
          Flag outlet = article.getBlocks().get(0).getFlags().get(0);
          assertEquals(FlagDecision.ACCEPTED, outlet.getDecision());
          assertEquals(AsAdmin.PRINCIPAL, outlet.getDecidedBy());
          Flag added = article.getBlocks().get(extra).getFlags().get(0);
          assertEquals("editor", added.getDetector());
          assertEquals(FlagType.SITE_CHROME, added.getType());
          assertEquals(saved.pendingCount(), article.getPendingFlags());
          assertTrue(article.getFlagTypes().contains(" SITE_CHROME "));
          List<FlagEvent> events =
              em.createNamedQuery(FlagEvent.OF_ARTICLE, FlagEvent.class)
                  .setParameter("article", id)
                  .getResultList();
          assertEquals(2, events.size());
          assertTrue(events.stream().allMatch(e -> AsAdmin.PRINCIPAL.equals(e.getActor())));
          List<ArticleTransition> moves =
              em.createNamedQuery(ArticleTransition.OF_ARTICLE, ArticleTransition.class)
                  .setParameter("article", id)
                  .getResultList();
          assertEquals(ArticleState.IMPORTED, moves.get(0).getFromState());
          assertEquals(ArticleState.IN_REVIEW, moves.get(0).getToState());
        });
  }

  @Test
  void aDraftOpenedBeforeSomeoneElsesSaveIsRefusedAndChangesNothing() {
    long id = importText(article(unique("Quayside "), "Tide tables by Harbour Radio"));
    ReviewDraft first = asAdmin.call(() -> reviews.open(id));
    ReviewDraft second = asAdmin.call(() -> reviews.open(id));
    ArticleMetadataForm form = asAdmin.call(() -> reviews.metadata(id));
    first.accept(0);
    asAdmin.call(() -> reviews.save(first, form));
    second.reject(0);

    ReviewConflictException conflict =
        assertThrows(
            ReviewConflictException.class, () -> asAdmin.call(() -> reviews.save(second, form)));
    assertTrue(conflict.getMessage().contains("after you opened it"), conflict.getMessage());
    inTransaction(
        () ->
            assertEquals(
                FlagDecision.ACCEPTED,
                stored(id).getBlocks().get(0).getFlags().get(0).getDecision()));
  }

  @Test
  void splitAndMergeMoveClaimCandidatesWithTheirText() {
    long id = importText(article(unique("Quayside "), "Tide tables by Harbour Radio"));
    ReviewDraft draft = asAdmin.call(() -> reviews.open(id));
    ArticleMetadataForm form = asAdmin.call(() -> reviews.metadata(id));
    int paragraph = indexOf(draft, "The harbour authority");
    int blocksBefore = draft.blocks().size();
    String text = draft.block(paragraph).text();
    draft.split(paragraph, text.indexOf(" A spokesperson"));
    ReviewDraft split = asAdmin.call(() -> reviews.save(draft, form));

    assertEquals(blocksBefore + 1, split.blocks().size());
    assertEquals("A spokesperson", split.block(paragraph + 1).text().substring(0, 14));
    assertClaimsSitInTheirBlocks(id);
    inTransaction(
        () -> {
          Article article = stored(id);
          assertTrue(
              article.getClaimCandidates().stream()
                  .anyMatch(c -> c.getBlock().getPosition() == paragraph + 1),
              "the second sentence's claim moved to the new block");
        });

    split.mergeWithNext(paragraph);
    ReviewDraft merged = asAdmin.call(() -> reviews.save(split, form));
    assertEquals(blocksBefore, merged.blocks().size());
    assertEquals(text, merged.block(paragraph).text());
    assertClaimsSitInTheirBlocks(id);
  }

  /** Every claim candidate's offsets point at its own sentence in its block's text. */
  private void assertClaimsSitInTheirBlocks(long id) {
    inTransaction(
        () -> {
          Article article = stored(id);
          assertFalse(article.getClaimCandidates().isEmpty());
          for (ClaimCandidate claim : article.getClaimCandidates()) {
            Block block = claim.getBlock();
            assertEquals(
                claim.getSentence(),
                block.getText().substring(claim.getStartOffset(), claim.getEndOffset()),
                "claim in block " + block.getPosition());
          }
        });
  }

  @Test
  void anAcceptedChromeLineIsFlaggedInTheOutletsNextArticleAndARejectedOneIsDenied() {
    String outlet = unique("Quayside ");
    String furniture = "Tide tables by Harbour Radio " + uniqueNumber();
    long first = importText(article(outlet, furniture));
    ReviewDraft draft = asAdmin.call(() -> reviews.open(first));
    int line = indexOf(draft, "Tide tables");
    assertTrue(
        draft.block(line).flags().isEmpty(),
        "no detector knows the line yet: " + draft.block(line).flags());
    draft.classify(line, FlagType.SITE_CHROME);
    int chrome = indexOf(draft, "Share this story");
    draft.reject(chrome);
    asAdmin.call(() -> reviews.save(draft, asAdmin.call(() -> reviews.metadata(first))));

    long next = importText(article(outlet, furniture));
    inTransaction(
        () -> {
          Article article = stored(next);
          Block taught =
              article.getBlocks().stream()
                  .filter(b -> b.getText().equals(furniture))
                  .findFirst()
                  .orElseThrow();
          assertTrue(
              taught.getFlags().stream().anyMatch(f -> f.getDecision() == FlagDecision.PENDING),
              "the outlet's next article has the line flagged");
          List<OutletLine> lines =
              em.createQuery(
                      "select l from OutletLine l where l.outlet = :outlet", OutletLine.class)
                  .setParameter("outlet", outlet)
                  .getResultList();
          assertTrue(
              lines.stream()
                  .anyMatch(
                      l ->
                          l.getSample().equals("Share this story")
                              && l.getEditorVerdict() == LineVerdict.DENIED));
          assertTrue(lines.stream().anyMatch(l -> l.getEditorVerdict() == LineVerdict.CONFIRMED));
        });
  }

  @Test
  void finishingNeedsEveryFlagDecidedThenGoesToFactCheck() {
    long id = importText(article(unique("Quayside "), "Tide tables by Harbour Radio"));
    ReviewDraft draft = asAdmin.call(() -> reviews.open(id));
    ArticleMetadataForm form = asAdmin.call(() -> reviews.metadata(id));
    ArticleStateException pending =
        assertThrows(
            ArticleStateException.class, () -> asAdmin.call(() -> reviews.finish(draft, form)));
    assertTrue(pending.getMessage().contains("still wait"), pending.getMessage());
    inTransaction(
        () -> assertEquals(ArticleState.IMPORTED, stored(id).getState(), "nothing was saved"));

    draft.acceptAtOrAbove(0);
    ArticleTransition done = asAdmin.call(() -> reviews.finish(draft, form));
    assertEquals(ArticleState.IN_FACT_CHECK, done.getToState());
    inTransaction(
        () -> {
          Article article = stored(id);
          assertEquals(ArticleState.IN_FACT_CHECK, article.getState());
          assertEquals(AsAdmin.PRINCIPAL, article.getReviewedBy());
        });
  }

  @Test
  void badMetadataIsRefusedWithTheFieldNamedAndNothingSaved() {
    long id = importText(article(unique("Quayside "), "Tide tables by Harbour Radio"));
    ReviewDraft draft = asAdmin.call(() -> reviews.open(id));
    ArticleMetadataForm form = asAdmin.call(() -> reviews.metadata(id));
    draft.accept(0);
    form.setUrl("javascript:alert(1)");
    form.setLanguage("English!");
    ReviewException e =
        assertThrows(ReviewException.class, () -> asAdmin.call(() -> reviews.save(draft, form)));
    assertEquals(
        "Language: give a language code such as en, de or pt-BR."
            + " URL: give a web address starting with http:// or https://.",
        e.getMessage());
    inTransaction(
        () ->
            assertEquals(
                FlagDecision.PENDING,
                stored(id).getBlocks().get(0).getFlags().get(0).getDecision()));
  }

  @Test
  void bulkMovesNeedAReasonToRejectAndSayWhichArticlesCouldNotMove() {
    long a = importText(article(unique("Quayside "), "Tide tables by Harbour Radio"));
    long b = importText(article(unique("Quayside "), "Tide tables by Harbour Radio"));
    assertThrows(ReviewException.class, () -> asAdmin.call(() -> reviews.reject(List.of(a), " ")));
    assertEquals(List.of(), asAdmin.call(() -> reviews.startReview(List.of(a))));
    List<String> refused = asAdmin.call(() -> reviews.startReview(List.of(a, b)));
    assertEquals(1, refused.size());
    assertTrue(refused.get(0).contains("already in review"), refused.get(0));

    assertEquals(List.of(), asAdmin.call(() -> reviews.reject(List.of(a, b), "Press release")));
    inTransaction(
        () -> {
          assertEquals(ArticleState.REJECTED, stored(a).getState());
          assertEquals(ArticleState.REJECTED, stored(b).getState());
        });
  }

  @Test
  void aFactCheckerMayReadTheListButNotReview() {
    long id = importText(article(unique("Quayside "), "Tide tables by Harbour Radio"));
    assertThrows(EJBAccessException.class, () -> asChecker.call(() -> reviews.open(id)));
    assertThrows(
        EJBAccessException.class, () -> asChecker.call(() -> reviews.startReview(List.of(id))));
    assertTrue(asChecker.call(() -> search.count(ArticleFilter.NONE)) > 0);
  }

  private long count(ArticleFilter filter) {
    return asAdmin.call(() -> search.count(filter));
  }

  private List<ArticleRow> rows(
      ArticleFilter filter, int first, int size, ArticleSearch.Sort sort, boolean ascending) {
    return asAdmin.call(() -> search.rows(filter, first, size, sort, ascending));
  }

  @Test
  void theListPagesFiltersAndSearchesInTheDatabaseAndTheIndex() {
    String run = unique("");
    String[] outlets = {"Gen " + run + " Daily", "Gen " + run + " Weekly"};
    int perOutlet = 60;
    for (int i = 0; i < perOutlet * 2; i++) {
      String outlet = outlets[i % 2];
      String topic = i % 3 == 0 ? "lighthouses" : "ferries";
      importText(
          outlet
              + "\nMonday, May "
              + (1 + i % 28)
              + ", 2023\n\n"
              + "Coastal Council Debates "
              + topic
              + " "
              + run
              + " number "
              + i
              + "\n\nThe coastal council voted 7 to 2 on Tuesday to fund "
              + topic
              + " for another "
              + (i + 2)
              + " years, the clerk said.\n\n"
              + (i % 4 == 0
                  ? "Sponsored: buy our premium rain jackets today at half price.\n\n"
                  : "")
              + "Share this story\n");
    }
    ArticleFilter daily =
        new ArticleFilter(null, null, outlets[0], null, null, false, null, null, false);
    assertEquals(perOutlet, count(daily));
    List<ArticleRow> page = rows(daily, 25, 25, ArticleSearch.Sort.IMPORTED, false);
    assertEquals(25, page.size());
    assertTrue(page.stream().allMatch(r -> r.outlet().equals(outlets[0])));
    List<ArticleRow> last = rows(daily, 50, 25, ArticleSearch.Sort.IMPORTED, false);
    assertEquals(10, last.size());

    List<ArticleRow> byTitle = rows(daily, 0, 200, ArticleSearch.Sort.TITLE, true);
    for (int i = 1; i < byTitle.size(); i++) {
      assertTrue(
          byTitle.get(i - 1).title().compareToIgnoreCase(byTitle.get(i).title()) <= 0,
          "sorted by title");
    }

    ArticleFilter words =
        new ArticleFilter("lighthouse " + run, null, null, null, null, false, null, null, false);
    assertEquals(40, count(words), "stemmed words, every article of the run about them");
    ArticleFilter wordsAndOutlet =
        new ArticleFilter(
            "lighthouse " + run, null, outlets[1], null, null, true, null, null, false);
    long weekly = count(wordsAndOutlet);
    assertEquals(20, weekly);
    assertEquals(20, rows(wordsAndOutlet, 0, 50, null, false).size());

    ArticleFilter range =
        new ArticleFilter(
            null,
            ArticleState.IMPORTED,
            outlets[0],
            null,
            null,
            true,
            java.time.LocalDate.of(2023, 5, 1),
            java.time.LocalDate.of(2023, 5, 10),
            false);
    long inRange = count(range);
    assertTrue(inRange > 0 && inRange < perOutlet, "the date range narrows: " + inRange);
    assertEquals(inRange, count(range.withState(ArticleState.IMPORTED)));
    assertEquals(0, count(range.withState(ArticleState.APPROVED)));
  }

  @Test
  void detectorQualityCountsWhatEditorsAcceptedRejectedAndAdded() {
    DetectorQuality.Report before = asAdmin.call(() -> quality.report());
    long id = importText(article(unique("Quayside "), "Tide tables by Harbour Radio"));
    ReviewDraft draft = asAdmin.call(() -> reviews.open(id));
    int chrome = indexOf(draft, "Share this story");
    ReviewDraft.DraftFlag share = draft.block(chrome).flags().get(0);
    ReviewDraft.DraftFlag outlet = draft.block(0).flags().get(0);
    draft.reject(chrome);
    draft.accept(0);
    draft.classify(indexOf(draft, "Tide tables"), FlagType.SITE_CHROME);
    asAdmin.call(() -> reviews.save(draft, asAdmin.call(() -> reviews.metadata(id))));

    DetectorQuality.Report after = asAdmin.call(() -> quality.report());
    assertEquals(
        row(before, share.detector(), share.type()).rejected() + 1,
        row(after, share.detector(), share.type()).rejected());
    assertEquals(
        row(before, outlet.detector(), outlet.type()).accepted() + 1,
        row(after, outlet.detector(), outlet.type()).accepted());
    assertEquals(
        type(before, FlagType.SITE_CHROME).addedByEditors() + 1,
        type(after, FlagType.SITE_CHROME).addedByEditors());
    assertTrue(row(after, share.detector(), share.type()).precision() < 1.0);
  }

  @Test
  void decidedFlagsExportAsTrainingRowsForEditorsOnly() {
    String tide = "Tide tables by Harbour Radio " + uniqueNumber();
    long id = importText(article(unique("Quayside "), tide));
    ReviewDraft draft = asAdmin.call(() -> reviews.open(id));
    int chrome = indexOf(draft, "Share this story");
    ReviewDraft.DraftFlag share = draft.block(chrome).flags().get(0);
    draft.reject(chrome);
    draft.classify(indexOf(draft, "Tide tables"), FlagType.SITE_CHROME);
    asAdmin.call(() -> reviews.save(draft, asAdmin.call(() -> reviews.metadata(id))));

    List<DetectorQuality.Decision> rows =
        asAdmin.call(() -> quality.decisions(0, DetectorQuality.MAX_DECISIONS));
    DetectorQuality.Decision added =
        rows.stream().filter(r -> r.text().equals(tide)).findFirst().orElseThrow();
    assertEquals("ACCEPTED", added.decision());
    assertEquals(FlagType.SITE_CHROME, added.newType());
    assertEquals(tide + "\tACCEPTED\tSITE_CHROME\tSITE_CHROME\t" + added.detector(), added.tsv());
    assertTrue(
        rows.stream()
            .anyMatch(
                r ->
                    r.flagId() > added.flagId() - 50
                        && r.text().equals("Share this story")
                        && r.decision().equals("REJECTED")
                        && r.type() == share.type()));
    assertTrue(rows.stream().noneMatch(r -> r.decision().equals("PENDING")));
    assertThrows(EJBAccessException.class, () -> asChecker.call(() -> quality.decisions(0, 10)));
  }

  private static DetectorQuality.Row row(
      DetectorQuality.Report report, String detector, FlagType type) {
    return report.detectors().stream()
        .filter(r -> r.detector().equals(detector) && r.type() == type)
        .findFirst()
        .orElse(new DetectorQuality.Row(detector, type, 0, 0, 0, 0));
  }

  private static DetectorQuality.TypeRow type(DetectorQuality.Report report, FlagType type) {
    return report.types().stream().filter(t -> t.type() == type).findFirst().orElseThrow();
  }

  /** Waits until this instance's engine runs the rule set stamped {@code version}; the wait. */
  private long awaitRules(String version) throws InterruptedException {
    long start = System.nanoTime();
    while (!version.equals(analyzers.current().rules().version())) {
      if (System.nanoTime() - start > 15_000_000_000L) {
        throw new AssertionError(
            "rules "
                + version
                + " not in force after 15 s: "
                + analyzers.current().rules().version());
      }
      Thread.sleep(100);
    }
    return (System.nanoTime() - start) / 1_000_000;
  }

  /**
   * A rule set saved on another instance (a row this instance did not write) is in force here
   * within seconds and used by the next import; so is a change of that row in place.
   */
  @Test
  void aRuleSetSavedOnAnotherInstanceIsUsedHereWithinSeconds() throws Exception {
    String text = asAdmin.call(() -> rules.current()).text();
    int number;
    try (OtherInstance other = new OtherInstance(dataSource)) {
      number =
          Math.max(
                  asAdmin.call(() -> rules.current()).number(),
                  ((Number)
                          asAdmin.call(
                              () ->
                                  em.createNativeQuery(
                                          "select coalesce(max(number), 0) from rule_set")
                                      .getSingleResult()))
                      .intValue())
              + 1;
      java.time.OffsetDateTime now = java.time.OffsetDateTime.now(java.time.ZoneOffset.UTC);
      other.update(
          "insert into rule_set (id, version, created_at, modified_at, number, rules_text, author,"
              + " comment) values (?, 0, ?, ?, ?, ?, 'admin-on-b', 'saved on the other instance')",
          OtherInstance.freeId(),
          now,
          now,
          number,
          stamped(text, String.valueOf(number)));
      other.commit();
      long waited = awaitRules(String.valueOf(number));
      assertTrue(
          waited <= Analyzers.checkEveryMillis() + 2_000, "in force after " + waited + " ms");
      long imported = importText(article(unique("Quayside "), "Tide tables by Harbour Radio"));
      assertEquals(String.valueOf(number), stored(imported).getRulesVersion());

      other.update(
          "update rule_set set rules_text = ?, version = version + 1 where number = ?",
          stamped(text, number + "b"),
          number);
      other.commit();
      waited = awaitRules(number + "b");
      assertTrue(
          waited <= Analyzers.checkEveryMillis() + 2_000, "in force after " + waited + " ms");
    }
  }

  private static String stamped(String text, String version) {
    java.util.regex.Matcher line =
        java.util.regex.Pattern.compile("(?m)^#[ \\t]*version:[ \\t]*\\S+[ \\t]*$").matcher(text);
    return line.find()
        ? text.substring(0, line.start()) + "# version: " + version + text.substring(line.end())
        : "# version: " + version + "\n" + text;
  }

  @Test
  void aRuleChangeIsTestedSavedAndRerunWithoutLosingDecisions() {
    String furniture = "Ferry horn sounds at noon " + uniqueNumber();
    long id = importText(article(unique("Quayside "), furniture));
    long split = importText(article(unique("Quayside "), furniture));
    ReviewDraft draft = asAdmin.call(() -> reviews.open(id));
    assertTrue(draft.block(indexOf(draft, "Ferry horn")).flags().isEmpty());
    Set<Long> accepted =
        draft.block(0).flags().stream().map(DraftFlag::id).collect(Collectors.toSet());
    assertFalse(accepted.isEmpty());
    draft.accept(0);
    asAdmin.call(() -> reviews.save(draft, asAdmin.call(() -> reviews.metadata(id))));
    ReviewDraft other = asAdmin.call(() -> reviews.open(split));
    int paragraph = indexOf(other, "The harbour authority");
    other.split(paragraph, other.block(paragraph).text().indexOf(" A spokesperson"));
    asAdmin.call(() -> reviews.save(other, asAdmin.call(() -> reviews.metadata(split))));

    String text =
        asAdmin.call(() -> rules.current()).text()
            + "\nSITE_CHROME\t0.95\tline:"
            + furniture
            + "\tthe ferry horn line\n";
    RuleBook.TestReport report = asAdmin.call(() -> rules.test(text, List.of(id)));
    assertEquals(1, report.articles());
    assertTrue(
        report.added().stream()
            .anyMatch(c -> c.text().equals(furniture) && c.type() == FlagType.SITE_CHROME),
        report.added().toString());
    assertTrue(report.removed().isEmpty(), report.removed().toString());

    RuleException typo =
        assertThrows(
            RuleException.class,
            () -> asAdmin.call(() -> rules.save("# version: 1\nNOPE\t1\tline:x\n", "typo")));
    assertTrue(typo.getMessage().contains("line 2"), typo.getMessage());
    assertThrows(
        EJBAccessException.class, () -> asChecker.call(() -> rules.save(text, "not allowed")));

    int number = asAdmin.call(() -> rules.save(text, "flag the ferry horn line"));
    assertEquals(number, asAdmin.call(() -> rules.current()).number());
    assertEquals(number, asAdmin.call(() -> rules.history()).get(0).number());

    List<String> refused = asAdmin.call(() -> rules.rerun(List.of(id, split)));
    assertEquals(1, refused.size(), refused.toString());
    assertTrue(refused.get(0).contains("split or merged"), refused.get(0));
    inTransaction(
        () -> {
          Article article = stored(id);
          assertEquals(String.valueOf(number), article.getRulesVersion());
          // the flags decided before, found by id: flags of one type have no order among them
          Map<Long, FlagDecision> before =
              article.getBlocks().get(0).getFlags().stream()
                  .filter(f -> accepted.contains(f.getId()))
                  .collect(Collectors.toMap(Flag::getId, Flag::getDecision));
          assertEquals(accepted, before.keySet(), "the flags decided before are still there");
          assertTrue(
              before.values().stream().allMatch(d -> d == FlagDecision.ACCEPTED),
              "the decision made before stays: " + before);
          Block horn =
              article.getBlocks().stream()
                  .filter(b -> b.getText().equals(furniture))
                  .findFirst()
                  .orElseThrow();
          assertEquals(FlagType.SITE_CHROME, horn.getFlags().get(0).getType());
          assertEquals(FlagDecision.PENDING, horn.getFlags().get(0).getDecision());
        });
  }

  private long sqlCount(String sql, Object... parameters) {
    return asAdmin.call(
        () -> {
          var query = em.createNativeQuery(sql);
          for (int p = 0; p < parameters.length; p++) {
            query.setParameter(p + 1, parameters[p]);
          }
          return ((Number) query.getSingleResult()).longValue();
        });
  }

  @Test
  void thousandsOfArticlesPageFilterSortAndSearchAsTheDatabaseCountsThem() throws Exception {
    asAdmin.call(
        () -> {
          try (java.sql.Connection db = dataSource.getConnection()) {
            return org.factdesk.bench.ListSeeder.seed(db, 3000, false);
          } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
          }
        });
    org.hibernate.search.mapper.orm.Search.session(em).massIndexer(Article.class).startAndWait();

    String outlet = "Outlet 17 Gazette";
    ArticleFilter byOutlet =
        new ArticleFilter(null, null, outlet, null, null, false, null, null, false);
    long expected = sqlCount("select count(*) from article where outlet = ?1", outlet);
    assertTrue(expected >= 50, "generated: " + expected);
    assertEquals(expected, count(byOutlet));
    List<ArticleRow> all = new java.util.ArrayList<>();
    for (int first = 0; first < expected; first += 25) {
      all.addAll(rows(byOutlet, first, 25, ArticleSearch.Sort.TITLE, true));
    }
    assertEquals(expected, all.size());
    assertEquals(expected, all.stream().map(ArticleRow::id).distinct().count(), "no overlap");
    for (int i = 1; i < all.size(); i++) {
      assertTrue(
          all.get(i - 1).title().toLowerCase().compareTo(all.get(i).title().toLowerCase()) <= 0,
          "sorted by title at row " + i);
    }

    ArticleFilter reviewing =
        new ArticleFilter(
            null,
            ArticleState.IN_REVIEW,
            null,
            null,
            null,
            true,
            java.time.LocalDate.of(2025, 2, 1),
            java.time.LocalDate.of(2025, 6, 30),
            false);
    assertEquals(
        sqlCount(
            "select count(*) from article where state = 'IN_REVIEW' and pending_flags > 0"
                + " and published between DATE '2025-02-01' and DATE '2025-06-30'"),
        count(reviewing));
    // a date range sorted by import time (sorted apart from the import-time index, decision
    // 0036): the pages in the order SQL gives, the second page after the first
    ArticleFilter range =
        new ArticleFilter(
            null,
            null,
            null,
            null,
            null,
            true,
            java.time.LocalDate.of(2025, 2, 1),
            java.time.LocalDate.of(2025, 6, 30),
            false);
    List<Long> rangeIds =
        asAdmin.call(
            () ->
                ((List<?>)
                        em.createNativeQuery(
                                "select id from article where pending_flags > 0 and published"
                                    + " between DATE '2025-02-01' and DATE '2025-06-30'"
                                    + " order by created_at desc, id desc")
                            .setMaxResults(50)
                            .getResultList())
                    .stream().map(n -> ((Number) n).longValue()).toList());
    assertEquals(50, rangeIds.size());
    List<ArticleRow> rangePages = new java.util.ArrayList<>(rows(range, 0, 25, null, false));
    rangePages.addAll(rows(range, 25, 25, null, false));
    assertEquals(rangeIds, rangePages.stream().map(ArticleRow::id).toList());

    ArticleFilter promotional =
        new ArticleFilter(null, null, outlet, null, FlagType.PROMOTIONAL, false, null, null, false);
    assertEquals(
        sqlCount(
            "select count(*) from article where outlet = ?1 and flag_types like '% PROMOTIONAL %'",
            outlet),
        count(promotional));

    ArticleFilter words =
        new ArticleFilter("lighthouse", null, outlet, null, null, false, null, null, false);
    long withWord =
        sqlCount(
            "select count(distinct a.id) from article a join block b on b.article_id = a.id"
                + " where a.outlet = ?1 and lower(b.text) like '%lighthouse%'",
            outlet);
    assertTrue(withWord > 0);
    assertEquals(withWord, count(words));
    List<ArticleRow> found = rows(words, 0, 200, null, false);
    assertEquals(Math.min(withWord, 200), found.size());
    assertTrue(found.stream().allMatch(r -> r.outlet().equals(outlet)));
  }

  private java.util.Map<String, Long> sqlGroups(String sql) {
    return asAdmin.call(
        () -> {
          java.util.Map<String, Long> groups = new java.util.TreeMap<>();
          for (Object row : em.createNativeQuery(sql).getResultList()) {
            Object[] columns = (Object[]) row;
            groups.put(String.valueOf(columns[0]), ((Number) columns[1]).longValue());
          }
          return groups;
        });
  }

  /** The dashboard's and the list's counts against the tables, as SQL counts them now. */
  private void countsAgreeWithTheTables(String when) {
    java.util.Map<String, Long> byState = new java.util.TreeMap<>();
    asAdmin
        .call(statistics::countByState)
        .forEach(
            (state, n) -> {
              if (n != 0) {
                byState.put(state.name(), n);
              }
            });
    assertEquals(
        sqlGroups("select state, count(*) from article group by state"),
        byState,
        when + ": states");
    java.util.Map<String, Long> byFlag = new java.util.TreeMap<>();
    asAdmin
        .call(statistics::flagsByType)
        .forEach(
            (type, decisions) ->
                decisions.forEach(
                    (decision, n) -> {
                      if (n != 0) {
                        byFlag.put(type.name() + " " + decision.name(), n);
                      }
                    }));
    assertEquals(
        sqlGroups(
            "select type || ' ' || decision, count(*) from flag group by type || ' ' || decision"),
        byFlag,
        when + ": flags");
    java.util.Map<String, Long> byRating = new java.util.TreeMap<>();
    asAdmin
        .call(factCheck::countByRating)
        .forEach(
            (rating, n) -> {
              if (n != 0) {
                byRating.put(rating.name(), n);
              }
            });
    assertEquals(
        sqlGroups("select rating, count(*) from claim where rating is not null group by rating"),
        byRating,
        when + ": ratings");
    assertEquals(
        sqlGroups("select outlet, count(*) from article where outlet is not null group by outlet")
            .keySet()
            .stream()
            .limit(1000)
            .toList(),
        asAdmin.call(search::outlets).stream().sorted().toList(),
        when + ": outlets");
    assertEquals(
        new ArticleSearch.Total(sqlCount("select count(*) from article"), true),
        asAdmin.call(() -> search.total(ArticleFilter.NONE)),
        when + ": all articles");
    // the editor's dashboard: ready for this editor under the four-eyes rule, and imports per day
    for (String editor : List.of("editor", "someone-else")) {
      assertEquals(
          sqlCount(
              "select count(*) from article where state = 'READY'"
                  + " and (reviewed_by is null or reviewed_by <> ?1)",
              editor),
          asAdmin.call(() -> statistics.readyToApproveBy(editor, true)),
          when + ": ready for " + editor + " to approve");
    }
    assertEquals(
        sqlCount("select count(*) from article where state = 'READY'"),
        asAdmin.call(() -> statistics.readyToApproveBy("editor", false)),
        when + ": ready to approve");
    if (asAdmin.call(keptCounts::kept)) {
      java.time.LocalDate since = java.time.LocalDate.now(java.time.ZoneOffset.UTC).minusDays(90);
      java.util.Map<String, Long> perDay = new java.util.TreeMap<>();
      asAdmin
          .call(() -> statistics.importsPerDay(since))
          .forEach(d -> perDay.put(d.day().toString(), d.count()));
      assertEquals(
          sqlGroups(
              "select to_char(created_at at time zone 'UTC', 'YYYY-MM-DD'), count(*) from article"
                  + " where created_at >= cast('"
                  + since
                  + " 00:00:00+00' as timestamp with time zone) group by 1"),
          perDay,
          when + ": imports per day");
    }
  }

  @Test
  void countsKeptByTheDatabaseMatchTheTablesAndDeepPagesFollowOnByKeyset() throws Exception {
    asAdmin.call(
        () -> {
          try (java.sql.Connection db = dataSource.getConnection()) {
            return org.factdesk.bench.ListSeeder.seed(db, 1500, false);
          } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
          }
        });
    importText(article("Keyset Courier " + unique("k"), "Subscribe to our newsletter today"));
    countsAgreeWithTheTables("after seeding and an import");

    // a state moved by a bulk update, an outlet renamed, a flag decided, an article deleted with
    // its blocks and flags: each seen by the counts in the same transaction
    asAdmin.call(
        () ->
            em.createNativeQuery(
                        "update article set state = 'REJECTED' where id in (select id from article"
                            + " where state = 'IMPORTED' order by id desc fetch first 40 rows only)")
                    .executeUpdate()
                + em.createNativeQuery(
                        "update article set outlet = 'Renamed Outlet' where outlet = 'Outlet 3"
                            + " Gazette'")
                    .executeUpdate()
                + em.createNativeQuery(
                        "update article set reviewed_by = 'someone-else' where id in (select id"
                            + " from article where state = 'READY' order by id fetch first 7 rows"
                            + " only)")
                    .executeUpdate()
                + em.createNativeQuery(
                        "update flag set decision = 'REJECTED' where id in (select id from flag"
                            + " where decision = 'PENDING' order by id fetch first 25 rows only)")
                    .executeUpdate()
                + em.createNativeQuery(
                        "delete from article where id in (select id from article order by id desc"
                            + " fetch first 3 rows only)")
                    .executeUpdate());
    countsAgreeWithTheTables("after updates and a deletion");
    asAdmin.call(
        () -> {
          keptCounts.fold();
          return null;
        });
    countsAgreeWithTheTables("after folding the counted changes");
    if (asAdmin.call(keptCounts::kept)) {
      assertEquals(
          sqlCount("select count(*) from (select distinct name, value from statistic_count) v"),
          sqlCount("select count(*) from statistic_count"),
          "folded into one row per value");
    }

    // a broad filter is counted up to the cap, and says so; below it, exactly
    ArticleFilter pending =
        new ArticleFilter(null, null, null, null, null, true, null, null, false);
    long pendingCount = sqlCount("select count(*) from article where pending_flags > 0");
    assertTrue(pendingCount > 100, "generated: " + pendingCount);
    assertEquals(
        new ArticleSearch.Total(100, false), asAdmin.call(() -> search.total(pending, 100)));
    assertEquals(
        new ArticleSearch.Total(pendingCount, true),
        asAdmin.call(() -> search.total(pending, Math.toIntExact(pendingCount))));

    // paging on after the last article of a page gives the pages an offset gives
    for (ArticleSearch.Sort sort :
        List.of(
            ArticleSearch.Sort.IMPORTED, ArticleSearch.Sort.PENDING, ArticleSearch.Sort.STATE)) {
      for (boolean ascending : List.of(false, true)) {
        List<ArticleRow> byOffset = rows(pending, 0, 120, sort, ascending);
        List<ArticleRow> byKeyset =
            new java.util.ArrayList<>(rows(pending, 0, 30, sort, ascending));
        while (byKeyset.size() < 120) {
          long after = byKeyset.get(byKeyset.size() - 1).id();
          byKeyset.addAll(
              asAdmin.call(() -> search.rowsAfter(pending, after, 30, sort, ascending)));
        }
        assertEquals(
            byOffset.stream().map(ArticleRow::id).toList(),
            byKeyset.stream().map(ArticleRow::id).toList(),
            sort + (ascending ? " ascending" : " descending"));
      }
    }
    Throwable refused =
        assertThrows(
            Exception.class,
            () ->
                asAdmin.call(
                    () -> search.rowsAfter(pending, 1L, 25, ArticleSearch.Sort.TITLE, true)));
    while (!(refused instanceof IllegalArgumentException) && refused.getCause() != null) {
      refused = refused.getCause();
    }
    assertTrue(
        refused instanceof IllegalArgumentException && refused.getMessage().contains("TITLE"),
        String.valueOf(refused));
  }
}
