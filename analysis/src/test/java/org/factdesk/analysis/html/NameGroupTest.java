package org.factdesk.analysis.html;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class NameGroupTest {
  private static int groups(String... words) {
    return NameGroup.of(words, NameGroup.newCache());
  }

  @Test
  void aWordIsInEveryGroupWhoseStemItStartsWith() {
    assertEquals(NameGroup.COMMENT.bit(), groups("commentlist"));
    assertEquals(NameGroup.COMMENT.bit() | NameGroup.CONTENT.bit(), groups("comment", "body"));
    assertEquals(NameGroup.NAVIGATION.bit(), groups("navbar"));
    assertEquals(NameGroup.SIDEBAR.bit(), groups("sidebar"));
  }

  @Test
  void aShortStemMustBeTheWholeWordDigitsAside() {
    assertEquals(NameGroup.AD.bit(), groups("ad"));
    assertEquals(NameGroup.AD.bit(), groups("ad2"));
    assertEquals(0, groups("adobe"));
    assertEquals(0, groups("address"));
    assertEquals(NameGroup.NAVIGATION.bit(), groups("nav"));
    assertEquals(0, groups("navy"));
  }

  @Test
  void aPostMarkedAsCommentedIsNoComment() {
    assertEquals(NameGroup.CONTENT.bit(), groups("post", "hentry", "commented"));
    assertEquals(NameGroup.COMMENT.bit(), groups("comments"));
  }
}
