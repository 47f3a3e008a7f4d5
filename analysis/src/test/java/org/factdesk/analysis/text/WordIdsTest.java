package org.factdesk.analysis.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class WordIdsTest {
  private static final String[] PIECES = {
    "Council",
    "council",
    "COUNCIL",
    "rare",
    "-",
    "earth",
    "China",
    "'",
    "s",
    "\u2019",
    "é",
    "É",
    "Straße",
    "İstanbul",
    "ΣΟΦΙΑ",
    "σοφία",
    "中文",
    "тест",
    "2024",
    "3.5",
    " ",
    "  ",
    ".",
    ",",
    "\n",
    "a",
    "A",
    "--",
    "''",
    "x-",
    "-y",
    "\u00a0",
    "\u212A",
    "ß",
    "ÿ",
    "Ÿ",
    "1-2",
    "it's",
    "o'",
    "(",
    ")"
  };

  private static List<String> texts() {
    List<String> texts =
        new ArrayList<>(List.of("", " ", "-", "'a", "a'", "a-b-c", "É'É", "a\u2019b"));
    SplittableRandom random = new SplittableRandom(11);
    for (int t = 0; t < 5000; t++) {
      StringBuilder sb = new StringBuilder();
      for (int k = random.nextInt(15); k >= 0; k--) {
        sb.append(PIECES[random.nextInt(PIECES.length)]);
      }
      texts.add(sb.toString());
    }
    return texts;
  }

  @Test
  void idsStandForTheTokensOfWords() {
    WordIds cut = new WordIds();
    for (String text : texts()) {
      List<String> expected = Words.tokens(text);
      int[] ids = cut.ids(text);
      List<String> actual = new ArrayList<>();
      for (int id : ids) {
        actual.add(cut.word(id));
      }
      assertEquals(expected, actual, text);
    }
  }

  @Test
  void theSameWordHasOneIdWhateverItsCase() {
    WordIds cut = new WordIds();
    int[] ids = cut.ids("Council council COUNCIL Straße STRASSE straße");
    assertEquals(ids[0], ids[1]);
    assertEquals(ids[0], ids[2]);
    assertEquals(ids[3], ids[5]);
    assertEquals(3, cut.size()); // council, straße, strasse
  }

  @Test
  void stopsAfterMaxTokens() {
    WordIds cut = new WordIds();
    assertEquals(2, cut.ids("one two three four", 2).length);
  }
}
