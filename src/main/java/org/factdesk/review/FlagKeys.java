package org.factdesk.review;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import org.factdesk.analysis.FlagType;

/**
 * The key that classifies a block as each flag type on the review page. Written out per type, so
 * reordering or extending {@link FlagType} never moves an editor's shortcuts; a type added to the
 * engine without a key here stops the class from loading (and FlagKeysTest fails).
 */
public final class FlagKeys {

  private static final Map<FlagType, Character> KEYS = new EnumMap<>(FlagType.class);

  static {
    KEYS.put(FlagType.AI_DISCLAIMER, '1');
    KEYS.put(FlagType.PROMOTIONAL, '2');
    KEYS.put(FlagType.RELATED_LINKS, '3');
    KEYS.put(FlagType.SITE_CHROME, '4');
    KEYS.put(FlagType.LEGAL_NOTICE, '5');
    KEYS.put(FlagType.OFF_TOPIC, '6');
    KEYS.put(FlagType.DUPLICATE_TITLE, '7');
    KEYS.put(FlagType.METADATA, '8');
    for (FlagType type : FlagType.values()) {
      if (!KEYS.containsKey(type)) {
        throw new IllegalStateException("Flag type " + type + " has no review key in FlagKeys.");
      }
    }
    if (KEYS.values().stream().distinct().count() != KEYS.size()) {
      throw new IllegalStateException("Two flag types share a review key: " + KEYS + ".");
    }
  }

  private FlagKeys() {}

  /** The key for a type, e.g. '3' for related links. */
  public static char keyOf(FlagType type) {
    return KEYS.get(type);
  }

  /** The type a pressed key stands for, if any. */
  public static Optional<FlagType> typeOf(String key) {
    if (key == null || key.length() != 1) {
      return Optional.empty();
    }
    return KEYS.entrySet().stream()
        .filter(e -> e.getValue() == key.charAt(0))
        .map(Map.Entry::getKey)
        .findFirst();
  }

  /** Every type with its key, in the order of the keys' types. */
  public static Map<FlagType, Character> all() {
    return Collections.unmodifiableMap(KEYS);
  }
}
