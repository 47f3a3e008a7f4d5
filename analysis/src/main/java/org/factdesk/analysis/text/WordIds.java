package org.factdesk.analysis.text;

import java.util.Arrays;
import java.util.Locale;

/**
 * Numbers the distinct word tokens of one analysis: each block is tokenised once into ids that the
 * term vectors and the near-duplicate fingerprints share, and whatever is derived from a word (its
 * content term, its hash) is derived once per distinct word instead of once per occurrence.
 *
 * <p>The tokens are exactly those of {@link Words#tokens(String)}, lower-cased with {@link
 * Locale#ROOT}. A token of Latin-1 characters (nearly all of them) is looked up where it stands,
 * lower-casing character by character, which for Latin-1 is what {@code toLowerCase} does; only a
 * new word becomes a string. Other tokens go through {@code toLowerCase} itself, which has rules
 * beyond single characters (a final sigma, a dotted capital I).
 *
 * <p>Not thread-safe: one table belongs to one analysis.
 */
public final class WordIds {
  /** Open addressing: id + 1 of the word in each slot, 0 for an empty slot. */
  private int[] slots = new int[1024];

  private String[] words = new String[256];
  private int[] hashes = new int[256];
  private int size;

  /** The ids of the tokens of {@code text}, in order. */
  public int[] ids(String text) {
    return ids(text, Integer.MAX_VALUE);
  }

  /**
   * The ids of the first {@code max} tokens of {@code text}, without reading further. One pass: a
   * token's end is found ({@link Words#tokenStart}, {@link Words#tokenEnd}) while its hash is
   * computed, and a Latin-1 token is then looked up where it stands.
   */
  public int[] ids(String text, int max) {
    int[] out = new int[16];
    int count = 0;
    int n = text.length();
    int i = 0;
    while (i < n && count < max) {
      char c = text.charAt(i);
      if (!Words.isLetterOrDigit(c)) {
        i++;
        continue;
      }
      int start = i;
      int hash = 0;
      boolean latin1 = true;
      while (true) {
        if (c > 0xFF) {
          latin1 = false;
        } else {
          hash = 31 * hash + lower(c);
        }
        if (++i == n) {
          break;
        }
        c = text.charAt(i);
        if (!Words.isLetterOrDigit(c)
            && !(Words.isJoiner(c)
                && i + 1 < n
                && Character.isLetter(text.charAt(i + 1))
                && Character.isLetter(text.charAt(i - 1)))) {
          break;
        }
      }
      if (count == out.length) {
        out = Arrays.copyOf(out, count * 2);
      }
      out[count++] =
          latin1
              ? idOfLatin1(text, start, i, hash)
              : idOf(text.substring(start, i).toLowerCase(Locale.ROOT));
    }
    return Arrays.copyOf(out, count);
  }

  /** The lower-case word of an id. */
  public String word(int id) {
    return words[id];
  }

  /** Number of distinct words seen so far; ids run from 0 to size - 1. */
  public int size() {
    return size;
  }

  /**
   * The id of the Latin-1 token {@code text[start, end)} whose lower case has the string hash
   * {@code hash}.
   */
  private int idOfLatin1(String text, int start, int end, int hash) {
    int mask = slots.length - 1;
    for (int slot = spread(hash) & mask; ; slot = (slot + 1) & mask) {
      int id = slots[slot] - 1;
      if (id < 0) {
        return add(text.substring(start, end).toLowerCase(Locale.ROOT), hash, slot);
      }
      if (hashes[id] == hash && sameLowerCase(words[id], text, start, end)) {
        return id;
      }
    }
  }

  /** The id of a word that is already lower case. */
  private int idOf(String word) {
    int hash = word.hashCode();
    int mask = slots.length - 1;
    for (int slot = spread(hash) & mask; ; slot = (slot + 1) & mask) {
      int id = slots[slot] - 1;
      if (id < 0) {
        return add(word, hash, slot);
      }
      if (hashes[id] == hash && words[id].equals(word)) {
        return id;
      }
    }
  }

  private static boolean sameLowerCase(String word, String text, int start, int end) {
    if (word.length() != end - start) {
      return false;
    }
    for (int i = start; i < end; i++) {
      if (word.charAt(i - start) != lower(text.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /** {@link Character#toLowerCase(char)} of a Latin-1 character, ASCII without a table look-up. */
  private static char lower(char c) {
    if (c < 0x80) {
      return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
    }
    return Character.toLowerCase(c);
  }

  private int add(String word, int hash, int slot) {
    int id = size++;
    if (id == words.length) {
      words = Arrays.copyOf(words, id * 2);
      hashes = Arrays.copyOf(hashes, id * 2);
    }
    words[id] = word;
    hashes[id] = hash;
    slots[slot] = id + 1;
    if (size * 2 > slots.length) {
      rehash();
    }
    return id;
  }

  private void rehash() {
    slots = new int[slots.length * 2];
    int mask = slots.length - 1;
    for (int id = 0; id < size; id++) {
      int slot = spread(hashes[id]) & mask;
      while (slots[slot] != 0) {
        slot = (slot + 1) & mask;
      }
      slots[slot] = id + 1;
    }
  }

  /** String hashes of short words differ mostly in their low bits; mix the high ones in. */
  private static int spread(int hash) {
    return hash ^ (hash >>> 16) ^ (hash >>> 7);
  }
}
