package org.factdesk.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.factdesk.analysis.detect.LineFingerprint;
import org.factdesk.analysis.detect.RuleSet;
import org.factdesk.analysis.text.TextDecoder;
import org.junit.jupiter.api.Test;

class AnalyzerTest {
  private final Analyzer cut = new Analyzer();

  private static final String ARTICLE =
      String.join(
          "\n",
          "Harbour Strike Ends After Twelve Days",
          "",
          "The strike at the Kestrel Bay harbour ended on Friday after the dock workers union"
              + " accepted a wage offer of 6 percent.",
          "",
          "Get the Harbor Ledger app for the latest news",
          "",
          "Union leader Tomas Brandt said the agreement would be signed on Monday, according to a"
              + " statement from the union.");

  private static final List<String> HEADLINES =
      List.of(
          "Valmora Lifts Fishing Quota After Three-Year Freeze",
          "Floods Close Two Bridges Across the Delta",
          "Airline Adds Direct Route to Marenburg",
          "Students Build Solar Boat for National Contest",
          "Bank Strike Ends After Twelve Days");

  @Test
  void lineShapeRulesReadPlainTextButNotHtml() throws Exception {
    String lead =
        "The strike at the Kestrel Bay harbour ended on Friday after the dock workers union"
            + " accepted a wage offer of 6 percent, the port authority said.";
    String second =
        "Union leader Tomas Brandt said the agreement would be signed on Monday, according to a"
            + " statement from the union, and work would resume at once.";
    String text =
        String.join(
            "\n\n",
            "Harbour Strike Ends After Twelve Days",
            lead,
            second,
            String.join("\n", HEADLINES));
    AnalysisResult plain =
        cut.analyze(text.getBytes(StandardCharsets.UTF_8), ContentHint.TEXT, SourceInfo.NONE);
    assertTrue(
        plain.blocks().stream()
            .anyMatch(b -> b.flags().stream().anyMatch(f -> f.detector().equals("structure"))),
        "as plain text a run of headline-like lines is read by its shape");
    String html =
        "<html><head><title>Harbour Strike Ends After Twelve Days</title></head><body><article>"
            + "<h1>Harbour Strike Ends After Twelve Days</h1><p>"
            + lead
            + "</p><p>"
            + second
            + "</p><p>"
            + String.join("</p><p>", HEADLINES)
            + "</p></article></body></html>";
    AnalysisResult page =
        cut.analyze(html.getBytes(StandardCharsets.UTF_8), ContentHint.HTML, SourceInfo.NONE);
    assertEquals(ContentHint.HTML, page.format());
    assertTrue(
        page.blocks().stream()
            .noneMatch(b -> b.flags().stream().anyMatch(f -> f.detector().equals("structure"))),
        "on HTML the block model judges the same lines with the DOM's evidence (decision 0043)");
  }

  @Test
  void analysesHtmlWithMetadataFlagsAndClaims() throws Exception {
    AnalysisResult r =
        cut.analyze(
            FixtureArticlesTest.resource("news-page.html"), ContentHint.AUTO, SourceInfo.NONE);
    assertEquals(ContentHint.HTML, r.format());
    assertEquals("Tavel Basin Commission Orders Dam Audit", r.metadata().title());
    assertEquals("Northern Ledger", r.metadata().outlet());
    assertEquals(LocalDate.of(2025, 4, 9), r.metadata().published());
    assertEquals("https://ledger.example/world/tavel-audit", r.metadata().url());
    assertEquals("Mira Holt", r.metadata().author());
    assertEquals("en", r.metadata().language());
    assertTrue(
        r.cleanText()
            .startsWith("Tavel Basin Commission Orders Dam Audit\n\nThe Tavel Basin Commission"),
        r.cleanText());
    for (String gone :
        List.of(
            "Home",
            "Share on Facebook",
            "Coldline",
            "Glass Makers",
            "Newsletter",
            "Leave a Reply",
            "All rights reserved",
            "We use cookies",
            "Hidden paragraph",
            "Template text",
            "Subscribe now",
            "window.tracker")) {
      assertFalse(r.cleanText().contains(gone), gone);
    }
    for (String kept :
        List.of(
            "Why the data matters",
            "Farmers cannot plan with averages",
            "Budget: $1.4 million",
            "<img src=x onerror=alert(1)>")) {
      assertTrue(r.cleanText().contains(kept), kept);
    }
    assertTrue(
        r.decodedText()
            .substring(r.blocks().get(8).start(), r.blocks().get(8).end())
            .contains("Tavel"));
    assertTrue(r.claims().stream().anyMatch(c -> c.text().contains("18 percent")));
  }

