package org.factdesk.article;

import jakarta.persistence.Basic;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.factdesk.analysis.AnalysisResult;
import org.factdesk.analysis.ArticleMetadata;
import org.factdesk.analysis.BlockKind;
import org.factdesk.analysis.ContentHint;
import org.factdesk.analysis.DetectorFlag;
import org.factdesk.analysis.FlagType;
import org.factdesk.analysis.TextBlock;
import org.factdesk.platform.BaseEntity;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import org.hibernate.envers.RelationTargetAuditMode;
import org.hibernate.type.SqlTypes;

/**
 * One imported article. Its original bytes are kept exactly as received, whatever is done to its
 * text later; they are loaded only when asked for.
 */
@Entity
@Audited
@Table(name = "article")
@NamedQuery(
    name = Article.COUNT_BY_STATE,
    query = "select a.state, count(a) from Article a group by a.state")
@NamedQuery(
    name = Article.COUNT_BY_SHA256,
    query = "select count(a) from Article a where a.sha256 = :sha256")
@NamedQuery(
    name = Article.BY_CONTENT_HASH,
    query = "select a from Article a where a.contentHash = :hash order by a.id")
public class Article extends BaseEntity {

  public static final String COUNT_BY_STATE = "Article.countByState";
  public static final String COUNT_BY_SHA256 = "Article.countBySha256";
  public static final String BY_CONTENT_HASH = "Article.byContentHash";

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 32)
  private ArticleState state = ArticleState.IMPORTED;

  @Column(length = 1000)
  private String title;

  /** The title lower-cased and cut to 200 characters: what the list sorts titles by. */
  @NotAudited
  @Column(name = "title_key", length = 200)
  private String titleKey;

  @Column(length = 255)
  private String outlet;

  @Column(length = 2048)
  private String url;

  private LocalDate published;

  @Column(length = 16)
  private String language;

  @Column(name = "file_name", length = 512)
  private String fileName;

  @Column(name = "content_type", nullable = false, length = 128)
  private String contentType;

  @Column(nullable = false, length = 64)
  private String sha256;

  @NotAudited
  @Basic(fetch = FetchType.LAZY)
  @JdbcTypeCode(SqlTypes.VARBINARY)
  @Column(name = "original_bytes", nullable = false)
  private byte[] originalBytes;

  @Column(name = "imported_by", nullable = false, length = 64)
  private String importedBy;

  @Column(length = 255)
  private String author;

  @Enumerated(EnumType.STRING)
  @Column(name = "source_format", length = 8)
  private ContentHint sourceFormat;

  @Column(length = 32)
  private String charset;

  @NotAudited
  @Column(name = "content_hash", length = 64)
  private String contentHash;

  /** When a web archive captured the page (its record's WARC-Date); null for other imports. */
  @NotAudited
  @Column(name = "captured_at")
  private Instant capturedAt;

  @NotAudited private Long simhash;

  @NotAudited
  @Basic(fetch = FetchType.LAZY)
  @JdbcTypeCode(SqlTypes.VARBINARY)
  private byte[] minhash;

  @Column(name = "rules_version", length = 32)
  private String rulesVersion;

  @jakarta.persistence.ManyToOne(fetch = FetchType.LAZY)
  @jakarta.persistence.JoinColumn(name = "batch_id")
  @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
  private ImportBatch batch;

  @NotAudited
  @Column(name = "pending_flags", nullable = false)
  private int pendingFlags;

  /** The types of flags not rejected, as " AI_DISCLAIMER PROMOTIONAL ": a filter in the list. */
  @NotAudited
  @Column(name = "flag_types", nullable = false, length = 400)
  private String flagTypes = " ";

  @NotAudited
  @Column(name = "duplicate_count", nullable = false)
  private int duplicateCount;

  @Column(name = "edited_by", length = 64)
  private String editedBy;

  @Column(name = "reviewed_by", length = 64)
  private String reviewedBy;

  @Column(name = "reviewed_at")
  private Instant reviewedAt;

  @Column(name = "approved_by", length = 64)
  private String approvedBy;

  @Column(name = "approved_at")
  private Instant approvedAt;

  @NotAudited
  @OneToMany(mappedBy = "article", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("position")
  private List<Block> blocks = new ArrayList<>();

  @NotAudited
  @OneToMany(mappedBy = "article", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("id")
  private List<ClaimCandidate> claimCandidates = new ArrayList<>();

  /**
   * The text the search index holds, set while the article is imported; read from the blocks when
   * the index is rebuilt or the article changes later.
   */
  @jakarta.persistence.Transient private String searchText;

  protected Article() {}

  public Article(
      byte[] originalBytes, String contentType, String sha256, String fileName, String importedBy) {
    this.originalBytes = originalBytes.clone();
    this.contentType = contentType;
    this.sha256 = sha256;
    this.fileName = fileName;
    this.importedBy = importedBy;
  }

  void belongsTo(ImportBatch batch) {
    this.batch = batch;
  }

  /** Fills in what is known about the article's origin; blank values leave a field empty. */
  public void describe(
      String title, String outlet, String url, LocalDate published, String language) {
    this.title = clip(blankToNull(title), 1000);
    this.titleKey = this.title == null ? null : clip(this.title.toLowerCase(Locale.ROOT), 200);
    this.outlet = blankToNull(outlet);
    this.url = blankToNull(url);
    this.published = published;
    this.language = blankToNull(language);
  }

  /**
   * Takes in what the engine found about the article itself: metadata and fingerprints. Refuses a
   * block longer than the database holds, naming its line. The blocks with their flags and the
   * claim candidates are written by {@link AnalysisRows} once the article is stored.
   */
  void recordAnalysis(AnalysisResult result) {
    ArticleMetadata meta = result.metadata();
    describe(meta.title(), meta.outlet(), meta.url(), meta.published(), meta.language());
    this.author = clip(blankToNull(meta.author()), 255);
    this.sourceFormat = result.format();
    this.charset = result.charset();
    this.contentHash = result.contentHash();
    this.simhash = result.simHash();
    this.minhash = result.minHash().toBytes();
    this.rulesVersion = clip(result.rulesVersion(), 32);
    this.title = clip(title, 1000);
    this.outlet = clip(outlet, 255);
    this.url = clip(url, 2048);
    this.language = clip(language, 16);
    for (TextBlock found : result.blocks()) {
      if (found.text().length() > Block.MAX_TEXT) {
        throw new ImportException(
            "block "
                + (found.index() + 1)
                + " is "
                + found.text().length()
                + " characters long; a block may hold at most "
                + Block.MAX_TEXT);
      }
    }
    summarize(result);
  }

  /**
   * What the list filters on and the search index holds, from the engine's result: the blocks are
   * written without entities ({@link AnalysisRows}), and every flag is pending.
   */
  private void summarize(AnalysisResult result) {
    int pending = 0;
    java.util.EnumSet<FlagType> types = java.util.EnumSet.noneOf(FlagType.class);
    StringBuilder text = new StringBuilder();
    for (TextBlock block : result.blocks()) {
      for (DetectorFlag flag : block.flags()) {
        pending++;
        types.add(flag.type());
      }
      text.append(block.text()).append('\n');
    }
    this.pendingFlags = pending;
    this.flagTypes = joined(types);
    this.searchText = text.toString();
  }

  private static String joined(java.util.Set<FlagType> types) {
    StringBuilder joined = new StringBuilder(" ");
    types.forEach(type -> joined.append(type.name()).append(' '));
    return joined.toString();
  }

  /** Recounts what the list filters on from the flags: pending ones and the types present. */
  public void refreshFlagSummary() {
    int pending = 0;
    java.util.EnumSet<FlagType> types = java.util.EnumSet.noneOf(FlagType.class);
    for (Block block : blocks) {
      for (Flag flag : block.getFlags()) {
        if (flag.getDecision() == FlagDecision.PENDING) {
          pending++;
        }
        if (flag.getDecision() != FlagDecision.REJECTED) {
          types.add(flag.getType());
        }
      }
    }
    this.pendingFlags = pending;
    this.flagTypes = joined(types);
  }

  /** Detection ran again with another rule set. */
  public void detectedWith(String nextRulesVersion) {
    this.rulesVersion = clip(nextRulesVersion, 32);
  }

  /** Another article repeats this one, or this one repeats another. */
  void countDuplicate() {
    duplicateCount++;
  }

  /** Whether editors may still change the blocks, flags and metadata. */
  public boolean isEditable() {
    return state.isEditable();
  }

  /** An editor saved a review step: the article is in review from now on. */
  public Optional<ArticleTransition> editedBy(String editor) {
    if (!isEditable()) {
      throw new ArticleStateException(standing(false) + ": it can no longer be changed.");
    }
    this.editedBy = editor;
    return state == ArticleState.IMPORTED
        ? Optional.of(moveTo(ArticleState.IN_REVIEW, editor, null))
        : Optional.empty();
  }

  /** Starts the review of an imported article. */
  public ArticleTransition startReview(String editor) {
    if (state != ArticleState.IMPORTED) {
      throw new ArticleStateException(
          standing(true) + "; only imported articles can start a review.");
    }
    return moveTo(ArticleState.IN_REVIEW, editor, null);
  }

  /**
   * Ends the review: on to fact-checking when the article has claim candidates, else ready. Every
   * flag must be decided first.
   */
  public ArticleTransition finishReview(String editor) {
    if (state != ArticleState.IMPORTED && state != ArticleState.IN_REVIEW) {
      throw new ArticleStateException(
          standing(false) + "; only an article in review can finish its review.");
    }
    if (pendingFlags > 0) {
      throw new ArticleStateException(
          pendingFlags == 1
              ? "1 flag still waits for a decision; accept or reject it first."
              : pendingFlags + " flags still wait for a decision; accept or reject them first.");
    }
    this.reviewedBy = editor;
    this.reviewedAt = Instant.now();
    this.editedBy = editor;
    return moveTo(
        claimCandidates.isEmpty() ? ArticleState.READY : ArticleState.IN_FACT_CHECK, editor, null);
  }

  /**
   * Ends the fact-check: on to ready once every confirmed claim has a verdict or was dismissed with
   * a reason.
   *
   * @param waiting confirmed claims still without a verdict
   */
  public ArticleTransition finishFactCheck(String actor, long waiting) {
    Optional<String> refusal = whyFactCheckCannotFinish(waiting);
    if (refusal.isPresent()) {
      throw new ArticleStateException(refusal.get());
    }
    return moveTo(ArticleState.READY, actor, null);
  }

  /**
   * Why the fact-check cannot finish now, or empty when it can.
   *
   * @param waiting confirmed claims still without a verdict
   */
  public Optional<String> whyFactCheckCannotFinish(long waiting) {
    if (state != ArticleState.IN_FACT_CHECK) {
      return Optional.of(
          standing(false) + "; only an article in fact-check can finish its fact-check.");
    }
    if (waiting > 0) {
      return Optional.of(
          (waiting == 1
                  ? "1 confirmed claim still waits for a verdict"
                  : waiting + " confirmed claims still wait for a verdict")
              + "; give each a verdict or dismiss it with a reason first.");
    }
    return Optional.empty();
  }

  /**
   * Approves a ready article for datasets. Nothing may wait: no pending flag, no confirmed claim
   * without a verdict. Under the four-eyes rule the editor who finished the review cannot approve.
   *
   * @param waitingClaims confirmed claims still without a verdict
   */
  public ArticleTransition approve(String approver, long waitingClaims, boolean fourEyes) {
    if (!state.isApprovable()) {
      throw new ArticleStateException(standing(false) + "; only a ready article can be approved.");
    }
    if (pendingFlags > 0) {
      throw new ArticleStateException(
          "Article " + getId() + " has " + pendingFlags + " undecided flags; review them first.");
    }
    if (waitingClaims > 0) {
      throw new ArticleStateException(
          "Article "
              + getId()
              + " has "
              + waitingClaims
              + " confirmed claims without a verdict; check or dismiss them first.");
    }
    if (fourEyes && approver.equals(reviewedBy)) {
      throw new ArticleStateException(
          "Four-eyes rule: "
              + approver
              + " finished the review of article "
              + getId()
              + ", so another editor approves it.");
    }
    this.approvedBy = approver;
    this.approvedAt = Instant.now();
    return moveTo(ArticleState.APPROVED, approver, null);
  }

  /** Takes an approved or rejected article back to review, with the reason why. */
  public ArticleTransition reopen(String editor, String reason) {
    if (state.isEditable()) {
      throw new ArticleStateException(
          standing(false) + "; only approved or rejected articles are reopened.");
    }
    if (reason == null || reason.isBlank()) {
      throw new ArticleStateException("Say why article " + getId() + " is reopened.");
    }
    this.approvedBy = null;
    this.approvedAt = null;
    return moveTo(ArticleState.IN_REVIEW, editor, reason.strip());
  }

  /** Takes the article out of the way to a dataset, with the reason why. */
  public ArticleTransition reject(String editor, String reason) {
    if (reason == null || reason.isBlank()) {
      throw new ArticleStateException("Say why the article is rejected.");
    }
    if (!state.isEditable()) {
      throw new ArticleStateException(standing(true) + ".");
    }
    return moveTo(ArticleState.REJECTED, editor, reason.strip());
  }

  /** "Article 12 is in review", or "is already in review". */
  private String standing(boolean already) {
    return "Article "
        + getId()
        + (already ? " is already " : " is ")
        + state.label().toLowerCase(java.util.Locale.ROOT);
  }

  private ArticleTransition moveTo(ArticleState next, String actor, String reason) {
    ArticleTransition transition = new ArticleTransition(this, state, next, actor, reason);
    this.state = next;
    return transition;
  }

  private static String clip(String value, int max) {
    return value == null || value.length() <= max ? value : value.substring(0, max);
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }

  public ArticleState getState() {
    return state;
  }

  public String getTitle() {
    return title;
  }

  public String getOutlet() {
    return outlet;
  }

  public String getUrl() {
    return url;
  }

  public LocalDate getPublished() {
    return published;
  }

  public String getLanguage() {
    return language;
  }

  public String getFileName() {
    return fileName;
  }

  public String getContentType() {
    return contentType;
  }

  public String getSha256() {
    return sha256;
  }

  public byte[] getOriginalBytes() {
    return originalBytes.clone();
  }

  public String getImportedBy() {
    return importedBy;
  }

  public String getAuthor() {
    return author;
  }

  public ContentHint getSourceFormat() {
    return sourceFormat;
  }

  public String getCharset() {
    return charset;
  }

  public String getContentHash() {
    return contentHash;
  }

  public Long getSimhash() {
    return simhash;
  }

  public String getRulesVersion() {
    return rulesVersion;
  }

  public int getPendingFlags() {
    return pendingFlags;
  }

  public String getFlagTypes() {
    return flagTypes;
  }

  public int getDuplicateCount() {
    return duplicateCount;
  }

  public String getEditedBy() {
    return editedBy;
  }

  public String getApprovedBy() {
    return approvedBy;
  }

  public Instant getApprovedAt() {
    return approvedAt;
  }

  public Instant getCapturedAt() {
    return capturedAt;
  }

  /** Records when a web archive captured the page; set once, at import. */
  void capturedAt(Instant at) {
    this.capturedAt = at;
  }

  public String getReviewedBy() {
    return reviewedBy;
  }

  public Instant getReviewedAt() {
    return reviewedAt;
  }

  /** The import batch it came in with, if any, without loading the batch. */
  public Long getBatchId() {
    return batch == null ? null : batch.getId();
  }

  /** Fills in the author too; blank leaves it empty. */
  public void describeAuthor(String author) {
    this.author = blankToNull(author);
  }

  /** Adds a block made by splitting another, at the given position. */
  public Block addBlock(int position, BlockKind kind, String text, int start, int end) {
    Block block = new Block(this, position, kind, text, start, end);
    blocks.add(block);
    return block;
  }

  /** Removes a block merged into another; its flags go with it. */
  public void removeBlock(Block block) {
    blocks.remove(block);
  }

  /** All block text, for the full-text index. */
  public String getSearchText() {
    if (searchText == null) {
      searchText = blocks.stream().map(Block::getText).collect(Collectors.joining("\n"));
    }
    return searchText;
  }

  /** The blocks' text changed (a split or merge): the index reads it again. */
  public void forgetSearchText() {
    searchText = null;
  }

  public List<Block> getBlocks() {
    return Collections.unmodifiableList(blocks);
  }

  public List<ClaimCandidate> getClaimCandidates() {
    return Collections.unmodifiableList(claimCandidates);
  }

  /** The blocks that no accepted or pending flag takes out, joined by blank lines. */
  public String cleanText() {
    return blocks.stream()
        .filter(block -> !block.isRemoved())
        .map(Block::getText)
        .collect(Collectors.joining("\n\n"));
  }
}
