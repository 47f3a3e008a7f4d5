package org.factdesk.analysis.claim;

import java.util.List;
import java.util.Set;

/**
 * What the matcher compares of one claim, computed once per claim so that a clustering run reads
 * each sentence once however many pairs it is in.
 *
 * @param facts normalised facts, see {@link FactReader}
 * @param topic stemmed content words, see {@link TopicTerms}
 * @param words how many words the sentence has, as whitespace cuts it (the link model compares the
 *     lengths of two tellings, decision 0077)
 */
record ClaimFeatures(List<Fact> facts, Set<String> topic, int words) {
  ClaimFeatures {
    facts = List.copyOf(facts);
    topic = Set.copyOf(topic);
  }

  static ClaimFeatures of(ClaimText claim) {
    List<Fact> facts = FactReader.read(claim);
    return new ClaimFeatures(facts, TopicTerms.of(claim, facts), words(claim.text()));
  }

  static int words(String text) {
    String trimmed = text.strip();
    return trimmed.isEmpty() ? 0 : trimmed.split("\\s+").length;
  }
}