  @Test
  void importerMetadataWinsOverExtractedMetadata() {
    SourceInfo info =
        new SourceInfo("https://ledger.example/a", "Harbor Ledger", null, LocalDate.of(2025, 5, 2));
    AnalysisResult r =
        cut.analyze(ARTICLE.getBytes(StandardCharsets.UTF_8), ContentHint.TEXT, info);
    assertEquals("Harbor Ledger", r.metadata().outlet());
    assertEquals("https://ledger.example/a", r.metadata().url());
    assertEquals(LocalDate.of(2025, 5, 2), r.metadata().published());
    assertEquals("Harbour Strike Ends After Twelve Days", r.metadata().title());
    assertEquals("en", r.metadata().language());
    assertEquals("UTF-8", r.charset());
  }

  @Test
  void outletFingerprintsFlagTheOutletsBoilerplate() {
    OutletFingerprints known =
        new OutletFingerprints(
            "Harbor Ledger",
            Map.of(LineFingerprint.of("Get the Harbor Ledger app for the latest news"), 9),
            2);
    AnalysisResult r =
        cut.analyze(
            ARTICLE.getBytes(StandardCharsets.UTF_8), ContentHint.TEXT, SourceInfo.NONE, known);
    TextBlock app = r.blocks().get(2);
    assertEquals(
        "appears in 9 earlier articles of Harbor Ledger",
        app.flag(FlagType.SITE_CHROME).orElseThrow().reason());
    assertEquals(
        List.of(0, 1, 3),
        r.blocks().stream().filter(TextBlock::isArticle).map(TextBlock::index).toList());
    assertEquals(LineFingerprint.of(app.text()), r.lineFingerprints().get(2));
  }

  @Test
  void preparedArticleGivesTheSameResultAsOneCall() {
    OutletFingerprints known =
        new OutletFingerprints(
            "Harbor Ledger",
            Map.of(LineFingerprint.of("Get the Harbor Ledger app for the latest news"), 9),
            2);
    byte[] bytes = ARTICLE.getBytes(StandardCharsets.UTF_8);
    SourceInfo info = new SourceInfo(null, "Harbor Ledger", null, null);
    Analyzer.Prepared prepared = cut.prepare(bytes, ContentHint.TEXT, info);
    AnalysisResult plain = cut.analyze(bytes, ContentHint.TEXT, info);
    AnalysisResult withBoilerplate = cut.analyze(bytes, ContentHint.TEXT, info, known);

    assertEquals("Harbor Ledger", prepared.metadata().outlet());
    assertEquals(plain.contentHash(), prepared.contentHash());
    assertEquals(plain.blocks().stream().map(TextBlock::text).toList(), prepared.blockTexts());
    // in either order, and more than once: each call runs the detectors anew
    assertEquals(
        withBoilerplate.toString(), prepared.analyze(known).toString(), "with boilerplate");
    assertEquals(plain.toString(), prepared.analyze(OutletFingerprints.NONE).toString());
    assertEquals(withBoilerplate.toString(), prepared.analyze(known).toString());
    assertEquals(
        "appears in 9 earlier articles of Harbor Ledger",
        prepared.analyze(known).blocks().get(2).flag(FlagType.SITE_CHROME).orElseThrow().reason());
    assertNotEquals(plain.toString(), withBoilerplate.toString(), "the boilerplate counts");
  }

