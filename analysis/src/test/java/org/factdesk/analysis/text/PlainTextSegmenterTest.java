package org.factdesk.analysis.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.factdesk.analysis.TextBlock;
import org.junit.jupiter.api.Test;

class PlainTextSegmenterTest {
  @Test
  void everyNonBlankLineIsABlockWithOffsetsIntoTheOriginal() {
    String text =
        "\uFEFFTitle\u00a0line\r\n\r\n"
            + "First\tparagraph ends here.\n"
            + "AI Disclaimer: glued line.\r"
            + "  \n"
            + "\u200b\n"
            + "Last";
    List<TextBlock> blocks = PlainTextSegmenter.segment(text);
    assertEquals(
        List.of("Title line", "First paragraph ends here.", "AI Disclaimer: glued line.", "Last"),
        blocks.stream().map(TextBlock::text).toList());
    for (TextBlock b : blocks) {
      assertEquals(b.text(), TextNormalizer.normalize(text.substring(b.start(), b.end())));
    }
    assertEquals(List.of(0, 1, 2, 3), blocks.stream().map(TextBlock::index).toList());
  }

  @Test
  void normalizerCollapsesUnicodeSpacesAndDropsInvisibleCharacters() {
    assertEquals(
        "a b c d", TextNormalizer.normalize("  a\u00a0\u00a0b\u2009c\u200b\u200d \u3000d\u00ad  "));
  }
}
