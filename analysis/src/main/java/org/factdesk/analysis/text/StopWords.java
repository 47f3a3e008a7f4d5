package org.factdesk.analysis.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Stop-word lists per language, loaded once from {@code /org/factdesk/analysis/stopwords/*.txt}.
 * They serve jusText-style stop-word density, language guessing and the removal of function words
 * before topical comparison.
 */
public final class StopWords {
  /** Languages the engine ships lists for, in the order ties are broken. */
  public static final List<String> LANGUAGES = List.of("en", "de", "fr", "es", "it", "nl", "pt");

  private static final Map<String, Set<String>> LISTS = load();

  /** For each stop word, a bit per language of {@link #LANGUAGES} whose list holds it. */
  private static final Map<String, Integer> MASKS = masks();

  private StopWords() {}

  /** The list of {@code language}, the English one when there is none. */
  public static Set<String> of(String language) {
    Set<String> list = LISTS.get(language);
    return list != null ? list : LISTS.get("en");
  }

  /** Bit i set when {@code word} is a stop word of {@code LANGUAGES.get(i)}; 0 for none. */
  public static int languageMask(String word) {
    Integer mask = MASKS.get(word);
    return mask == null ? 0 : mask;
  }

  private static Map<String, Integer> masks() {
    Map<String, Integer> masks = new HashMap<>();
    for (int i = 0; i < LANGUAGES.size(); i++) {
      for (String w : LISTS.get(LANGUAGES.get(i))) {
        masks.merge(w, 1 << i, (a, b) -> a | b);
      }
    }
    return Map.copyOf(masks);
  }

  private static Map<String, Set<String>> load() {
    Map<String, Set<String>> lists = new LinkedHashMap<>();
    for (String lang : LANGUAGES) {
      lists.put(lang, Set.copyOf(read("/org/factdesk/analysis/stopwords/" + lang + ".txt")));
    }
    return Map.copyOf(lists);
  }

  private static Set<String> read(String resource) {
    Set<String> words = new HashSet<>();
    try (InputStream in = StopWords.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing stop-word list " + resource);
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      while ((line = reader.readLine()) != null) {
        if (line.startsWith("#")) {
          continue;
        }
        for (String w : line.trim().split("\\s+")) {
          if (!w.isEmpty()) {
            words.add(w);
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return words;
  }
}
