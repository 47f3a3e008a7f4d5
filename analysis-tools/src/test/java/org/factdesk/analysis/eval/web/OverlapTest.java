package org.factdesk.analysis.eval.web;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class OverlapTest {
  private static final String GOLD =
      "the council approved the budget on monday after a long debate";

  @Test
  void identicalTextScoresOne() {
    Overlap cut = Overlap.shingles(GOLD, GOLD);

    assertEquals(1.0, cut.f1(), 1e-9);
  }

  @Test
  void extraTextCostsPrecisionOnly() {
    Overlap cut = Overlap.shingles("Home News Sport Weather\n" + GOLD, GOLD);

    // gold: 11 tokens, 8 shingles; extracted: 15 tokens, 12 shingles, 8 of them shared
    assertEquals(8 / 12.0, cut.precision(), 1e-9);
    assertEquals(1.0, cut.recall(), 1e-9);
  }

  @Test
  void shinglesCountWithTheirMultiplicity() {
    String twice = GOLD + " " + GOLD;

    Overlap cut = Overlap.shingles(twice, GOLD);

    assertEquals(1.0, cut.recall(), 1e-9);
    assertEquals(8 / 19.0, cut.precision(), 1e-9);
  }

  @Test
  void aMissingHalfCostsRecall() {
    Overlap cut = Overlap.shingles("the council approved the budget on", GOLD);

    assertEquals(1.0, cut.precision(), 1e-9);
    assertEquals(3 / 8.0, cut.recall(), 1e-9);
  }

  @Test
  void nothingExtractedScoresZero() {
    assertEquals(0.0, Overlap.shingles("", GOLD).f1());
    assertEquals(0.0, Overlap.tokens("  \n ", GOLD).f1());
  }

  @Test
  void tokensIgnoreOrderShinglesDoNot() {
    String reversed = "debate long a after monday on budget the approved council the";

    assertEquals(1.0, Overlap.tokens(reversed, GOLD).f1(), 1e-9);
    assertEquals(0.0, Overlap.shingles(reversed, GOLD).f1(), 1e-9);
  }

  @Test
  void aTextShorterThanAShingleIsOneShingle() {
    assertEquals(1.0, Overlap.shingles("short  text", "short text").f1(), 1e-9);
  }

  @Test
  void textWithSpacesIsSplitOnWhiteSpaceAlone() {
    assertArrayEquals(
        new String[] {"Der", "Bundestag,", "2012:", "»Ja«"},
        Overlap.words("  Der  Bundestag,\n2012:\t»Ja«  "));
  }

  @Test
  void everyHanKanaAndFullWidthCharacterIsATokenOfItsOwn() {
    assertArrayEquals(
        new String[] {"新", "华", "社", "2012", "年", "报", "道", "，", "ニ", "ュ", "ー", "ス", "。"},
        Overlap.words("新华社2012年报道，ニュース。"));
    assertArrayEquals(new String[] {"中", "文", "GDP", "增"}, Overlap.words("中\u3000文 GDP增"));
  }

  @Test
  void hardLineBreaksInsideAChineseSentenceDoNotChangeTheScore() {
    Overlap cut = Overlap.shingles("一九八九年四月，我在湖南开会", "一九八九年四月，我在\n湖南开会");

    assertEquals(1.0, cut.f1(), 1e-9);
  }

  @Test
  void halfTheChineseCharactersFoundGiveRecallOfTheirShingles() {
    // 8 characters of gold: 5 shingles; the first 4 characters extracted: 1 shingle, in the gold
    Overlap cut = Overlap.shingles("甲乙丙丁", "甲乙丙丁戊己庚辛");

    assertEquals(1.0, cut.precision(), 1e-9);
    assertEquals(1.0 / 5, cut.recall(), 1e-9);
  }
}
