package org.factdesk.platform;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.envers.Audited;

/** A setting an admin changes while Factdesk runs, with who changed it last and when. */
@Entity
@Audited
@Table(name = "app_setting")
public class Setting {

  /** Whether the editor who finished an article's review may not approve it. */
  public static final String FOUR_EYES = "workflow.four-eyes";

  /** Whether admins must sign in with a second factor (identity.SecondFactors). */
  public static final String ADMIN_SECOND_FACTOR = "identity.admin-second-factor";

  @Id
  @Column(length = 64)
  private String name;

  @Column(name = "setting", nullable = false, length = 1000)
  private String value;

  @Column(name = "modified_by", nullable = false, length = 64)
  private String modifiedBy;

  @Column(name = "modified_at", nullable = false)
  private Instant modifiedAt;

  protected Setting() {}

  public Setting(String name, String value, String by) {
    this.name = name;
    change(value, by);
  }

  public void change(String newValue, String by) {
    this.value = newValue;
    this.modifiedBy = by;
    this.modifiedAt = Instant.now();
  }

  public String getName() {
    return name;
  }

  public String getValue() {
    return value;
  }

  public String getModifiedBy() {
    return modifiedBy;
  }

  public Instant getModifiedAt() {
    return modifiedAt;
  }
}
