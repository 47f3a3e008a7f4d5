package org.factdesk.analysis.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.factdesk.analysis.DetectorFlag;
import org.factdesk.analysis.TextBlock;
import org.junit.jupiter.api.Test;

class CommentThreadsTest {
  private static final String ARTICLE =
      "<h1>Tavel Basin audit ordered</h1>"
          + "<p>The Tavel Basin Commission on Wednesday ordered an audit of three dams, after"
          + " farmers in the lower valley said that flows had fallen by 18 percent since the spring"
          + " and that nobody had told them why.</p>"
          + "<p>Commission chair Ana Reyes said the auditors would see raw data from all 42"
          + " gauging stations, and that they would report to the commission by September at the"
          + " latest.</p>"
          + "<p>Officials in Lindqvist said only monthly averages had been released so far, which"
          + " they called a breach of the treaty that the two provinces signed in 1998.</p>";

  private static final String[] COMMENTS = {
    "About time. The gauges near our farm have read the same number for three weeks, which no"
        + " river I know of does in July.",
    "I worked at the commission for ten years and the raw data was always there for anyone who"
        + " asked in writing. Nobody asked.",
    "Will the audit look at the upstream reservoir too, or only the three dams? The reservoir is"
        + " where the water goes.",
  };

  private static final String[] NAMES = {"Marta", "Joe Pell", "river_watcher"};

  /** A blog template's thread: no class or id anywhere, each comment signed below its text. */
  private static String page(String heading) {
    StringBuilder html = new StringBuilder("<html><body><div>").append(ARTICLE);
    html.append("<p>Posted by Ana on March 21, 2007 | Permalink</p>");
    html.append("<h3>").append(heading).append("</h3>");
    for (int i = 0; i < COMMENTS.length; i++) {
      html.append("<p>").append(COMMENTS[i]).append("</p>");
      html.append("<p>Posted by: ")
          .append(NAMES[i])
          .append(" | Mar 2")
          .append(2 + i)
          .append(", 2007 ")
          .append(10 + i)
          .append(":1")
          .append(i)
          .append(":02 PM</p>");
    }
    return html.append("</div></body></html>").toString();
  }

  private static List<String> kept(HtmlExtraction x) {
    return x.blocks().stream()
        .filter(b -> !x.boilerplate().containsKey(b.index()))
        .map(TextBlock::text)
        .toList();
  }

  @Test
  void threadAfterTheArticleIsFlaggedAsReadersComments() {
    HtmlExtraction x = HtmlExtractor.extract(page("3 Comments"), "");
    List<String> kept = kept(x);
    for (String comment : COMMENTS) {
      assertFalse(kept.contains(comment), "comment kept: " + comment);
    }
    assertTrue(
        kept.stream().anyMatch(t -> t.startsWith("The Tavel Basin Commission")), kept::toString);
    assertTrue(kept.stream().anyMatch(t -> t.startsWith("Officials in Lindqvist")), kept::toString);
    DetectorFlag first =
        x.blocks().stream()
            .filter(b -> b.text().equals(COMMENTS[0]))
            .map(b -> x.boilerplate().get(b.index()))
            .findFirst()
            .orElseThrow();
    assertTrue(HtmlExtractor.isReadersComments(first), first.toString());
    assertTrue(first.reason().contains("a thread by its shape"), first.reason());
  }

  @Test
  void withoutAnAnnouncementOrSignaturesTheProseStays() {
    // a section of the article called "Comment" (singular, as newspapers' opinion sections)
    HtmlExtraction x = HtmlExtractor.extract(page("Comment"), "");
    assertTrue(x.boilerplate().values().stream().noneMatch(HtmlExtractor::isReadersComments));
  }

  @Test
  void announcements() {
    for (String yes :
        List.of(
            "Comments",
            "Comments (26)",
            "12 Comments",
            "One response to “Tavel Basin audit ordered”",
            "3 thoughts on “Tavel Basin audit ordered”",
            "Reader comments:",
            "Leave a Reply",
            "Join the discussion")) {
      assertTrue(CommentThreads.isAnnouncement(yes), yes);
    }
    for (String no :
        List.of(
            "Comment",
            "Recent Comments",
            "response to the Drudge Report's discovery of congressional testimony",
            "Comments are welcome here, and I read every one of them twice",
            "Responses to the flood were slow, the report says")) {
      assertFalse(CommentThreads.isAnnouncement(no), no);
    }
  }

  @Test
  void signatures() {
    for (String yes :
        List.of(
            "Posted by: Andrew | Mar 26, 2007 2:00:18 PM",
            "posted on Tuesday, October 30, 2012 at 9:46 AM by Peter Alberti",
            "Joe Pell says:",
            "August 9th, 2012 at 2:07 pm",
            "26.03.2007 14:02",
            "river_watcher 3 days ago")) {
      assertTrue(CommentThreads.isSignature(yes), yes);
    }
    for (String no :
        List.of(
            "The commission met at 10:30 to discuss the audit.",
            "“She’s the regular person,” Fraction says.",
            "Posted by Ana")) {
      assertFalse(CommentThreads.isSignature(no), no);
    }
  }

  @Test
  void theThreadRunsToTheEndOfTheElementHoldingIt() {
    HtmlExtraction x = HtmlExtractor.extract(page("Leave a Reply"), "");
    long comments =
        x.boilerplate().values().stream().filter(HtmlExtractor::isReadersComments).count();
    // the heading, three comments and three signatures; signatures may carry the model's flag
    assertTrue(comments >= 4, x.boilerplate().toString());
    assertEquals(
        0,
        x.boilerplate().entrySet().stream()
            .filter(e -> HtmlExtractor.isReadersComments(e.getValue()))
            .filter(e -> x.blocks().get(e.getKey()).text().startsWith("Officials"))
            .count());
  }
}
