package org.factdesk.analysis.html;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.factdesk.analysis.BlockKind;
import org.factdesk.analysis.html.BlockCollector.RawBlock;
import org.jsoup.nodes.Element;

/**
 * Finds the element(s) holding the article, the way Readability does: every paragraph-like block
 * scores 1 + its commas + up to 3 for length, and passes that score to its parent (in full) and
 * grandparent (half); a candidate's score is then adjusted by tag and class/id hints and scaled by
 * (1 − its link density). The best candidate wins, together with siblings that score at least a
 * fifth of it or hold a long low-link paragraph.
 */
final class MainContentFinder {
  private MainContentFinder() {}

  /** The main content roots, empty when the page has no paragraph-like text. */
  static List<Element> find(List<RawBlock> blocks, Map<Element, int[]> stats) {
    Map<Element, Double> scores = new IdentityHashMap<>();
    List<Element> order = new ArrayList<>();
    for (RawBlock b : blocks) {
      if (b.owner() == null
          || b.textChars() < 25
          || b.linkDensity() > 0.5
          || b.kind() == BlockKind.HEADING
          || b.kind() == BlockKind.CAPTION) {
        continue;
      }
      double score = 1 + count(b.text(), ',') + Math.min(3, b.textChars() / 100.0);
      Element parent = b.owner().parent();
      if (parent != null) {
        addScore(parent, score, scores, order, stats);
        Element grand = parent.parent();
        if (grand != null) {
          addScore(grand, score / 2, scores, order, stats);
        }
      }
    }
    Element top = null;
    double topScore = 0;
    for (Element e : order) {
      double s = finalScore(e, scores.get(e), stats);
      if (s > topScore) {
        topScore = s;
        top = e;
      }
    }
    List<Element> roots = new ArrayList<>();
    if (top == null) {
      return roots;
    }
    roots.add(top);
    Element parent = top.parent();
    if (parent == null) {
      return roots;
    }
    double threshold = Math.max(10, topScore * 0.2);
    for (Element sibling : parent.children()) {
      if (sibling == top || BoilerplateHint.of(sibling) != null) {
        continue;
      }
      Double raw = scores.get(sibling);
      boolean good = raw != null && finalScore(sibling, raw, stats) >= threshold;
      if (!good && sibling.normalName().equals("p")) {
        int[] st = stats.get(sibling);
        good = st != null && st[0] > 80 && density(st) < 0.25;
      }
      if (good) {
        roots.add(sibling);
      }
    }
    return roots;
  }

  private static void addScore(
      Element e,
      double score,
      Map<Element, Double> scores,
      List<Element> order,
      Map<Element, int[]> stats) {
    if (!stats.containsKey(e)) {
      return; // outside the traversed body
    }
    if (!scores.containsKey(e)) {
      order.add(e);
      scores.put(e, initialScore(e));
    }
    scores.merge(e, score, Double::sum);
  }

  private static double finalScore(Element e, double raw, Map<Element, int[]> stats) {
    int[] st = stats.get(e);
    return raw * (1 - (st == null ? 0 : density(st)));
  }

  private static double initialScore(Element e) {
    double s =
        switch (e.normalName()) {
          case "article", "main" -> 10;
          case "div", "section" -> 5;
          case "pre", "td", "blockquote" -> 3;
          case "address", "ol", "ul", "dl", "dd", "dt", "li", "form" -> -3;
          case "h1", "h2", "h3", "h4", "h5", "h6", "th" -> -5;
          default -> 0;
        };
    if (BoilerplateHint.of(e) != null) {
      s -= 25;
    } else if (BoilerplateHint.positive(e)) {
      s += 25;
    }
    return s;
  }

  static double density(int[] st) {
    return st[0] == 0 ? 0 : Math.min(1.0, st[1] / (double) st[0]);
  }

  private static int count(String s, char c) {
    int n = 0;
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) == c || s.charAt(i) == '\uFF0C' || s.charAt(i) == '\u3001') {
        n++;
      }
    }
    return n;
  }
}
