package org.factdesk.analysis.claim;

import java.util.List;
import java.util.Optional;

/** Who a claim is attributed to, as the claim matcher reads named sources. */
public final class Claimants {

  private Claimants() {}

  /**
   * The first named source of a sentence ("the Ministry of Trade", "Harbour Ledger"), as written;
   * empty when it names none.
   */
  public static Optional<String> named(String sentence, List<FoundSpan> spans) {
    return FactReader.read(new ClaimText("", sentence, spans)).stream()
        .filter(f -> f.type() == FactType.SOURCE)
        .map(Fact::shown)
        .findFirst();
  }
}
