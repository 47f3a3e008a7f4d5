package org.factdesk.article;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.List;
import org.factdesk.platform.BaseEntity;

/**
 * A sentence the engine found worth checking, with its score and typed spans. Offsets are within
 * the block's text. Fact-checkers turn candidates into claims in a later step. Written by {@link
 * AnalysisRows} when the article is imported.
 */
@Entity
@Table(name = "claim_candidate")
public class ClaimCandidate extends BaseEntity {

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "article_id")
  private Article article;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "block_id")
  private Block block;

  @Column(nullable = false, length = 100_000)
  private String sentence;

  @Column(name = "start_offset", nullable = false)
  private int startOffset;

  @Column(name = "end_offset", nullable = false)
  private int endOffset;

  @Column(nullable = false)
  private double score;

  /** The typed spans, in the form {@link ClaimSpan#encode} writes; null for none. */
  @Column(length = 1_000_000)
  private String spans;

  protected ClaimCandidate() {}

  /** The text it was found in now sits in another block, at other offsets (split or merge). */
  public void movedTo(Block next, int shift) {
    this.block = next;
    this.startOffset += shift;
    this.endOffset += shift;
  }

  public Block getBlock() {
    return block;
  }

  public String getSentence() {
    return sentence;
  }

  public int getStartOffset() {
    return startOffset;
  }

  public int getEndOffset() {
    return endOffset;
  }

  public double getScore() {
    return score;
  }

  public List<ClaimSpan> getSpans() {
    return ClaimSpan.decode(spans);
  }
}
