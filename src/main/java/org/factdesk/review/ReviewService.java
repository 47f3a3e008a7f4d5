package org.factdesk.review;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotNull;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.factdesk.analysis.BlockKind;
import org.factdesk.analysis.FlagType;
import org.factdesk.analysis.detect.LineFingerprint;
import org.factdesk.article.Article;
import org.factdesk.article.ArticleMoves;
import org.factdesk.article.ArticleSearch;
import org.factdesk.article.ArticleTransition;
import org.factdesk.article.Block;
import org.factdesk.article.ClaimCandidate;
import org.factdesk.article.Flag;
import org.factdesk.article.FlagDecision;
import org.factdesk.article.LineVerdict;
import org.factdesk.article.OutletLine;
import org.factdesk.identity.Role;
import org.factdesk.review.ReviewDraft.DraftBlock;
import org.factdesk.review.ReviewDraft.DraftFlag;
import org.factdesk.review.ReviewDraft.Segment;

/**
 * Writes an editor's review of an article: the draft's blocks and flags, its metadata, and the
 * moves that start and end a review (made by {@link ArticleMoves}). A save is refused when someone
 * else saved the article after the draft was opened: never a silent overwrite.
 */
@Stateless
@RolesAllowed({Role.EDITOR_NAME, Role.ADMIN_NAME})
public class ReviewService {

  /** Added to every position before blocks are renumbered, so no two ever share one. */
  private static final int PARKED = 1_000_000;

  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("HH:mm 'UTC'").withZone(ZoneOffset.UTC);

  @PersistenceContext private EntityManager em;

  @Resource private SessionContext context;

  @Inject private Validator validator;

  @EJB private ArticleMoves moves;

  /** The article's blocks and flags as a draft, at the article's current version. */
  public ReviewDraft open(long articleId) {
    return draftOf(find(articleId));
  }

  /** The metadata form, filled from the article. */
  public ArticleMetadataForm metadata(long articleId) {
    Article article = find(articleId);
    ArticleMetadataForm form = new ArticleMetadataForm();
    form.setTitle(article.getTitle());
    form.setOutlet(article.getOutlet());
    form.setPublished(article.getPublished());
    form.setUrl(article.getUrl());
    form.setAuthor(article.getAuthor());
    form.setLanguage(article.getLanguage());
    return form;
  }

  /** Saves the draft and the metadata; returns the draft as now stored. */
  public ReviewDraft save(
      @NotNull(message = "Nothing to save.") ReviewDraft draft,
      @NotNull(message = "The metadata is missing.") ArticleMetadataForm metadata) {
    Article article = write(draft, metadata);
    em.flush();
    return draftOf(article);
  }

  /**
   * Saves, then ends the review: on to fact-checking when the article has claim candidates, else
   * ready. Every flag must be decided.
   */
  public ArticleTransition finish(
      @NotNull(message = "Nothing to save.") ReviewDraft draft,
      @NotNull(message = "The metadata is missing.") ArticleMetadataForm metadata) {
    Article article = write(draft, metadata);
    ArticleTransition transition = moves.move(article.getId(), Article::finishReview).orElseThrow();
    em.flush();
    return transition;
  }

  /** Starts the review of imported articles; returns why any could not start. */
  public List<String> startReview(@NotNull List<Long> articleIds) {
    return moves.moveEach(articleIds, Article::startReview);
  }

  /** Rejects articles with one reason; returns why any could not be rejected. */
  public List<String> reject(@NotNull List<Long> articleIds, String reason) {
    if (reason == null || reason.isBlank()) {
      throw new ReviewException("Say why the articles are rejected.");
    }
    return moves.rejectEach(articleIds, reason);
  }

