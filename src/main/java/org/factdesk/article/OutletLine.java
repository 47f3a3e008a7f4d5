package org.factdesk.article;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
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
  static final int MAX_SAMPLE = 300;

  @Column(nullable = false, length = 255)
  private String outlet;

  @Column(nullable = false, length = 32)
  private String fingerprint;

  @Column(nullable = false, length = MAX_SAMPLE)
  private String sample;

  @Column(name = "article_count", nullable = false)
  private int articleCount;

  protected OutletLine() {}

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
