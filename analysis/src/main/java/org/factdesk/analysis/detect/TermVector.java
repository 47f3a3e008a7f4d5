package org.factdesk.analysis.detect;

/**
 * A bag of content terms (see {@link ContentTerms}) for cosine comparison of a block or section
 * with the rest of the article. Mutable, but only ever used inside one detector call.
 *
 * <p>Terms are ids, counts live in an open-addressing table of ints, and the sum of squared counts
 * is kept up to date on every change, so that adding vectors allocates nothing per known term and
 * the norm never needs a pass over the table. All arithmetic is on integers (exact in a double up
 * to 2^53), so the results do not depend on iteration order.
 */
final class TermVector {
  /**
   * Term id + 1 per slot, 0 when the slot is free; with its count, which may drop to 0 and stay.
   */
  private int[] keys;

  private int[] counts;
  private int used;

  /** Number of terms with a count above 0. */
  private int terms;

  private long sumOfSquares;

  TermVector() {
    this(8);
  }

  /** A vector with room for about {@code terms} terms before it needs to grow. */
  TermVector(int terms) {
    int slots = Integer.highestOneBit(Math.max(4, terms) * 2 - 1) * 2;
    keys = new int[slots];
    counts = new int[slots];
  }

  void add(TermVector other, int sign) {
    for (int slot = 0; slot < other.keys.length; slot++) {
      int c = other.counts[slot];
      if (c > 0) {
        change(other.keys[slot] - 1, sign * c);
      }
    }
  }

  /** Adds {@code delta} to the term's count; a count that drops to 0 or below removes the term. */
  void change(int term, int delta) {
    int slot = slotOf(term);
    if (keys[slot] == 0) {
      if (delta <= 0) {
        return;
      }
      keys[slot] = term + 1;
      counts[slot] = 0;
      if (++used * 2 > keys.length) {
        grow();
        slot = slotOf(term);
      }
    }
    int old = counts[slot];
    int v = Math.max(0, old + delta);
    counts[slot] = v;
    sumOfSquares += (long) v * v - (long) old * old;
    if (old == 0 && v > 0) {
      terms++;
    } else if (old > 0 && v == 0) {
      terms--;
    }
  }

  boolean isEmpty() {
    return terms == 0;
  }

  /** Number of terms with a count above 0. */
  int size() {
    return terms;
  }

  /** How many of this vector's terms {@code other} holds too (with a count above 0). */
  int termsSharedWith(TermVector other) {
    int shared = 0;
    for (int slot = 0; slot < keys.length; slot++) {
      if (counts[slot] > 0 && other.count(keys[slot] - 1) > 0) {
        shared++;
      }
    }
    return shared;
  }

  int count(int term) {
    int slot = slotOf(term);
    return counts[slot]; // 0 in a free slot
  }

  double cosine(TermVector other) {
    if (isEmpty() || other.isEmpty()) {
      return 0.0;
    }
    TermVector small = terms <= other.terms ? this : other;
    TermVector large = small == this ? other : this;
    double dot = 0;
    for (int slot = 0; slot < small.keys.length; slot++) {
      int c = small.counts[slot];
      if (c > 0) {
        dot += c * (double) large.count(small.keys[slot] - 1);
      }
    }
    return dot / (norm() * other.norm());
  }

  /**
   * The cosine of {@code part} with this vector after {@code add(part, -1)}, computed without
   * changing this vector: the same number as subtracting, comparing and adding back.
   */
  double cosineOfPartWithRest(TermVector part) {
    if (part.isEmpty()) {
      return 0.0;
    }
    int restSize = terms;
    long restSquares = sumOfSquares;
    double dot = 0;
    for (int slot = 0; slot < part.keys.length; slot++) {
      int p = part.counts[slot];
      if (p == 0) {
        continue; // a free slot or a term counted down to 0
      }
      int c = count(part.keys[slot] - 1);
      int rest = Math.max(0, c - p);
      if (c > 0 && rest == 0) {
        restSize--;
      }
      restSquares += (long) rest * rest - (long) c * c;
      dot += p * (double) rest;
    }
    if (restSize == 0) {
      return 0.0;
    }
    return dot / (part.norm() * Math.sqrt((double) restSquares));
  }

  private double norm() {
    return Math.sqrt((double) sumOfSquares);
  }

  private int slotOf(int term) {
    int mask = keys.length - 1;
    // term ids are numbered from 0 in order of first use, and multiplying by an odd number maps
    // the ids below the table size to distinct slots: the article centroid, which holds nearly
    // every id, has few collisions or none
    int slot = (term * 0x9E3779B1) & mask;
    while (keys[slot] != 0 && keys[slot] != term + 1) {
      slot = (slot + 1) & mask;
    }
    return slot;
  }

  private void grow() {
    int[] oldKeys = keys;
    int[] oldCounts = counts;
    keys = new int[oldKeys.length * 2];
    counts = new int[oldKeys.length * 2];
    for (int i = 0; i < oldKeys.length; i++) {
      if (oldKeys[i] != 0) {
        int slot = slotOf(oldKeys[i] - 1);
        keys[slot] = oldKeys[i];
        counts[slot] = oldCounts[i];
      }
    }
  }
}
