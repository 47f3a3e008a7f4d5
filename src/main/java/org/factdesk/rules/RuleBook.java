package org.factdesk.rules;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.logging.Logger;
import org.factdesk.analysis.AnalysisResult;
import org.factdesk.analysis.Analyzer;
import org.factdesk.analysis.ContentHint;
import org.factdesk.analysis.DetectorFlag;
import org.factdesk.analysis.FlagType;
import org.factdesk.analysis.SourceInfo;
import org.factdesk.analysis.TextBlock;
import org.factdesk.analysis.UnreadableInputException;
import org.factdesk.analysis.detect.RepetitionDetector;
import org.factdesk.analysis.detect.RuleSet;
import org.factdesk.article.Analyzers;
import org.factdesk.article.Article;
import org.factdesk.article.ArticleSearch;
import org.factdesk.article.Block;
import org.factdesk.article.Flag;
import org.factdesk.article.FlagDecision;
import org.factdesk.identity.Role;

/**
 * The detection rules admins edit: the version in force and every earlier one, a test of new rule
 * text against stored articles (which blocks it would flag, which it would stop flagging), saving a
 * new version, and re-running detection on articles without losing decisions already made.
 */
@Stateless
@RolesAllowed(Role.ADMIN_NAME)
public class RuleBook {

  private static final Logger LOG = Logger.getLogger(RuleBook.class.getName());

  /** How many of the newest articles a test runs on. */
  public static final int TEST_SAMPLE = 200;

  @PersistenceContext private EntityManager em;
  @Inject private Analyzers analyzers;
  @Resource private SessionContext context;

  /** A saved version, without its text. */
  public record Version(int number, String author, Instant savedAt, String comment)
      implements Serializable {}

  /** The rule text in force and its number (0: shipped with the engine, never edited). */
  public record Current(int number, String text) {}

  /** A block whose flags a rule change would change. */
  public record Change(long articleId, String title, int block, String text, FlagType type)
      implements Serializable {}

  /** What a rule change would do to stored articles. */
  public record TestReport(int articles, List<Change> added, List<Change> removed)
      implements Serializable {}

  public Current current() {
    List<RuleSetVersion> newest =
        em.createNamedQuery(RuleSetVersion.NEWEST_FIRST, RuleSetVersion.class)
            .setMaxResults(1)
            .getResultList();
    return newest.isEmpty()
        ? new Current(0, shippedText())
        : new Current(newest.get(0).getNumber(), newest.get(0).getRulesText());
  }

  public List<Version> history() {
    return em.createNamedQuery(RuleSetVersion.NEWEST_FIRST, RuleSetVersion.class)
        .setMaxResults(100)
        .getResultStream()
        .map(r -> new Version(r.getNumber(), r.getAuthor(), r.getCreatedAt(), r.getComment()))
        .toList();
  }

  /** The text of one saved version. */
  public String text(int number) {
    return em.createQuery(
            "select r.rulesText from RuleSetVersion r where r.number = :number", String.class)
        .setParameter("number", number)
        .getResultStream()
        .findFirst()
        .orElseThrow(() -> new RuleException("There is no rule set version " + number + "."));
  }

  /**
   * Runs the rules in force and the new text on the newest stored articles (or the given ones) and
   * reports the blocks whose flags would differ. Stores nothing.
   */
  public TestReport test(String text, List<Long> articleIds) {
    Analyzer candidate = new Analyzer(RuleText.parse(text));
    Analyzer inForce = analyzers.current();
    List<Long> ids =
        articleIds == null || articleIds.isEmpty()
            ? em.createQuery("select a.id from Article a order by a.id desc", Long.class)
                .setMaxResults(TEST_SAMPLE)
                .getResultList()
            : articleIds;
    List<Change> added = new ArrayList<>();
    List<Change> removed = new ArrayList<>();
    int tested = 0;
    for (Long id : ids) {
      Article article = em.find(Article.class, id);
      if (article == null) {
        continue;
      }
      AnalysisResult before;
      AnalysisResult after;
      try {
        before = analyze(inForce, article);
        after = analyze(candidate, article);
      } catch (UnreadableInputException e) {
        continue;
      }
      tested++;
      for (int i = 0; i < Math.min(before.blocks().size(), after.blocks().size()); i++) {
        Set<FlagType> was = types(before.blocks().get(i));
        Set<FlagType> will = types(after.blocks().get(i));
        String blockText = clip(after.blocks().get(i).text());
        for (FlagType type : will) {
          if (!was.contains(type)) {
            added.add(new Change(id, article.getTitle(), i, blockText, type));
          }
        }
        for (FlagType type : was) {
          if (!will.contains(type)) {
            removed.add(new Change(id, article.getTitle(), i, blockText, type));
          }
        }
      }
      em.detach(article);
    }
    return new TestReport(tested, added, removed);
  }

