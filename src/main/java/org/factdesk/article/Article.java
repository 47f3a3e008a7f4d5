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
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Collectors;
import org.factdesk.analysis.AnalysisResult;
import org.factdesk.analysis.ArticleMetadata;
import org.factdesk.analysis.ContentHint;
import org.factdesk.platform.BaseEntity;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * One imported article. Its original bytes are kept exactly as received, whatever is done to its
 * text later; they are loaded only when asked for.
 */
@Entity
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

  @Column(name = "content_hash", length = 64)
  private String contentHash;

  private Long simhash;

  @Basic(fetch = FetchType.LAZY)
  @JdbcTypeCode(SqlTypes.VARBINARY)
  private byte[] minhash;

  @Column(name = "rules_version", length = 32)
  private String rulesVersion;

  @jakarta.persistence.ManyToOne(fetch = FetchType.LAZY)
  @jakarta.persistence.JoinColumn(name = "batch_id")
  private ImportBatch batch;

  @OneToMany(mappedBy = "article", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("position")
  private List<Block> blocks = new ArrayList<>();

  @OneToMany(mappedBy = "article", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("id")
  private List<ClaimCandidate> claimCandidates = new ArrayList<>();

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
    this.title = blankToNull(title);
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
    for (org.factdesk.analysis.Block found : result.blocks()) {
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
