package org.factdesk.review;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import org.factdesk.analysis.FlagType;
import org.factdesk.article.Article;
import org.factdesk.article.FlagDecision;
import org.factdesk.platform.BaseEntity;

/**
 * One editor's step on one flag: who, when (created at), and the flag's type and decision before
 * and after. Flags keep only their latest decision; this keeps every one.
 */
@Entity
@Table(name = "flag_event")
@NamedQuery(
    name = FlagEvent.OF_ARTICLE,
    query = "select e from FlagEvent e where e.article.id = :article order by e.id desc")
public class FlagEvent extends BaseEntity {

  public static final String OF_ARTICLE = "FlagEvent.ofArticle";
  private static final int MAX_TEXT = 300;

  /** What happened to the flag. */
  public enum Action {
    ADDED,
    CHANGED,
    REMOVED
  }

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "article_id")
  private Article article;

  @Column(name = "flag_id")
  private Long flagId;

  @Column(name = "block_text", nullable = false, length = MAX_TEXT)
  private String blockText;

  @Column(nullable = false, length = 64)
  private String detector;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private Action action;

  @Enumerated(EnumType.STRING)
  @Column(name = "type_before", length = 32)
  private FlagType typeBefore;

  @Enumerated(EnumType.STRING)
  @Column(name = "type_after", length = 32)
  private FlagType typeAfter;

  @Enumerated(EnumType.STRING)
  @Column(name = "decision_before", length = 16)
  private FlagDecision decisionBefore;

  @Enumerated(EnumType.STRING)
  @Column(name = "decision_after", length = 16)
  private FlagDecision decisionAfter;

  @Column(nullable = false, length = 64)
  private String actor;

  protected FlagEvent() {}

  FlagEvent(
      Article article,
      Long flagId,
      String blockText,
      String detector,
      Action action,
      FlagType typeBefore,
      FlagDecision decisionBefore,
      FlagType typeAfter,
      FlagDecision decisionAfter,
      String actor) {
    this.article = article;
    this.flagId = flagId;
    this.blockText =
        blockText.length() > MAX_TEXT ? blockText.substring(0, MAX_TEXT - 1) + "…" : blockText;
    this.detector = detector;
    this.action = action;
    this.typeBefore = typeBefore;
    this.decisionBefore = decisionBefore;
    this.typeAfter = typeAfter;
    this.decisionAfter = decisionAfter;
    this.actor = actor;
  }

  public Long getFlagId() {
    return flagId;
  }

  public String getBlockText() {
    return blockText;
  }

  public String getDetector() {
    return detector;
  }

  public Action getAction() {
    return action;
  }

  public FlagType getTypeBefore() {
    return typeBefore;
  }

  public FlagType getTypeAfter() {
    return typeAfter;
  }

  public FlagDecision getDecisionBefore() {
    return decisionBefore;
  }

  public FlagDecision getDecisionAfter() {
    return decisionAfter;
  }

  public String getActor() {
    return actor;
  }
}