  /** Saves the text as the next version and puts it in force; returns its number. */
  public int save(String text, String comment) {
    if (comment == null || comment.isBlank()) {
      throw new RuleException("Say what the change is for.");
    }
    RuleText.parse(text);
    Integer newest =
        em.createNamedQuery(RuleSetVersion.NEWEST_NUMBER, Integer.class).getSingleResult();
    int number = Math.max(newest == null ? 0 : newest, shippedNumber()) + 1;
    String stamped = RuleText.stamped(text, number);
    em.persist(new RuleSetVersion(number, stamped, actor(), comment.strip()));
    em.flush();
    analyzers.use(number, new Analyzer(new RuleSet(stamped)));
    LOG.info(() -> "Detection rules version " + number + " saved by " + actor() + ": " + comment);
    return number;
  }

  /**
   * Runs detection again on the articles with the rules in force. Flags an editor decided or added
   * stay as they are, as do the outlet repetition flags; pending flags follow the new result. An
   * article whose blocks an editor split or merged is left alone, and said so.
   */
  public List<String> rerun(List<Long> articleIds) {
    List<String> refused = new ArrayList<>();
    Analyzer analyzer = analyzers.current();
    for (Long id : articleIds) {
      Article article = em.find(Article.class, id, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
      if (article == null) {
        refused.add("Article " + id + " no longer exists.");
        continue;
      }
      if (!article.isEditable()) {
        refused.add("Article " + id + " is " + article.getState().label() + ": left as it is.");
        continue;
      }
      AnalysisResult result;
      try {
        result = analyze(analyzer, article);
      } catch (UnreadableInputException e) {
        refused.add("Article " + id + ": " + e.getMessage());
        continue;
      }
      List<Block> blocks = new ArrayList<>(article.getBlocks());
      blocks.sort(Comparator.comparingInt(Block::getPosition));
      if (!sameBlocks(blocks, result)) {
        refused.add(
            "Article "
                + id
                + ": its blocks were split or merged by an editor; re-running would undo that.");
        continue;
      }
      for (int i = 0; i < blocks.size(); i++) {
        redetect(blocks.get(i), result.blocks().get(i));
      }
      article.refreshFlagSummary();
      article.detectedWith(result.rulesVersion());
      ArticleSearch.reindexLater(em, List.of(id));
    }
    return refused;
  }

  private static void redetect(Block block, TextBlock found) {
    Map<FlagType, DetectorFlag> raised = new EnumMap<>(FlagType.class);
    for (DetectorFlag flag : found.flags()) {
      raised.putIfAbsent(flag.type(), flag);
    }
    for (Flag flag : new ArrayList<>(block.getFlags())) {
      boolean keep =
          flag.getDecision() != FlagDecision.PENDING
              || Flag.BY_EDITOR.equals(flag.getDetector())
              || RepetitionDetector.ID.equals(flag.getDetector());
      DetectorFlag again = raised.remove(flag.getType());
      if (keep) {
        continue;
      }
      if (again == null) {
        block.removeFlag(flag);
      } else {
        flag.redetected(again.confidence(), again.detector(), again.reason());
      }
    }
    for (DetectorFlag flag : raised.values()) {
      if (block.getFlags().stream().noneMatch(f -> f.getType() == flag.type())) {
        block.addDecidedFlag(
            flag.type(),
            flag.type(),
            flag.confidence(),
            flag.detector(),
            flag.reason(),
            FlagDecision.PENDING,
            null);
      }
    }
  }

  private static boolean sameBlocks(List<Block> stored, AnalysisResult result) {
    if (stored.size() != result.blocks().size()) {
      return false;
    }
    for (int i = 0; i < stored.size(); i++) {
      if (!stored.get(i).getText().equals(result.blocks().get(i).text())) {
        return false;
      }
    }
    return true;
  }

  private static AnalysisResult analyze(Analyzer analyzer, Article article) {
    ContentHint hint =
        article.getSourceFormat() == null ? ContentHint.AUTO : article.getSourceFormat();
    SourceInfo source =
        new SourceInfo(article.getUrl(), article.getOutlet(), null, article.getPublished());
    return analyzer.analyze(article.getOriginalBytes(), hint, source);
  }

  private static Set<FlagType> types(TextBlock block) {
    Set<FlagType> types = new TreeSet<>();
    block.flags().forEach(f -> types.add(f.type()));
    return types;
  }

  private static String clip(String text) {
    return text.length() <= 200 ? text : text.substring(0, 199) + "…";
  }

  private static String shippedText() {
    try (var in = RuleSet.class.getResourceAsStream(RuleSet.DEFAULT_RESOURCE)) {
      return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static int shippedNumber() {
    try {
      return Integer.parseInt(RuleSet.defaults().version());
    } catch (NumberFormatException e) {
      return 0;
    }
  }

  private String actor() {
    return context.getCallerPrincipal().getName();
  }
}
