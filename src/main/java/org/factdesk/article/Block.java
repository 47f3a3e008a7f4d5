package org.factdesk.article;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.factdesk.analysis.BlockKind;
import org.factdesk.analysis.FlagType;
import org.factdesk.platform.BaseEntity;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;

/**
 * One line-level unit of an article's text, with the flags that say it may not be article. Written
 * by {@link AnalysisRows} when the article is imported.
 */
@Entity
@Audited
@Table(name = "block")
public class Block extends BaseEntity {

  /** Longest block text the database holds; longer lines are refused at import. */
  public static final int MAX_TEXT = 1_000_000;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "article_id")
  private Article article;

  @Column(nullable = false)
  private int position;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private BlockKind kind;

  @Column(nullable = false, length = MAX_TEXT)
  private String text;

  @Column(name = "start_offset", nullable = false)
  private int startOffset;

  @Column(name = "end_offset", nullable = false)
  private int endOffset;

  @NotAudited
  @OneToMany(mappedBy = "block", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("type")
  private List<Flag> flags = new ArrayList<>();

  protected Block() {}

  Block(
      Article article, int position, BlockKind kind, String text, int startOffset, int endOffset) {
    this.article = article;
    this.position = position;
    this.kind = kind;
    this.text = text;
    this.startOffset = startOffset;
    this.endOffset = endOffset;
  }

  /** Adds a flag an editor decided, or a copy of a detector's flag made by a split. */
  public Flag addDecidedFlag(
      FlagType type,
      FlagType originalType,
      double confidence,
      String detector,
      String reason,
      FlagDecision decision,
      String actor) {
    Flag flag = new Flag(this, originalType, confidence, detector, reason);
    flag.retype(type);
    if (decision != FlagDecision.PENDING) {
      flag.decide(decision, actor);
    }
    flags.add(flag);
    return flag;
  }

  /** Takes a flag from the block it was on (a merge). */
  public void adopt(Flag flag) {
    if (flag.getBlock() != this) {
      flag.getBlock().flags.remove(flag);
      flag.movedTo(this);
      flags.add(flag);
    }
  }

  public void removeFlag(Flag flag) {
    flags.remove(flag);
  }

  /** Where the block now sits and what it holds, after a split or merge. */
  public void reshape(int position, String text, int startOffset, int endOffset) {
    if (text.length() > MAX_TEXT) {
      throw new IllegalArgumentException("a block may hold at most " + MAX_TEXT + " characters");
    }
    this.position = position;
    this.text = text;
    this.startOffset = startOffset;
    this.endOffset = endOffset;
  }

  public Article getArticle() {
    return article;
  }

  public int getPosition() {
    return position;
  }

  public BlockKind getKind() {
    return kind;
  }

  public String getText() {
    return text;
  }

  public int getStartOffset() {
    return startOffset;
  }

  public int getEndOffset() {
    return endOffset;
  }

  public List<Flag> getFlags() {
    return Collections.unmodifiableList(flags);
  }

  public boolean isFlagged() {
    return !flags.isEmpty();
  }

  /** Out of the clean text: some flag on it is accepted, or still waits for a decision. */
  public boolean isRemoved() {
    return flags.stream().anyMatch(flag -> flag.getDecision() != FlagDecision.REJECTED);
  }
}
