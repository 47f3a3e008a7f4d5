package org.factdesk.cluster;

import jakarta.json.Json;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Generated news articles in the shape of scraped pages (outlet line, date, headline, paragraphs of
 * statements with figures, a "related" footer), each unique to its run and number, as JSONL lines
 * for {@code POST /api/imports}.
 */
final class Articles {

  private static final String[] WORDS =
      ("port harbour council minister ministry trade export licence grain ferry crane union strike"
              + " budget tariff river bridge railway station school hospital court election vote"
              + " report figure percent million contract supplier factory plant workers farmers"
              + " weather flood storm energy price market shares quarter growth decline survey")
          .split(" ");

  private Articles() {}

  /** {@code count} JSONL lines, the same for the same {@code run}. */
  static List<String> jsonl(String run, int count) {
    List<String> lines = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      lines.add(line(run, i, text(run, i, "")));
    }
    return lines;
  }

  /** One JSONL line with {@code text}. */
  static String line(String run, int index, String text) {
    return Json.createObjectBuilder()
        .add("text", text)
        .add("title", headline(run, index))
        .add("outlet", "Cluster Outlet " + (index % 7))
        .add("published", "2026-11-" + String.format("%02d", 1 + index % 28))
        .build()
        .toString();
  }

  static String headline(String run, int index) {
    return "Cluster story " + run + " number " + index;
  }

  /** The article's text; {@code extra} is added to its first paragraph (a word to search for). */
  static String text(String run, int index, String extra) {
    Random random = new Random(run.hashCode() * 31L + index);
    StringBuilder text = new StringBuilder();
    text.append("Cluster Outlet ").append(index % 7).append("\n");
    text.append("Monday, November 3, 2026\n\n");
    text.append(headline(run, index)).append("\n\n");
    int paragraphs = 5 + random.nextInt(5);
    for (int p = 0; p < paragraphs; p++) {
      int sentences = 2 + random.nextInt(3);
      for (int s = 0; s < sentences; s++) {
        text.append(capitalised(word(random)));
        int words = 10 + random.nextInt(12);
        for (int w = 0; w < words; w++) {
          text.append(' ').append(w % 6 == 2 ? String.valueOf(random.nextInt(9000)) : word(random));
        }
        text.append(s == 0 ? ", the ministry said. " : ". ");
      }
      if (p == 0 && !extra.isEmpty()) {
        text.append(extra).append(' ');
      }
      text.append("\n\n");
    }
    text.append("Related Articles\n");
    for (int r = 0; r < 4; r++) {
      text.append(capitalised(word(random)))
          .append(" Plans New ")
          .append(capitalised(word(random)));
      text.append("\n");
    }
    return text.toString();
  }

  private static String word(Random random) {
    return WORDS[random.nextInt(WORDS.length)];
  }

  private static String capitalised(String word) {
    return Character.toUpperCase(word.charAt(0)) + word.substring(1);
  }
}
