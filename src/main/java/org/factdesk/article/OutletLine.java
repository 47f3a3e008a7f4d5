package org.factdesk.article;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import org.factdesk.platform.BaseEntity;

/**
 * A line seen in articles of one outlet, and in how many: lines that recur across an outlet's
 * articles are that outlet's boilerplate (the repetition detector reads these counts). Imports
 * write these rows with {@link AnalysisRows#countLines}.
 */
@Entity
@Table(name = "outlet_line")
@NamedQuery(
    name = OutletLine.FOR_LINES,
    query =
        "select l from OutletLine l where l.outlet = :outlet and l.fingerprint in :fingerprints")
public class OutletLine extends BaseEntity {

  public static final String FOR_LINES = "OutletLine.forLines";
  public static final int MAX_SAMPLE = 300;

  @Column(nullable = false, length = 255)
  private String outlet;

  @Column(nullable = false, length = 32)
  private String fingerprint;

  @Column(nullable = false, length = MAX_SAMPLE)
  private String sample;

  @Column(name = "article_count", nullable = false)
  private int articleCount;

  /** An editor's word on the line, which outweighs how often it was seen. */
  @Enumerated(EnumType.STRING)
  @Column(name = "editor_verdict", length = 16)
  private LineVerdict editorVerdict;

  @Column(name = "verdict_by", length = 64)
  private String verdictBy;

  protected OutletLine() {}

  public OutletLine(String outlet, String fingerprint, String sample) {
    this.outlet = outlet;
    this.fingerprint = fingerprint;
    this.sample = clipSample(sample);
  }

  /**
   * Whether the next import treats the line as the outlet's boilerplate: an editor confirmed it, or
   * it was seen often enough and no editor denied it.
   */
  public boolean isBoilerplate(int minArticles) {
    return isBoilerplate(articleCount, editorVerdict, minArticles);
  }

  static boolean isBoilerplate(int articleCount, LineVerdict verdict, int minArticles) {
    if (verdict != null) {
      return verdict == LineVerdict.CONFIRMED;
    }
    return articleCount >= minArticles;
  }

  /** An editor decided a flag on this line: it is, or is not, the outlet's boilerplate. */
  public void judge(LineVerdict verdict, String editor) {
    this.editorVerdict = verdict;
    this.verdictBy = editor;
  }

  public LineVerdict getEditorVerdict() {
    return editorVerdict;
  }

  public String getVerdictBy() {
    return verdictBy;
  }

  void seenInOneMoreArticle() {
    articleCount++;
  }

  /** The sample as the column holds it. */
  static String clipSample(String sample) {
    return sample.length() > MAX_SAMPLE ? sample.substring(0, MAX_SAMPLE) : sample;
  }

  public String getOutlet() {
    return outlet;
  }

  public String getFingerprint() {
    return fingerprint;
  }

  public String getSample() {
    return sample;
  }

  public int getArticleCount() {
    return articleCount;
  }
}
