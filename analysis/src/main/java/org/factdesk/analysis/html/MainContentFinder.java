package org.factdesk.analysis.html;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
    addParts(top, roots, stats);
    return roots;
  }

  /** How many levels above the best candidate the article's repeated parts are looked for. */
  static final int PART_LEVELS = 3;

  /** The most link text a part of the article may hold, as a share of its text. */
  static final double PART_LINKS = 0.3;

  /**
   * Adds the other parts of an article split into repeated containers: pages that cut the text into
   * steps, chapters or pages, each in an element of the same tag and class ({@code <div class="mod
   * step">}), with an advertisement or a "read also" box between them. The best candidate holds one
   * part; its ancestors up to {@link #PART_LEVELS} levels, as long as the candidate is at least
   * half of their text, are compared with their siblings, and the nearest level with siblings of
   * the same tag and class (not empty, no boilerplate hint, under {@link #PART_LINKS} link text,
   * less than half of its text in elements that announce boilerplate) gives the parts. Readability
   * gives a sibling of the same class a bonus for the same reason; this looks a few levels up
   * (decision 0059).
   */
  private static void addParts(Element top, List<Element> roots, Map<Element, int[]> stats) {
    int[] mine = stats.get(top);
    if (mine == null || mine[0] == 0) {
      return;
    }
    Element e = top;
    for (int level = 0; level < PART_LEVELS && e != null; level++) {
      int[] st = stats.get(e);
      if (st == null || st[0] > 2 * mine[0] || e.normalName().equals("body")) {
        return;
      }
      String cls = e.className();
      Element parent = e.parent();
      if (!cls.isBlank() && parent != null && BoilerplateHint.of(e) == null) {
        List<Element> parts = partsAfter(e, cls, stats);
        if (!parts.isEmpty()) {
          for (Element part : parts) {
            if (!overlaps(part, roots, stats)) {
              roots.add(part);
            }
          }
          return;
        }
      }
      e = parent;
    }
  }

  /**
   * The siblings after {@code e} with its tag and class that read as parts of the article, when the
   * first of them comes after an element with text of another kind: the box that split the article;
   * a heading there starts another section of the page. Elements of one class side by side are a
   * list (a blog's posts, a page's sections), not one article cut in two.
   */
  private static List<Element> partsAfter(Element e, String cls, Map<Element, int[]> stats) {
    List<Element> parts = new ArrayList<>(2);
    boolean split = false;
    for (Element next = e.nextElementSibling(); next != null; next = next.nextElementSibling()) {
      boolean same = next.normalName().equals(e.normalName()) && next.className().equals(cls);
      if (!same && parts.isEmpty()) {
        if (HEADINGS.contains(next.normalName())) {
          return List.of(); // a heading starts a section of the page, not the article's next part
        }
        int[] st = stats.get(next);
        split |= st != null && st[0] > 0;
      } else if (!same) {
        continue;
      } else if (parts.isEmpty() && !split) {
        return List.of();
      } else if (isPart(next, stats)) {
        parts.add(next);
      }
    }
    return parts;
  }

  private static final Set<String> HEADINGS = Set.of("h1", "h2", "h3", "h4", "h5", "h6");

  private static boolean isPart(Element e, Map<Element, int[]> stats) {
    int[] st = stats.get(e);
    return st != null
        && st[0] > 0
        && density(st) < PART_LINKS
        && BoilerplateHint.of(e) == null
        && 2 * hintedChars(e, stats) < st[0];
  }

  /**
   * The characters of the text inside {@code e} that elements announcing boilerplate hold (a
   * section of readers' comments is no part of the article even when its wrapper says nothing).
   */
  private static int hintedChars(Element e, Map<Element, int[]> stats) {
    int chars = 0;
    for (Element child : e.children()) {
      int[] st = stats.get(child);
      if (st == null || st[0] == 0) {
        continue;
      }
      chars += BoilerplateHint.of(child) != null ? st[0] : hintedChars(child, stats);
    }
    return chars;
  }

  private static boolean overlaps(Element e, List<Element> roots, Map<Element, int[]> stats) {
    int[] mine = stats.get(e);
    for (Element root : roots) {
      int[] r = stats.get(root);
      if (r != null && (r[2] <= mine[2] && mine[3] <= r[3] || mine[2] <= r[2] && r[3] <= mine[3])) {
        return true;
      }
    }
    return false;
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
