package org.factdesk.analysis.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class SentenceSplitterTest {
  @Test
  void keepsAbbreviationsDecimalsAndInitialsInsideSentences() {
    String text =
        "The U.S. Commerce Department raised the fee to 3.5 percent on Jan. 4. Dr. Ana Reyes of"
            + " Corrin Inc. disagreed! Was it legal? \"No,\" said J. Holt.";
    List<String> sentences = SentenceSplitter.split(text).stream().map(Sentence::text).toList();
    assertEquals(
        List.of(
            "The U.S. Commerce Department raised the fee to 3.5 percent on Jan. 4.",
            "Dr. Ana Reyes of Corrin Inc. disagreed!",
            "Was it legal?",
            "\"No,\" said J. Holt."),
        sentences);
  }

  @Test
  void offsetsPointIntoTheText() {
    String text = "First one.  Second one.";
    for (Sentence s : SentenceSplitter.split(text)) {
      assertEquals(s.text(), text.substring(s.start(), s.end()));
    }
  }
}