  @Test
  void preparingUnreadableInputFails() {
    assertThrows(
        UnreadableInputException.class,
        () -> cut.prepare(new byte[0], ContentHint.AUTO, SourceInfo.NONE));
  }

  @Test
  void resultCarriesHashesAndRulesVersion() {
    AnalysisResult r =
        cut.analyze(ARTICLE.getBytes(StandardCharsets.UTF_8), ContentHint.AUTO, SourceInfo.NONE);
    assertEquals(ContentHint.TEXT, r.format());
    assertEquals(64, r.contentHash().length());
    assertEquals("2", r.rulesVersion());
    assertEquals(16, r.simHashHex().length());
    AnalysisResult windows =
        cut.analyze(ARTICLE.getBytes(TextDecoder.WINDOWS_1252), ContentHint.AUTO, SourceInfo.NONE);
    assertEquals(r.contentHash(), windows.contentHash());
  }

  @Test
  void rejectsUnreadableInput() {
    assertThrows(
        UnreadableInputException.class,
        () -> cut.analyze(new byte[0], ContentHint.AUTO, SourceInfo.NONE));
    assertThrows(
        UnreadableInputException.class,
        () ->
            cut.analyze(new byte[] {0, 1, 2, 3, 4, 5, 6, 7, 8}, ContentHint.AUTO, SourceInfo.NONE));
    var e =
        assertThrows(
            UnreadableInputException.class,
            () ->
                cut.analyze(
                    "<html><body><script>x()</script></body></html>"
                        .getBytes(StandardCharsets.UTF_8),
                    ContentHint.HTML,
                    SourceInfo.NONE));
    assertEquals("the HTML contains no readable text", e.getMessage());
    assertThrows(
        UnreadableInputException.class,
        () ->
            cut.analyzeText(
                " \u00a0\n", ContentHint.TEXT, SourceInfo.NONE, OutletFingerprints.NONE));
  }

  @Test
  void aCustomRuleSetIsUsed() {
    Analyzer custom =
        new Analyzer(
            new RuleSet(
                "# version: 9\n"
                    + "SITE_CHROME\t0.7\tline:Get the Harbor Ledger app for the latest news"));
    AnalysisResult r =
        custom.analyze(ARTICLE.getBytes(StandardCharsets.UTF_8), ContentHint.TEXT, SourceInfo.NONE);
    assertEquals("9", r.rulesVersion());
    assertTrue(r.blocks().get(2).hasFlag(FlagType.SITE_CHROME));
  }

  @Test
  void isDeterministicAndSafeToShareAcrossThreads() throws Exception {
    byte[] html = FixtureArticlesTest.resource("news-page.html");
    byte[] text = FixtureArticlesTest.resource("promo-offtopic-notices.txt");
    AnalysisResult htmlOnce = cut.analyze(html, ContentHint.AUTO, SourceInfo.NONE);
    AnalysisResult textOnce = cut.analyze(text, ContentHint.AUTO, SourceInfo.NONE);
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<Boolean>> runs = new ArrayList<>();
      for (int i = 0; i < 40; i++) {
        boolean useHtml = i % 2 == 0;
        runs.add(
            pool.submit(
                () ->
                    useHtml
                        ? cut.analyze(html, ContentHint.AUTO, SourceInfo.NONE).equals(htmlOnce)
                        : cut.analyze(text, ContentHint.AUTO, SourceInfo.NONE).equals(textOnce)));
      }
      for (Future<Boolean> run : runs) {
        assertTrue(run.get());
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void textWithoutMarkupIsTreatedAsTextEvenWhenCalledHtml() {
    AnalysisResult r =
        cut.analyze(ARTICLE.getBytes(StandardCharsets.UTF_8), ContentHint.HTML, SourceInfo.NONE);
    assertEquals(ContentHint.TEXT, r.format());
    assertEquals(4, r.blocks().size());
  }
}
