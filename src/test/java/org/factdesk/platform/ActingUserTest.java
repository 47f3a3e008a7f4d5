package org.factdesk.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ActingUserTest {

  @Test
  void theServersNamesForNobodyAreNobody() {
    assertFalse(ActingUser.isSomeone(null));
    assertFalse(ActingUser.isSomeone(" "));
    assertFalse(ActingUser.isSomeone("ANONYMOUS"));
    assertFalse(ActingUser.isSomeone("guest"));
    assertTrue(ActingUser.isSomeone("editor"));
  }

  @Test
  void withoutATransactionOrACallerItIsTheSystem() {
    ActingUser.actAs("importer"); // no transaction here: nothing to note it in
    assertEquals(ActingUser.SYSTEM, ActingUser.current());
  }
}
