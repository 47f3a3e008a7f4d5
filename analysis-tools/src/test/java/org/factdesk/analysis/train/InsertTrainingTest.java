package org.factdesk.analysis.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.factdesk.analysis.FlagType;
import org.factdesk.analysis.detect.InsertTypeModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InsertTrainingTest {
  @TempDir Path dir;

  @Test
  void editorsDecisionsBecomeWeightedExamplesOfTheirFinalType() throws IOException {
    Path file = dir.resolve("decisions.tsv");
    Files.writeString(
        file,
        "text\tdecision\ttype\tnew_type\tdetector\n"
            + "Share this story\tACCEPTED\tSITE_CHROME\tSITE_CHROME\trules\n"
            + "© Harbour Media\tRETYPED\tSITE_CHROME\tLEGAL_NOTICE\tline-model\n"
            + "The council met on Tuesday.\tREJECTED\tRELATED_LINKS\tRELATED_LINKS\tstructure\n");
    List<TrainInsertTypes.Row> rows = TrainInsertTypes.decisions(file);
    assertEquals(3, rows.size());
    assertEquals(InsertTypeModel.classOf(FlagType.SITE_CHROME), rows.get(0).label());
    assertEquals(InsertTypeModel.classOf(FlagType.LEGAL_NOTICE), rows.get(1).label());
    assertEquals(InsertTypeModel.ARTICLE, rows.get(2).label());
    assertEquals(TrainInsertTypes.DECISION_WEIGHT, rows.get(2).weight());
  }

  @Test
  void aBadDecisionRowIsNamedByFileAndLine() throws IOException {
    Path file = dir.resolve("bad.tsv");
    Files.writeString(file, "header\nShare\tMAYBE\tSITE_CHROME\tSITE_CHROME\trules\n");
    IOException e = assertThrows(IOException.class, () -> TrainInsertTypes.decisions(file));
    assertTrue(e.getMessage().contains("bad.tsv line 2"), e.getMessage());
    assertTrue(e.getMessage().contains("MAYBE"), e.getMessage());
  }

  @Test
  void trainingOnTheSameRowsGivesTheSameWeights() throws IOException {
    List<TrainInsertTypes.Row> rows =
        List.of(
            new TrainInsertTypes.Row("Share this story", 4, 1),
            new TrainInsertTypes.Row("All rights reserved", 5, 1),
            new TrainInsertTypes.Row("The council voted to approve the budget.", 0, 1));
    Path cache = dir.resolve("vectors.bin");
    InsertTypeModel a = TrainInsertTypes.train(rows, cache);
    InsertTypeModel b = TrainInsertTypes.train(rows, cache);
    assertArrayEquals(a.byWords("Share this story"), b.byWords("Share this story"));
    assertTrue(a.byWords("Share this story")[4] > 0.5);
  }

  @Test
  void copiedLinesAreSplitByTheirSiteOrTheRepositoryFileTheyCameFrom() throws IOException {
    Path file = dir.resolve("web.tsv");
    Files.writeString(
        file,
        "# URL\tTYPE\ttext\n"
            + "https://www.harbour-ledger.example/news/1\tAI_DISCLAIMER\tA machine drafted this.\n"
            + "find-string:12345\tAI_DISCLAIMER\tKI hat beim Schreiben geholfen.\n"
            + "find-string:12345\tAI_DISCLAIMER\tAn assistant wrote the first version.\n");
    List<InsertExamples.Example> rows = InsertExamples.readWeb(file);
    assertEquals(3, rows.size());
    assertEquals("harbour-ledger.example", rows.get(0).site());
    assertEquals("find-string-12345", rows.get(1).site());
    assertEquals(rows.get(1).split(), rows.get(2).split());
    assertEquals(FlagType.AI_DISCLAIMER, rows.get(2).type());
  }

  @Test
  void aCopiedLineIsNamedByAHashOfItsTextAndNotByItsWords() {
    String locator = InsertExamples.locator("A machine drafted this.");
    assertTrue(locator.matches("[0-9a-f]{12}"), locator);
    assertEquals(locator, InsertExamples.locator("  A machine drafted this.\t"));
    assertTrue(!locator.equals(InsertExamples.locator("A machine drafted this!")));
  }

  @Test
  void theLocatorCheckFailsOnALineNobodyRecordedAndOnlyReportsLinesStillToCopy()
      throws IOException {
    Path web = dir.resolve("web.tsv");
    Files.writeString(
        web,
        "find-string:12345\tAI_DISCLAIMER\tA machine drafted this.\n"
            + "find-string:12345\tAI_DISCLAIMER\tAn assistant wrote the first version.\n");
    String first = InsertExamples.locator("A machine drafted this.");
    String second = InsertExamples.locator("An assistant wrote the first version.");
    Path locators = dir.resolve("lines.tsv");
    java.io.ByteArrayOutputStream text = new java.io.ByteArrayOutputStream();

    Files.writeString(
        locators,
        "# SOURCE\tTYPE\tLOCATOR\n"
            + "find-string:12345\tAI_DISCLAIMER\t"
            + first
            + "\n"
            + "find-string:12345\tAI_DISCLAIMER\t"
            + second
            + "\n"
            + "find-string:67890\tAI_DISCLAIMER\t0123456789ab\n");
    assertTrue(InsertExamples.check(web, locators, new java.io.PrintStream(text)));
    assertTrue(text.toString().contains("locators not found: 1 of 3"), text.toString());

    Files.writeString(locators, "find-string:12345\tAI_DISCLAIMER\t" + first + "\n");
    text.reset();
    assertTrue(!InsertExamples.check(web, locators, new java.io.PrintStream(text)));
    assertTrue(text.toString().contains("1 with a locator, 1 without"), text.toString());
    assertTrue(text.toString().contains(second), text.toString());
  }

  @Test
  void copiedLinesTakeTheOrderOfTheirLocatorsWhateverOrderTheirFileHas() throws IOException {
    Path web = dir.resolve("web.tsv");
    Files.writeString(
        web,
        "find-string:2\tPROMOTIONAL\tPartner content from a sponsor.\n"
            + "find-string:9\tAI_DISCLAIMER\tNot in the locators.\n"
            + "find-string:1\tAI_DISCLAIMER\tA machine drafted this.\n");
    Path locators = dir.resolve("lines.tsv");
    Files.writeString(
        locators,
        "# SOURCE\tTYPE\tLOCATOR\n"
            + "find-string:1\tAI_DISCLAIMER\t"
            + InsertExamples.locator("A machine drafted this.")
            + "\n"
            + "find-string:2\tPROMOTIONAL\t"
            + InsertExamples.locator("Partner content from a sponsor.")
            + "\n");

    List<InsertExamples.Example> ordered =
        InsertExamples.inLocatorOrder(InsertExamples.readWeb(web), locators);

    assertEquals(
        List.of("find-string:1", "find-string:2", "find-string:9"),
        ordered.stream().map(InsertExamples.Example::id).toList());
  }

  @Test
  void aCopiedLineWithoutASiteIsNamedByFileAndLine() throws IOException {
    Path file = dir.resolve("web.tsv");
    Files.writeString(file, "find-string:abc\tAI_DISCLAIMER\tA machine drafted this.\n");
    IOException e = assertThrows(IOException.class, () -> InsertExamples.readWeb(file));
    assertTrue(e.getMessage().contains("web.tsv line 1"), e.getMessage());
    assertTrue(e.getMessage().contains("find-string:abc"), e.getMessage());
  }

  @Test
  void theLabellerTypesWhatItRecognisesAndLeavesTheRestOpen() {
    List<String> lines =
        List.of(
            "Copyright 2011 Harbour Media Group. All rights reserved.",
            "This report was generated with the help of an AI system.",
            "Use promo code HARBOUR for free shipping",
            "By Marta Kell",
            "Home | News | Sport | Weather | Contact",
            "The council voted to approve the budget.",
            "Quayside");
    boolean[] article = {false, false, false, false, false, true, false};
    FlagType[] types = InsertLabeller.label(lines, article);
    assertEquals(FlagType.LEGAL_NOTICE, types[0]);
    assertEquals(FlagType.AI_DISCLAIMER, types[1]);
    assertEquals(FlagType.PROMOTIONAL, types[2]);
    assertEquals(FlagType.METADATA, types[3]);
    assertEquals(FlagType.SITE_CHROME, types[4]);
    assertEquals(null, types[5]);
    assertEquals(null, types[6]);
  }

  @Test
  void withTheHostTheSitesOwnNameIsAnOutletLineEvenAmongTheMenu() {
    List<String> lines =
        List.of("Home", "HARBOURPOST", "Sport", "Weather", "The council met.", "© Harbour Post");
    boolean[] article = {false, false, false, false, true, false};
    assertEquals(FlagType.SITE_CHROME, InsertLabeller.label(lines, article)[1]);
    FlagType[] types = InsertLabeller.label(lines, article, "www.harbourpost.co.uk");
    assertEquals(FlagType.METADATA, types[1]);
    assertEquals(FlagType.SITE_CHROME, types[0]);
    assertEquals(FlagType.SITE_CHROME, types[2]);
    assertEquals(null, types[4]);
    // a copyright line stays one, though its words are the site's name
    assertEquals(FlagType.LEGAL_NOTICE, types[5]);
  }

  @Test
  void aSitesNameIsItsHostItsNameUnderThePublicSuffixOrTheSameAfterThe() {
    assertTrue(InsertLabeller.isOutletName("WSJ", "online.wsj.com"));
    assertTrue(InsertLabeller.isOutletName("Harbour Post", "harbourpost.com"));
    assertTrue(InsertLabeller.isOutletName("The Harbour Post", "harbourpost.com"));
    assertTrue(InsertLabeller.isOutletName("harbourpost.com", "www.harbourpost.com"));
    assertTrue(InsertLabeller.isOutletName("BBC", "bbc.co.uk"));
    assertTrue(InsertLabeller.isOutletName("NEWS.com.au", "news.com.au"));
    // a section word that happens to be the host's name is the menu's entry, not the outlet
    assertFalse(InsertLabeller.isOutletName("News", "news.com.au"));
    assertFalse(InsertLabeller.isOutletName("Harbour", "harbourpost.com"));
    assertFalse(InsertLabeller.isOutletName("Harbour Post sports desk", "harbourpost.com"));
  }
}
