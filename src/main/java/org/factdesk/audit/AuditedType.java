package org.factdesk.audit;

import java.util.Arrays;
import java.util.Optional;
import org.factdesk.article.Article;
import org.factdesk.article.Block;
import org.factdesk.article.Flag;
import org.factdesk.claim.Claim;
import org.factdesk.claim.LinkedClaim;
import org.factdesk.claim.Verdict;
import org.factdesk.identity.User;
import org.factdesk.platform.Setting;
import org.factdesk.rules.RuleSetVersion;

/** The entities the audit trail records, with the names people read. */
public enum AuditedType {
  ARTICLE(Article.class, "Article"),
  BLOCK(Block.class, "Block"),
  FLAG(Flag.class, "Flag"),
  CLAIM(Claim.class, "Claim"),
  VERDICT(Verdict.class, "Verdict"),
  CLAIM_LINK(LinkedClaim.class, "Claim link"),
  USER(User.class, "User"),
  RULE_SET(RuleSetVersion.class, "Rule set"),
  SETTING(Setting.class, "Setting");

  private final Class<?> entity;
  private final String label;

  AuditedType(Class<?> entity, String label) {
    this.entity = entity;
    this.label = label;
  }

  public Class<?> entity() {
    return entity;
  }

  public String label() {
    return label;
  }

  /** The entity name Envers records for this type (its class name). */
  public String entityName() {
    return entity.getName();
  }

  public static Optional<AuditedType> ofEntityName(String name) {
    return Arrays.stream(values()).filter(t -> t.entityName().equals(name)).findFirst();
  }
}
