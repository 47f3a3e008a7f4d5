package org.factdesk.article;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.LocalDate;
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
public class Article extends BaseEntity {

  public static final String COUNT_BY_STATE = "Article.countByState";
  public static final String COUNT_BY_SHA256 = "Article.countBySha256";

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

  protected Article() {}

  public Article(
      byte[] originalBytes, String contentType, String sha256, String fileName, String importedBy) {
    this.originalBytes = originalBytes.clone();
    this.contentType = contentType;
    this.sha256 = sha256;
    this.fileName = fileName;
    this.importedBy = importedBy;
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
}