  private Article write(ReviewDraft draft, ArticleMetadataForm metadata) {
    // Checked here rather than by @Valid, so every caller gets the field's own message.
    Set<ConstraintViolation<ArticleMetadataForm>> problems = validator.validate(metadata);
    if (!problems.isEmpty()) {
      throw new ReviewException(
          problems.stream()
              .map(ConstraintViolation::getMessage)
              .sorted()
              .collect(java.util.stream.Collectors.joining(" ")));
    }
    // Locked first, so that of two editors saving at once the second waits, then sees the first.
    Article article = em.find(Article.class, draft.articleId(), LockModeType.PESSIMISTIC_WRITE);
    if (article == null) {
      throw new ReviewException("There is no article " + draft.articleId() + ".");
    }
    if (article.getVersion() != draft.version()) {
      throw new ReviewConflictException(
          (article.getEditedBy() == null ? "Someone" : article.getEditedBy())
              + " changed this article at "
              + TIME.format(article.getModifiedAt())
              + ", after you opened it. Nothing of yours was saved: reload to see the article"
              + " as it is now.");
    }
    em.lock(article, LockModeType.PESSIMISTIC_FORCE_INCREMENT);
    article.editedBy(actor()).ifPresent(em::persist);
    article.describe(
        metadata.getTitle(),
        metadata.getOutlet(),
        metadata.getUrl(),
        metadata.getPublished(),
        metadata.getLanguage());
    article.describeAuthor(metadata.getAuthor());

    boolean reshaped = !sameShape(draft);
    if (reshaped) {
      // Before the blocks are loaded: the loaded ones then already sit out of the way.
      em.createNativeQuery(
              "update block set position = position + " + PARKED + " where article_id = ?1")
          .setParameter(1, article.getId())
          .executeUpdate();
    }
    Map<Long, Block> stored = new HashMap<>();
    Map<Long, Flag> storedFlags = new HashMap<>();
    for (Block block : article.getBlocks()) {
      stored.put(block.getId(), block);
      block.getFlags().forEach(flag -> storedFlags.put(flag.getId(), flag));
    }

    List<Block> targets = new ArrayList<>();
    Set<Long> keptBlocks = new HashSet<>();
    List<DraftBlock> blocks = draft.blocks();
    for (int position = 0; position < blocks.size(); position++) {
      DraftBlock wanted = blocks.get(position);
      Block block;
      if (wanted.id() == null) {
        block =
            article.addBlock(
                position,
                BlockKind.valueOf(wanted.kind()),
                wanted.text(),
                wanted.start(),
                wanted.end());
      } else {
        block = stored.get(wanted.id());
        if (block == null) {
          throw changedMeanwhile(article);
        }
        if (reshaped) {
          block.reshape(position, wanted.text(), wanted.start(), wanted.end());
        }
        keptBlocks.add(wanted.id());
      }
      targets.add(block);
    }

    List<Runnable> events = new ArrayList<>();
    Set<Long> keptFlags = new HashSet<>();
    for (int position = 0; position < blocks.size(); position++) {
      Block block = targets.get(position);
      for (DraftFlag wanted : blocks.get(position).flags()) {
        if (wanted.id() == null) {
          Flag added =
              block.addDecidedFlag(
                  wanted.type(),
                  wanted.originalType(),
                  wanted.confidence(),
                  wanted.detector(),
                  wanted.reason(),
                  wanted.decision(),
                  actor());
          events.add(
              () ->
                  record(
                      article,
                      added,
                      FlagEvent.Action.ADDED,
                      null,
                      null,
                      added.getType(),
                      added.getDecision()));
          events.add(() -> learn(article, block, added));
          continue;
        }
        Flag flag = storedFlags.get(wanted.id());
        if (flag == null) {
          throw changedMeanwhile(article);
        }
        keptFlags.add(wanted.id());
        block.adopt(flag);
        FlagType typeBefore = flag.getType();
        FlagDecision decisionBefore = flag.getDecision();
        if (typeBefore != wanted.type() || decisionBefore != wanted.decision()) {
          flag.retype(wanted.type());
          flag.decide(wanted.decision(), actor());
          events.add(
              () ->
                  record(
                      article,
                      flag,
                      FlagEvent.Action.CHANGED,
                      typeBefore,
                      decisionBefore,
                      flag.getType(),
                      flag.getDecision()));
          events.add(() -> learn(article, block, flag));
        }
      }
    }
    for (Flag flag : storedFlags.values()) {
      if (!keptFlags.contains(flag.getId())) {
        events.add(
            () ->
                record(
                    article,
                    flag,
                    FlagEvent.Action.REMOVED,
                    flag.getType(),
                    flag.getDecision(),
                    null,
                    null));
        flag.getBlock().removeFlag(flag);
      }
    }
    if (reshaped) {
      moveClaims(article, blocks, targets);
    }
    for (Block block : stored.values()) {
      if (!keptBlocks.contains(block.getId())) {
        article.removeBlock(block);
      }
    }
    article.refreshFlagSummary();
    em.flush();
    events.forEach(Runnable::run);
    article.forgetSearchText();
    ArticleSearch.reindexLater(em, List.of(article.getId()));
    return article;
  }

