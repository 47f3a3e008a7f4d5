package org.factdesk.analysis.claim;

/**
 * One normalised fact of a claim, made by {@link FactReader}.
 *
 * @param type its kind
 * @param shown as written in the sentence, for reasons
 * @param unit what must be equal for two values to be compared at all: "" for counts, "%", "pp", a
 *     currency code; for dates "day" or "year" (a year is not compared with a day); "" otherwise
 * @param key the normalised value: "1200", "48000000", "ministry of trade"; for dates {@code
 *     year|month|day} with empty parts where the text gives none ("|05|02" for "May 2")
 */
record Fact(FactType type, String shown, String unit, String key) {

  /** Whether the two can be told apart at all: same type and unit. */
  boolean comparable(Fact other) {
    return type == other.type && unit.equals(other.unit);
  }

  /** Whether they state the same value; a date without a year agrees with the same day in one. */
  boolean agrees(Fact other) {
    if (!comparable(other)) {
      return false;
    }
    if (type != FactType.DATE) {
      return key.equals(other.key);
    }
    String[] a = key.split("\\|", -1);
    String[] b = other.key.split("\\|", -1);
    for (int i = 0; i < a.length; i++) {
      if (!a[i].isEmpty() && !b[i].isEmpty() && !a[i].equals(b[i])) {
        return false;
      }
    }
    return true;
  }
}
