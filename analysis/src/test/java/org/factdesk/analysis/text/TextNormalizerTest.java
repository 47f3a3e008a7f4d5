package org.factdesk.analysis.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class TextNormalizerTest {
  @Test
  void leavesNormalTextAlone() {
    assertEquals("Dam audit ordered.", TextNormalizer.normalize("Dam audit ordered."));
    assertEquals("x", TextNormalizer.normalize("x"));
    assertEquals("", TextNormalizer.normalize(""));
  }

  @Test
  void collapsesTrimsAndRemovesInvisibleCharacters() {
    assertEquals("a b", TextNormalizer.normalize(" a b"));
    assertEquals("a b", TextNormalizer.normalize("a b "));
    assertEquals("a b", TextNormalizer.normalize("a  b"));
    assertEquals("a b", TextNormalizer.normalize("a\tb"));
    assertEquals("a b", TextNormalizer.normalize("a\u00A0b"));
    assertEquals("ab", TextNormalizer.normalize("a\u200Bb"));
    assertEquals("a b", TextNormalizer.normalize("a \u200B b"));
    assertEquals("", TextNormalizer.normalize(" \u00AD "));
  }

  @Test
  void normalisesOnlyTheRequestedRange() {
    StringBuilder sb = new StringBuilder("xx a  b yy");
    assertEquals("a b", TextNormalizer.normalize(sb, 2, 8));
    assertEquals("a", TextNormalizer.normalize(sb, 2, 4));
  }
}