  /** Whether the draft holds the stored blocks, in their order, with their text. */
  private static boolean sameShape(ReviewDraft draft) {
    List<DraftBlock> opened = draft.opened();
    List<DraftBlock> now = draft.blocks();
    if (opened.size() != now.size()) {
      return false;
    }
    for (int i = 0; i < now.size(); i++) {
      if (now.get(i).id() == null
          || !now.get(i).id().equals(opened.get(i).id())
          || !now.get(i).text().equals(opened.get(i).text())) {
        return false;
      }
    }
    return true;
  }

  /** Claim candidates follow the text they were found in to its new block and offset. */
  private void moveClaims(Article article, List<DraftBlock> blocks, List<Block> targets) {
    for (ClaimCandidate claim : article.getClaimCandidates()) {
      long source = claim.getBlock().getId();
      for (int position = 0; position < blocks.size(); position++) {
        Segment holding = holding(blocks.get(position).segments(), source, claim.getStartOffset());
        if (holding != null) {
          claim.movedTo(targets.get(position), holding.at() - holding.from());
          break;
        }
      }
    }
  }

  private static Segment holding(List<Segment> segments, long blockId, int offset) {
    for (Segment segment : segments) {
      if (segment.blockId() == blockId && segment.from() <= offset && offset < segment.to()) {
        return segment;
      }
    }
    return null;
  }

  /**
   * Site chrome and related links accepted on a short line teach the outlet that the line is its
   * boilerplate; rejected, that it is not. The next import from the outlet uses it.
   */
  private void learn(Article article, Block block, Flag flag) {
    if (article.getOutlet() == null
        || block.getText().length() > OutletLine.MAX_SAMPLE
        || flag.getDecision() == FlagDecision.PENDING
        || (flag.getType() != FlagType.SITE_CHROME && flag.getType() != FlagType.RELATED_LINKS)) {
      return;
    }
    String fingerprint = LineFingerprint.of(block.getText());
    OutletLine line =
        em.createNamedQuery(OutletLine.FOR_LINES, OutletLine.class)
            .setParameter("outlet", article.getOutlet())
            .setParameter("fingerprints", List.of(fingerprint))
            .getResultStream()
            .findFirst()
            .orElseGet(
                () -> {
                  OutletLine created =
                      new OutletLine(article.getOutlet(), fingerprint, block.getText());
                  em.persist(created);
                  return created;
                });
    line.judge(
        flag.getDecision() == FlagDecision.ACCEPTED ? LineVerdict.CONFIRMED : LineVerdict.DENIED,
        actor());
  }

  private void record(
      Article article,
      Flag flag,
      FlagEvent.Action action,
      FlagType typeBefore,
      FlagDecision decisionBefore,
      FlagType typeAfter,
      FlagDecision decisionAfter) {
    em.persist(
        new FlagEvent(
            article,
            flag.getId(),
            flag.getBlock().getText(),
            flag.getDetector(),
            action,
            typeBefore,
            decisionBefore,
            typeAfter,
            decisionAfter,
            actor()));
  }

  private ReviewConflictException changedMeanwhile(Article article) {
    return new ReviewConflictException(
        "The article's blocks changed since you opened it. Nothing of yours was saved: reload"
            + " to see article "
            + article.getId()
            + " as it is now.");
  }

  private Article find(long id) {
    Article article = em.find(Article.class, id);
    if (article == null) {
      throw new ReviewException("There is no article " + id + ".");
    }
    return article;
  }

  private String actor() {
    return context.getCallerPrincipal().getName();
  }

  static ReviewDraft draftOf(Article article) {
    List<DraftBlock> blocks = new ArrayList<>();
    List<Block> ordered = new ArrayList<>(article.getBlocks());
    // After a split the new block sits at the end of the loaded list, not at its position.
    ordered.sort(java.util.Comparator.comparingInt(Block::getPosition));
    for (Block block : ordered) {
      List<DraftFlag> flags = new ArrayList<>();
      for (Flag flag : block.getFlags()) {
        flags.add(
            new DraftFlag(
                flag.getId(),
                flag.getType(),
                flag.getOriginalType(),
                flag.getConfidence(),
                flag.getDetector(),
                flag.getReason(),
                flag.getDecision()));
      }
      blocks.add(
          DraftBlock.stored(
              block.getId(),
              block.getKind().name(),
              block.getText(),
              block.getStartOffset(),
              block.getEndOffset(),
              flags));
    }
    return new ReviewDraft(article.getId(), article.getVersion(), blocks);
  }
}
