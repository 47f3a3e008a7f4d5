package org.factdesk.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SecurityEventTest {

  @Test
  void whatAnyoneTypedIsKeptOnOneLineAndCutToTheColumn() {
    SecurityEvent cut =
        new SecurityEvent(
            SecurityEvent.Kind.LOGIN_FAILED,
            "eve\nINFO forged line" + "x".repeat(100),
            SecurityEvent.Channel.BASIC,
            "GET /api/me",
            null,
            "127.0.0.1");
    assertEquals(64, cut.getUsername().length());
    assertEquals("eve?INFO forged line", cut.getUsername().substring(0, 20));
    assertEquals('…', cut.getUsername().charAt(63));
    assertEquals("GET /api/me", cut.getPath());
  }
}
