package org.factdesk.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.factdesk.analysis.detect.LearnedTypeDetector;
import org.factdesk.analysis.detect.RuleSet;
import org.factdesk.analysis.html.HtmlExtractor;
import org.junit.jupiter.api.Test;

/** The learned insert types on the HTML path (decision 0040): they retype, never re-decide. */
class LearnedTypesOnHtmlTest {
  private static final String PAGE =
      "<html><head><title>Ferry Line Opens to the Islands</title></head><body>"
          + "<div><div><a href='/'>Home</a></div><div><a href='/n'>News</a></div>"
          + "<div><a href='/s'>Sport</a></div></div>"
          + "<div><h1>Ferry Line Opens to the Islands</h1>"
          + "<p>The new ferry line to the outer islands opened on Monday, carrying more than four"
          + " hundred passengers on its first day, the operator said in a statement.</p>"
          + "<p>Islanders had waited six years for the service, which replaces a slower boat that"
          + " ran twice a week and often stayed in port when the wind rose in winter.</p>"
          + "<p>The operator plans three crossings a day in summer and two in winter, and says"
          + " fares will stay at the level of the old boat until the end of next year.</p></div>"
          + "<div>Posted on March 3, 2025 by Mira Holt</div>"
          + "<div><a href='/t'>Terms of use</a> <a href='/p'>Privacy policy</a></div>"
          + "<footer><div>Terms of Service | Privacy Policy | Cookie Policy</div>"
          + "<div>Contact the newsroom</div></footer>"
          + "<nav><div><a href='/h'>Home page</a></div>"
          + "<div><a href='/f'>Latest Ferry News</a></div></nav>"
          + "</body></html>";

  private static AnalysisResult analyze(boolean learned) {
    return new Analyzer(RuleSet.defaults(), learned)
        .analyze(PAGE.getBytes(StandardCharsets.UTF_8), ContentHint.HTML, SourceInfo.NONE);
  }

  private static List<String> detectors(TextBlock b) {
    return b.flags().stream().map(DetectorFlag::detector).toList();
  }

  private static TextBlock block(AnalysisResult r, String text) {
    return r.blocks().stream().filter(b -> b.text().contains(text)).findFirst().orElseThrow();
  }

  @Test
  void aBylineTheBlockModelTypedByItsLinksIsRetypedByItsWords() {
    // the metadata reader does not read this byline (its own byline flag would carry the type
    // too); the words read it as metadata at 0.80 (model v4)
    TextBlock before = block(analyze(false), "Posted on March 3, 2025 by Mira Holt");
    assertEquals(List.of(HtmlExtractor.ID), detectors(before));
    assertTrue(HtmlExtractor.typeFromShape(before.flags().get(0)), before.flags().toString());

    TextBlock after = block(analyze(true), "Posted on March 3, 2025 by Mira Holt");
    DetectorFlag top = after.flags().get(0);
    assertEquals(FlagType.METADATA, top.type(), after.flags().toString());
    assertEquals(LearnedTypeDetector.ID, top.detector());
    assertTrue(top.reason().startsWith("reads like a byline or dateline"), top.reason());
  }

  @Test
  void theArticleTextIsTheBlockModelsCallWithOrWithoutTheLearnedTypes() {
    List<Boolean> before = analyze(false).blocks().stream().map(TextBlock::isArticle).toList();
    List<Boolean> after = analyze(true).blocks().stream().map(TextBlock::isArticle).toList();
    assertEquals(before, after);
    assertTrue(block(analyze(true), "ferry line to the outer islands").isArticle());
  }

  @Test
  void aNarrowerTypeTheWordsAreSureOfWinsOverTheFootersFurniture() {
    TextBlock before = block(analyze(false), "Cookie Policy");
    assertEquals(FlagType.SITE_CHROME, before.flags().get(0).type());
    assertTrue(before.flags().get(0).reason().contains("inside <footer>"));

    TextBlock after = block(analyze(true), "Cookie Policy");
    DetectorFlag top = after.flags().get(0);
    assertEquals(FlagType.LEGAL_NOTICE, top.type(), after.flags().toString());
    assertTrue(top.reason().endsWith("the page's markup said page furniture"), top.reason());
    // furniture the words do not read as a narrower type stays as the footer said
    assertEquals(
        FlagType.SITE_CHROME, block(analyze(true), "Contact the newsroom").flags().get(0).type());
  }

  /**
   * Furniture and related links an element announced swap when the words are sure (decision 0045):
   * a link to other stories inside {@code <nav>} is a related link.
   */
  @Test
  void aNavigationLinkTheWordsReadAsOtherStoriesIsARelatedLink() {
    TextBlock before = block(analyze(false), "Latest Ferry News");
    assertEquals(FlagType.SITE_CHROME, before.flags().get(0).type(), before.flags().toString());
    assertTrue(before.flags().get(0).reason().contains("inside <nav>"));

    TextBlock after = block(analyze(true), "Latest Ferry News");
    DetectorFlag top = after.flags().get(0);
    assertEquals(FlagType.RELATED_LINKS, top.type(), after.flags().toString());
    assertTrue(top.reason().endsWith("the page's markup said page furniture"), top.reason());
    assertEquals(FlagType.SITE_CHROME, block(analyze(true), "Home page").flags().get(0).type());
  }
}
