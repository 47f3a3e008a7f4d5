package org.factdesk.rules;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import org.factdesk.platform.BaseEntity;
import org.hibernate.envers.Audited;

/** One saved version of the detection rules: its number, its text, who saved it, when and why. */
@Entity
@Audited
@Table(name = "rule_set")
@NamedQuery(
    name = RuleSetVersion.NEWEST_FIRST,
    query = "select r from RuleSetVersion r order by r.number desc")
@NamedQuery(
    name = RuleSetVersion.NEWEST_NUMBER,
    query = "select max(r.number) from RuleSetVersion r")
public class RuleSetVersion extends BaseEntity {

  public static final String NEWEST_FIRST = "RuleSetVersion.newestFirst";
  public static final String NEWEST_NUMBER = "RuleSetVersion.newestNumber";

  @Column(nullable = false)
  private int number;

  @Basic(fetch = FetchType.LAZY)
  @Column(name = "rules_text", nullable = false, length = 1_000_000)
  private String rulesText;

  @Column(nullable = false, length = 64)
  private String author;

  @Column(nullable = false, length = 1000)
  private String comment;

  protected RuleSetVersion() {}

  RuleSetVersion(int number, String rulesText, String author, String comment) {
    this.number = number;
    this.rulesText = rulesText;
    this.author = author;
    this.comment = comment;
  }

  public int getNumber() {
    return number;
  }

  public String getRulesText() {
    return rulesText;
  }

  public String getAuthor() {
    return author;
  }

  public String getComment() {
    return comment;
  }
}
