package org.factdesk.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Transient;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.factdesk.identity.Role;
import org.factdesk.identity.User;
import org.hibernate.envers.NotAudited;
import org.junit.jupiter.api.Test;

class SnapshotTest {

  enum Colour {
    RED
  }

  static class Parent {
    @Id Long id;

    Parent(Long id) {
      this.id = id;
    }
  }

  @SuppressWarnings("unused")
  static class Sample {
    static final String CONSTANT = "not a field of the row";
    @Id Long id = 7L;
    String title = "A title";
    String nothing;
    Colour colour = Colour.RED;
    Instant at = Instant.parse("2026-11-24T13:05:09.123Z");
    LocalDate day = LocalDate.of(2025, 4, 8);
    Set<Role> roles = EnumSet.of(Role.FACT_CHECKER, Role.EDITOR);
    @ManyToOne Parent parent = new Parent(42L);
    @NotAudited String secret = "hash";
    @Transient String cache = "c";
    transient String scratch = "s";
    @OneToMany List<Parent> children = List.of(new Parent(1L));
  }

  @Test
  void readsTheAuditedFieldsAsWordsAndText() {
    Map<String, String> cut = Snapshot.of(new Sample());
    assertEquals(
        List.of("title", "colour", "at", "day", "roles", "parent"), List.copyOf(cut.keySet()));
    assertEquals("A title", cut.get("title"));
    assertEquals("RED", cut.get("colour"));
    assertEquals("2026-11-24 13:05:09 UTC", cut.get("at"));
    assertEquals("2025-04-08", cut.get("day"));
    assertEquals("EDITOR, FACT_CHECKER", cut.get("roles"), "sorted, whatever the set's order");
    assertEquals("42", cut.get("parent"), "a relation is the id it points to");
  }

  @Test
  void aUserShowsNoPasswordHashAndNoLoginBookkeeping() {
    User user = new User("ann", "Ann", "pbkdf2$secret", EnumSet.of(Role.EDITOR));
    Map<String, String> cut = Snapshot.of(user);
    assertEquals(
        Map.of("username", "ann", "display name", "Ann", "enabled", "true", "roles", "EDITOR"),
        cut);
    assertFalse(cut.containsValue("pbkdf2$secret"));
  }

  @Test
  void idsComeFromTheIdField() {
    assertEquals(7L, Snapshot.idOf(new Sample()));
  }

  @Test
  void camelCaseBecomesWords() {
    assertEquals("edited by", Snapshot.words("editedBy"));
    assertEquals("title", Snapshot.words("title"));
  }

  @Test
  void anImportedFlagWasPendingUndecidedAndOfItsDetectorsType() {
    Map<String, String> after =
        new java.util.LinkedHashMap<>(
            Map.of(
                "type", "PROMOTIONAL",
                "original type", "RELATED_LINKS",
                "decision", "ACCEPTED",
                "decided by", "ann",
                "detector", "rules"));
    Map<String, String> before = Baseline.asImported(AuditedType.FLAG, after);
    assertEquals(
        Map.of(
            "type",
            "RELATED_LINKS",
            "original type",
            "RELATED_LINKS",
            "decision",
            "PENDING",
            "detector",
            "rules"),
        before);
    assertEquals(null, Baseline.asImported(AuditedType.BLOCK, after), "a block's is not known");
  }
}
