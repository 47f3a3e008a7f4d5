package org.factdesk.analysis.eval;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.factdesk.analysis.FlagType;

/**
 * Finds the block each label names. Labels are read in order and each claims the first block, at or
 * after the block the previous label claimed (exclusive), whose text equals the label or, for a
 * label of at least {@link Label#MIN_PREFIX} characters, starts with it. So a line that occurs
 * twice on a page ("Reply", "0:00") is labelled by listing it twice, and the order of the labels
 * file must follow the article. A label that claims nothing is a problem: a typo, or a block the
 * engine segments differently.
 */
public final class LabelMatcher {
  private LabelMatcher() {}

  /**
   * The gold type of every block ({@code null} = article text), the indexes of the blocks some
   * label claimed, in label order, and the labels that named no block.
   */
  public record Alignment(List<FlagType> gold, List<Integer> claimed, List<Label> unmatched) {
    public Alignment {
      gold = Collections.unmodifiableList(new ArrayList<>(gold));
      claimed = List.copyOf(claimed);
      unmatched = List.copyOf(unmatched);
    }
  }

  public static Alignment align(List<String> blockTexts, List<Label> labels) {
    FlagType[] gold = new FlagType[blockTexts.size()];
    List<Integer> claimed = new ArrayList<>();
    List<Label> unmatched = new ArrayList<>();
    int next = 0;
    for (Label label : labels) {
      int found = -1;
      for (int i = next; i < blockTexts.size(); i++) {
        if (label.names(blockTexts.get(i))) {
          found = i;
          break;
        }
      }
      if (found < 0) {
        unmatched.add(label);
      } else {
        gold[found] = label.type();
        claimed.add(found);
        next = found + 1;
      }
    }
    return new Alignment(Arrays.asList(gold), claimed, unmatched);
  }
}
