package org.factdesk.analysis.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class KeywordScannerTest {
  private static final List<String[]> LISTS =
      List.of(
          new String[] {"said", "says", "according", "pointed out"},
          new String[] {"than", " by", "as much", "all-time"},
          new String[] {"aid", "id", "s"},
          new String[] {"sai"});

  private static int byContains(String text) {
    int hits = 0;
    for (int i = 0; i < LISTS.size(); i++) {
      for (String k : LISTS.get(i)) {
        if (text.contains(k)) {
          hits |= 1 << i;
        }
      }
    }
    return hits;
  }

  private final KeywordScanner cut = new KeywordScanner(LISTS);

  @Test
  void findsWhatContainsFinds() {
    for (String text :
        List.of(
            "",
            "she said",
            "saasaid",
            "accordin to",
            "prices rose by 3 percent, more than ever",
            "the all-time high",
            "pointed  out",
            "é said \u201Cthan\u201D",
            "x")) {
      assertEquals(byContains(text), cut.scan(text), text);
    }
  }

  @Test
  void agreesWithContainsOnRandomText() {
    SplittableRandom random = new SplittableRandom(5);
    String alphabet = "saidthnbyoucrgpl- é";
    for (int n = 0; n < 5000; n++) {
      StringBuilder sb = new StringBuilder();
      int length = random.nextInt(30);
      for (int i = 0; i < length; i++) {
        sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      String text = sb.toString();
      assertEquals(byContains(text), cut.scan(text), text);
    }
  }

  @Test
  void scanLowerCaseEqualsScanningTheLowerCaseCopy() {
    SplittableRandom random = new SplittableRandom(7);
    // upper case, the Kelvin sign (lower case 'k') and the dotted capital I ('i' + a dot)
    String alphabet = "saidthnbyoucrgpl- éSAIDTHNBYOUCRGPL\u212A\u0130\u0307ΣÉ";
    for (int n = 0; n < 20000; n++) {
      StringBuilder sb = new StringBuilder();
      int length = random.nextInt(30);
      for (int i = 0; i < length; i++) {
        sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      String text = sb.toString();
      assertEquals(cut.scan(text.toLowerCase(Locale.ROOT)), cut.scanLowerCase(text), text);
    }
    KeywordScanner withK = new KeywordScanner(List.<String[]>of(new String[] {"ok", "io"}));
    assertEquals(1, withK.scanLowerCase("O\u212A"));
    assertEquals(0, withK.scanLowerCase("\u0130O"), "the combining dot follows the i");
  }

  @Test
  void findsKeywordsWithOtherCharacters() {
    List<String[]> lists =
        List.of(new String[] {"©", "(c)"}, new String[] {"café au", "naïve"}, new String[] {"é"});
    KeywordScanner scanner = new KeywordScanner(lists);
    SplittableRandom random = new SplittableRandom(3);
    String alphabet = "©(c) aéfnïvu";
    for (int n = 0; n < 5000; n++) {
      StringBuilder sb = new StringBuilder();
      int length = random.nextInt(25);
      for (int i = 0; i < length; i++) {
        sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      String text = sb.toString();
      int expected = 0;
      for (int i = 0; i < lists.size(); i++) {
        for (String k : lists.get(i)) {
          if (text.contains(k)) {
            expected |= 1 << i;
          }
        }
      }
      assertEquals(expected, scanner.scan(text), text);
    }
  }

  @Test
  void scanWideAnswersForUpTo63Lists() {
    List<String[]> lists = new ArrayList<>();
    for (int i = 0; i < 63; i++) {
      lists.add(new String[] {"k" + (char) ('a' + i % 26) + (char) ('a' + i / 26), "©" + i});
    }
    KeywordScanner wide = new KeywordScanner(lists);
    SplittableRandom random = new SplittableRandom(9);
    for (int n = 0; n < 5000; n++) {
      StringBuilder sb = new StringBuilder();
      for (int k = random.nextInt(8); k >= 0; k--) {
        sb.append(lists.get(random.nextInt(63))[random.nextInt(2)]).append(random.nextInt(3));
      }
      String text = sb.toString();
      long expected = 0;
      for (int i = 0; i < lists.size(); i++) {
        for (String k : lists.get(i)) {
          if (text.contains(k)) {
            expected |= 1L << i;
          }
        }
      }
      assertEquals(expected, wide.scanWide(text), text);
    }
    assertThrows(IllegalStateException.class, () -> wide.scan("ka"));
    lists.add(new String[] {"one too many"});
    assertThrows(IllegalArgumentException.class, () -> new KeywordScanner(lists));
  }
}
