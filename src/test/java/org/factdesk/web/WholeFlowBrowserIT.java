package org.factdesk.web;

import static org.factdesk.support.DemoUsers.ADMIN;
import static org.factdesk.support.DemoUsers.ADMIN_PASSWORD;
import static org.factdesk.support.DemoUsers.CHECKER;
import static org.factdesk.support.DemoUsers.CHECKER_PASSWORD;
import static org.factdesk.support.DemoUsers.EDITOR;
import static org.factdesk.support.DemoUsers.EDITOR_PASSWORD;
import static org.factdesk.support.DemoUsers.LEAD;
import static org.factdesk.support.DemoUsers.LEAD_PASSWORD;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.factdesk.support.Browser;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * Issue 6's "done when" in one flow, every step in a real browser on the demo data: an editor
 * pastes the demo chip-plant article on the Import page (the file as shipped is refused as the
 * start-up copy; a copy whose title names this run is imported and linked to it), decides its flags
 * from the keyboard, confirms a claim and finishes the review; assigns the claim to the
 * fact-checker, who rates it with evidence from "My queue" and moves the article on to ready; a
 * second editor approves it; the admin makes a dataset of its outlet and promotional inserts,
 * publishes a version and downloads the JSONL, CSV, ClaimReview and zip, each parsed and checked.
 *
 * <p>The demo article shipped in the build is pasted with a marked title rather than taken as it
 * was imported at start-up: the IT database outlives a run, and an approved start-up copy could
 * neither be approved again nor be reviewed by {@code ReviewBrowserIT}, which cleans every demo
 * article. Its outlet names the run, so no outlet boilerplate from earlier runs is learnt.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class WholeFlowBrowserIT {

  private static final String DEMO = "04-chip-plant.txt";
  private static final String DEMO_TITLE =
      "Valmora Grants “Fast-Track” Permits for Northgate Chip Plant, Promises Ruling on Water Rights";
  private static final String CLAIM_WORDS = "recycle 70 percent of the water";
  private static final String EVIDENCE_URL = "https://valmora-water.example/kestrel-permit-filing";

  @ArquillianResource private URL base;

  private final String run = "Run W" + UUID.randomUUID().toString().substring(0, 8);
  private final String outlet = "Industry Wire Digest " + run;
  private final String url =
      "https://industrywiredigest.example/semiconductors/valmora-chip-plant-"
          + run.substring(5).toLowerCase();
  private final String title = DEMO_TITLE + ", " + run;
  private String article;
  private String claim;

  @Test
  void anArticleGoesFromImportToADownloadedDatasetVersionInTheBrowser() throws Exception {
    String demo = resource("/org/factdesk/demo/articles/" + DEMO);
    String clean = resource("/org/factdesk/demo/clean/04.txt").replace(DEMO_TITLE, title);

    try (Browser editor = new Browser(base)) {
      editor.signIn(EDITOR, EDITOR_PASSWORD);
      String startUpCopy = pasteTheDemoFileAsShipped(editor, demo);
      pasteTheDemoArticleWithTheRunInItsTitle(editor, demo, startUpCopy);
      decideEveryFlagFromTheKeyboard(editor, clean);
      confirmTheRecyclingClaim(editor);
      finishTheReview(editor);
      assignTheClaimToTheFactChecker(editor);
    }
    try (Browser checker = new Browser(base)) {
      checker.signIn(CHECKER, CHECKER_PASSWORD);
      rateTheClaimFromMyQueue(checker);
      seeThatOnlyAnEditorMovesItOn(checker);
    }
    try (Browser editor = new Browser(base)) {
      editor.signIn(EDITOR, EDITOR_PASSWORD);
      moveTheArticleOnToReady(editor);
      tryToApproveWhatIReviewed(editor);
    }
    try (Browser lead = new Browser(base)) {
      lead.signIn(LEAD, LEAD_PASSWORD);
      approveAsASecondEditor(lead);
    }
    try (Browser admin = new Browser(base)) {
      admin.signIn(ADMIN, ADMIN_PASSWORD);
      makeADatasetOfTheOutletsPromotedArticles(admin);
      publishAVersionAndWaitForItsRow(admin);
      byte[] jsonl = download(admin, "jsonl", "application/x-ndjson");
      checkTheJsonl(jsonl, clean);
      checkTheCsv(download(admin, "csv", "text/csv"), clean);
      checkTheClaimReview(download(admin, "claimreview", "application/ld+json"));
      checkTheZip(download(admin, "zip", "application/zip"), jsonl);
    }
  }

  /** The file exactly as shipped is the article demo mode imported at start-up; its id. */
  private String pasteTheDemoFileAsShipped(Browser editor, String demo) {
    openImportPage(editor);
    paste(editor, demo);
    editor.clickAndWait("#pasteForm\\:import");
    String said = editor.text(".ui-growl");
    assertTrue(said.contains("Not imported: not stored: the same text as article "), said);
    String id = said.replaceAll("(?s).*the same text as article (\\d+).*", "$1");
    editor.open("/articles/article.xhtml?id=" + id);
    assertEquals(DEMO_TITLE, editor.text("#articleTitle"));
    assertTrue(
        editor.text("#metaUrl").startsWith("https://industrywiredigest.example/"),
        editor.text("#metaUrl"));
    return id;
  }

  private void pasteTheDemoArticleWithTheRunInItsTitle(
      Browser editor, String demo, String startUpCopy) {
    openImportPage(editor);
    paste(
        editor,
        demo.replace(DEMO_TITLE + "\n", title + "\n")
            .replace(DEMO_TITLE.replace('“', '"').replace('”', '"') + " - ", markedSecondTitle()));
    editor.find("#pasteForm\\:outlet").sendKeys(outlet);
    editor.find("#pasteForm\\:url").sendKeys(url);
    editor.find("#pasteForm\\:import").click();
    editor.waitFor(ExpectedConditions.urlContains("/articles/article.xhtml?id="));
    article = editor.path().replaceAll(".*[?&]id=(\\d+).*", "$1");

    assertEquals(title, editor.text("#articleTitle"));
    assertEquals(outlet, editor.text("#metaOutlet"));
    String duplicates = editor.text("#duplicates");
    assertTrue(duplicates.contains("#" + startUpCopy + " " + DEMO_TITLE), duplicates);
    assertTrue(duplicates.contains("NEAR"), duplicates);
  }

  /** The second line repeats the title with the outlet's suffix, so it names the run too. */
  private String markedSecondTitle() {
    return DEMO_TITLE.replace('“', '"').replace('”', '"') + ", " + run + " - ";
  }

  /**
   * Each block of the clean demo text stays (j, or r where a detector flagged it); every other
   * block is taken out as flagged (a); then saved (s).
   */
  private void decideEveryFlagFromTheKeyboard(Browser editor, String clean) {
    editor.clickAndWaitForPage("#factCheck\\:openReview");
    assertTrue(editor.path().startsWith("/articles/review.xhtml?id=" + article), editor.path());
    Set<String> kept = Set.of(clean.split("\n\n"));
    int blocks = editor.driver().findElements(By.cssSelector(".fd-rblock")).size();
    assertEquals(23, blocks);
    for (int i = 0; i < blocks; i++) {
      String text = editor.text("#block-" + i + " .fd-block-text");
      boolean flagged = editor.isPresent("#block-" + i + " .fd-chip");
      if (kept.contains(text)) {
        editor.keys(flagged ? "r" : "j");
      } else {
        assertTrue(flagged, "block " + (i + 1) + " is not article but not flagged: " + text);
        editor.keys("a");
      }
    }
    editor.keys("s");
    editor.waitFor(ExpectedConditions.invisibilityOfElementLocated(By.id("review:unsaved")));
    assertEquals("0 pending", editor.text("#pendingCount"));
    editor.find("#review\\:views a[href*='cleanTab']").click();
    assertEquals(clean.strip(), editor.text("#cleanText"));
  }

  private void confirmTheRecyclingClaim(Browser editor) {
    editor.find("#review\\:views a[href*='claimsTab']").click();
    String candidate = "//li[@data-candidate and contains(., '" + CLAIM_WORDS + "')]";
    editor.waitFor(ExpectedConditions.visibilityOfElementLocated(By.xpath(candidate)));
    editor.idle();
    editor
        .driver()
        .findElement(By.xpath(candidate + "//button[contains(@class,'fd-confirm')]"))
        .click();
    editor.idle();
    WebElement confirmed =
        editor.waitFor(
            ExpectedConditions.visibilityOfElementLocated(
                By.xpath("//div[@data-claim and contains(., '" + CLAIM_WORDS + "')]")));
    assertEquals("CONFIRMED", confirmed.getAttribute("data-state"));
    claim = confirmed.getAttribute("data-claim");
  }

  private void finishTheReview(Browser editor) {
    editor.find("#review\\:finish").click();
    editor.waitFor(ExpectedConditions.urlContains("/articles/list.xhtml"));
    assertTrue(editor.text(".ui-growl").contains("is now In fact-check"), editor.text(".ui-growl"));
  }

  private void assignTheClaimToTheFactChecker(Browser editor) {
    openArticle(editor);
    editor.clickAndWaitForPage("#articleClaims tr[data-claim='" + claim + "'] a");
    assertTrue(editor.path().endsWith("/claims/claim.xhtml?id=" + claim), editor.path());
    new Select(editor.find("#claim\\:assigneeMenu")).selectByValue(CHECKER);
    editor.clickAndWait("#claim\\:assignButton");
    assertTrue(editor.text("#assignee").startsWith(CHECKER), editor.text("#assignee"));
  }

  private void rateTheClaimFromMyQueue(Browser checker) {
    checker.find("#menuForm\\:menuQueue").click();
    checker.waitFor(ExpectedConditions.urlContains("/claims/queue.xhtml"));
    checker.find("#queue\\:mine a.fd-queue-claim[href$='id=" + claim + "']").click();
    checker.waitFor(ExpectedConditions.urlContains("/claims/claim.xhtml?id=" + claim));

    checker.find("#claim\\:rating input[value='MOSTLY_TRUE']").click();
    checker
        .find("#claim\\:rationale")
        .sendKeys("The permit filing commits Kestrel to recycle 65 to 70 percent of its water.");
    assertFalse(
        checker.find("#claim\\:claimant").getAttribute("value").isBlank(),
        "the claimant is proposed");
    checker.find("#claim\\:evidence\\:0\\:url").sendKeys(EVIDENCE_URL);
    checker.find("#claim\\:evidence\\:0\\:title").sendKeys("Kestrel permit filing, water annex");
    checker.clickAndWait("#claim\\:saveVerdict");
    String history = checker.text("#claim\\:history");
    assertTrue(history.contains("Mostly true") && history.contains("revision 1"), history);
    assertEquals("checked", checker.text("#claimState"));
  }

  /** Finishing the fact-check is an editor's act: the fact-checker is not offered it. */
  private void seeThatOnlyAnEditorMovesItOn(Browser checker) {
    checker.clickAndWaitForPage("#claim\\:articleLink");
    assertTrue(
        checker.text("#progressLine").contains("1 of 1 claims have a verdict"),
        checker.text("#progressLine"));
    assertFalse(checker.isPresent("#factCheck\\:finishFactCheck"));
  }

  private void moveTheArticleOnToReady(Browser editor) {
    openArticle(editor);
    editor.clickAndWait("#factCheck\\:finishFactCheck");
    assertTrue(editor.text("#progressLine").startsWith("Ready"), editor.text("#progressLine"));
  }

  /** The four-eyes rule: the editor who finished the review may not approve the article. */
  private void tryToApproveWhatIReviewed(Browser editor) {
    openArticle(editor);
    editor.clickAndWait("#factCheck\\:approve");
    String refused = editor.text("#factCheck\\:factCheckMessages");
    assertTrue(refused.contains("Four-eyes rule: editor finished the review"), refused);
    assertEquals("Ready", editor.text("#workflowState .fd-badge"));
  }

  private void approveAsASecondEditor(Browser lead) {
    openArticle(lead);
    lead.clickAndWait("#factCheck\\:approve");
    assertEquals("Approved", lead.text("#workflowState .fd-badge"));
    assertTrue(lead.text("#transitions").contains("lead: Ready → Approved"));
  }

  private void makeADatasetOfTheOutletsPromotedArticles(Browser admin) {
    admin.find("#menuForm\\:menuDatasets").click();
    admin.waitFor(ExpectedConditions.urlContains("/datasets/list.xhtml"));
    admin.clickAndWait("#ds\\:newDataset");
    admin.find("#ds\\:name").sendKeys(datasetName());
    admin.find("#ds\\:description").sendKeys("Approved chip-plant coverage with its inserts out.");
    admin.find("#ds\\:outlet").sendKeys(outlet);
    admin
        .find("#ds\\:include")
        .findElement(By.xpath(".//label[normalize-space()='Has promotional inserts']"))
        .click();
    admin.clickAndWait("#ds\\:preview");
    assertEquals("1 approved articles match now.", admin.text("#ds\\:previewCount").strip());
    admin.clickAndWait("#ds\\:save");
    String filter = admin.text("#filterText");
    assertTrue(
        filter.contains(outlet) && filter.contains("labelled HAS_PROMOTIONAL_INSERTS"), filter);
  }

  private String datasetName() {
    return "Chip plant coverage " + run;
  }

  /**
   * Publishing may run in the background: the version's row is waited for (up to two minutes), the
   * dataset opened again from the table meanwhile, as a user waiting would.
   */
  private void publishAVersionAndWaitForItsRow(Browser admin) {
    admin.clickAndWait("#ds\\:publish");
    admin.clickAndWait(".ui-confirmdialog-yes");
    // publishing runs in the background: the page follows it and says when the version is out
    admin.waitFor(
        ExpectedConditions.textToBePresentInElementLocated(
            By.id("ds:messages"),
            "Version 1 of '" + datasetName() + "' published with 1 articles."));
    assertEquals("1", admin.text("#ds\\:versions .fd-version-number"));
    assertEquals("1", admin.text("#ds\\:versions .fd-version-articles"));
  }

  /** A file of the version through its link on the page, with the admin's session. */
  private byte[] download(Browser admin, String format, String mediaType) throws Exception {
    String href = admin.find("#ds\\:versions a.fd-download-" + format).getAttribute("href");
    assertTrue(href.endsWith("/versions/1/export?format=" + format), href);
    HttpResponse<byte[]> response =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(href))
                    .header("Cookie", "JSESSIONID=" + admin.sessionId())
                    .GET()
                    .build(),
                HttpResponse.BodyHandlers.ofByteArray());
    assertEquals(200, response.statusCode(), format);
    String type = response.headers().firstValue("Content-Type").orElse("");
    assertTrue(type.startsWith(mediaType), format + ": " + type);
    assertTrue(
        response.headers().firstValue("Content-Disposition").orElse("").startsWith("attachment"),
        format + ": " + response.headers());
    return response.body();
  }

  private void checkTheJsonl(byte[] bytes, String clean) {
    String text = new String(bytes, StandardCharsets.UTF_8);
    assertTrue(text.endsWith("\n"), text);
    List<JsonObject> lines = new ArrayList<>();
    for (String line : text.split("\n")) {
      try (JsonReader reader = Json.createReader(new StringReader(line))) {
        lines.add(reader.readObject());
      }
    }
    assertEquals(1, lines.size(), text);
    JsonObject a = lines.get(0);
    assertEquals(Long.parseLong(article), a.getJsonNumber("id").longValue());
    assertEquals(url, a.getString("url"));
    assertEquals(outlet, a.getString("outlet"));
    assertEquals(title, a.getString("title"));
    assertEquals(clean.strip(), a.getString("clean_text"));
    assertFalse(a.getString("clean_text").contains("Brightforge"), "no promotional insert");
    assertTrue(
        a.getJsonArray("labels").toString().contains("HAS_PROMOTIONAL_INSERTS"),
        a.getJsonArray("labels").toString());

    Map<String, String> removed = new HashMap<>();
    for (JsonObject b : a.getJsonArray("removed_blocks").getValuesAs(JsonObject.class)) {
      removed.put(b.getString("text"), b.getJsonArray("types").toString());
    }
    assertEquals(11, removed.size(), removed.toString());
    assertEquals("[\"PROMOTIONAL\"]", removed.get("Special Offer Banner"));
    assertEquals("[\"SITE_CHROME\"]", removed.get("Leave a Reply"));
    assertTrue(
        removed.get("Broader Consumer Electronics Context").contains("OFF_TOPIC"),
        removed.toString());

    List<JsonObject> claims = a.getJsonArray("claims").getValuesAs(JsonObject.class);
    assertEquals(1, claims.size(), claims.toString());
    JsonObject c = claims.get(0);
    assertEquals(Long.parseLong(claim), c.getJsonNumber("id").longValue());
    assertEquals("CHECKED", c.getString("state"));
    assertTrue(c.getString("sentence").contains(CLAIM_WORDS), c.toString());
    JsonObject verdict = c.getJsonArray("verdicts").getJsonObject(0);
    assertEquals("MOSTLY_TRUE", verdict.getString("rating"));
    assertEquals(CHECKER, verdict.getString("author"));
    assertTrue(verdict.getString("rationale").contains("65 to 70 percent"), verdict.toString());
    JsonObject evidence = verdict.getJsonArray("evidence").getJsonObject(0);
    assertEquals(EVIDENCE_URL, evidence.getString("url"));
    assertEquals("Kestrel permit filing, water annex", evidence.getString("title"));

    JsonObject provenance = a.getJsonObject("provenance");
    assertEquals(EDITOR, provenance.getString("imported_by"));
    assertEquals(EDITOR, provenance.getString("reviewed_by"));
    assertEquals(LEAD, provenance.getString("approved_by"));
    assertNotNull(provenance.getString("approved_at"));
  }

  private void checkTheCsv(byte[] bytes, String clean) {
    List<List<String>> rows = csv(new String(bytes, StandardCharsets.UTF_8));
    assertEquals(2, rows.size(), "a header and the article's row");
    List<String> header = rows.get(0);
    assertEquals(
        List.of("schema_version", "id", "url", "outlet", "title"),
        header.subList(0, 5),
        header.toString());
    Map<String, String> row = new HashMap<>();
    for (int i = 0; i < header.size(); i++) {
      row.put(header.get(i), rows.get(1).get(i));
    }
    assertEquals(header.size(), rows.get(1).size());
    assertEquals("2", row.get("schema_version"));
    assertEquals("train", row.get("split"));
    assertEquals(article, row.get("id"));
    assertEquals(title, row.get("title"));
    assertEquals(clean.strip(), row.get("clean_text"));
    assertEquals("11", row.get("removed_blocks"));
    assertTrue(row.get("removed_types").contains("PROMOTIONAL"), row.get("removed_types"));
    assertTrue(row.get("ratings").contains("MOSTLY_TRUE"), row.get("ratings"));
    assertEquals(EDITOR, row.get("reviewed_by"));
    assertEquals(LEAD, row.get("approved_by"));
  }

  private void checkTheClaimReview(byte[] bytes) {
    JsonObject document;
    try (JsonReader reader =
        Json.createReader(new StringReader(new String(bytes, StandardCharsets.UTF_8)))) {
      document = reader.readObject();
    }
    assertEquals("https://schema.org", document.getString("@context"));
    List<JsonObject> graph = document.getJsonArray("@graph").getValuesAs(JsonObject.class);
    assertEquals(1, graph.size(), document.toString());
    JsonObject review = graph.get(0);
    assertEquals("ClaimReview", review.getString("@type"));
    assertTrue(review.getString("claimReviewed").contains("70 percent"), review.toString());
    assertTrue(
        review.getString("url").contains("/claims/claim.xhtml?id=" + claim), review.toString());
    assertTrue(
        review.getString("datePublished").matches("\\d{4}-\\d{2}-\\d{2}"), review.toString());
    assertEquals(CHECKER, review.getJsonObject("author").getString("name"));
    JsonObject rating = review.getJsonObject("reviewRating");
    assertEquals(4, rating.getInt("ratingValue"));
    assertEquals(5, rating.getInt("bestRating"));
    assertEquals(1, rating.getInt("worstRating"));
    assertEquals("Mostly true", rating.getString("alternateName"));
    JsonObject item = review.getJsonObject("itemReviewed");
    assertEquals("Claim", item.getString("@type"));
    assertFalse(item.getJsonObject("author").getString("name").isBlank(), item.toString());
    assertTrue(item.getString("datePublished").matches("\\d{4}-\\d{2}-\\d{2}"), item.toString());
    JsonObject appearance = item.getJsonObject("appearance");
    assertEquals(url, appearance.getString("url"));
    assertEquals(title, appearance.getString("headline"));
  }

  private void checkTheZip(byte[] zip, byte[] jsonl) throws Exception {
    Map<String, byte[]> files = new HashMap<>();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
      for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
        files.put(entry.getName(), in.readAllBytes());
      }
    }
    assertTrue(
        files.keySet().containsAll(Set.of("data.jsonl", "manifest.json", "README.md")),
        files.keySet().toString());
    assertTrue(Arrays.equals(jsonl, files.get("data.jsonl")), "the zip holds the same JSONL");
    JsonObject manifest;
    try (JsonReader reader =
        Json.createReader(new ByteArrayInputStream(files.get("manifest.json")))) {
      manifest = reader.readObject();
    }
    String listed =
        manifest.getJsonArray("files").getValuesAs(JsonObject.class).stream()
            .filter(f -> f.getString("name").equals("data.jsonl"))
            .findFirst()
            .orElseThrow(() -> new AssertionError("data.jsonl not in " + manifest))
            .getString("sha256");
    assertEquals(sha256(jsonl), listed);
    assertEquals(datasetName(), manifest.getJsonObject("dataset").getString("name"));
    assertEquals(1, manifest.getJsonObject("counts").getInt("articles"));
    assertTrue(
        new String(files.get("README.md"), StandardCharsets.UTF_8).contains(datasetName()),
        "the card names the dataset");
  }

  private void openImportPage(Browser editor) {
    editor.find("#menuForm\\:menuImport").click();
    editor.waitFor(ExpectedConditions.urlContains("/articles/import.xhtml"));
  }

  /** Puts the text in the paste box at once: typed key by key it would take minutes. */
  private static void paste(Browser editor, String text) {
    WebElement box = editor.find("#pasteForm\\:content");
    ((JavascriptExecutor) editor.driver())
        .executeScript("arguments[0].value = arguments[1];", box, text);
  }

  /** The article's page, as its link in a growl, list or claim leads to. */
  private void openArticle(Browser browser) {
    browser.open("/articles/article.xhtml?id=" + article);
    assertEquals(title, browser.text("#articleTitle"));
  }

  /** RFC 4180: comma-separated cells, CRLF-ended rows, quoted cells with doubled quotes. */
  private static List<List<String>> csv(String text) {
    assertTrue(text.endsWith("\r\n"), "rows end with CRLF");
    List<List<String>> rows = new ArrayList<>();
    List<String> row = new ArrayList<>();
    StringBuilder cell = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < text.length(); i++) {
      char ch = text.charAt(i);
      if (quoted) {
        if (ch == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
          cell.append('"');
          i++;
        } else if (ch == '"') {
          quoted = false;
        } else {
          cell.append(ch);
        }
      } else if (ch == '"') {
        assertEquals(0, cell.length(), "a quote opens a cell only at its start");
        quoted = true;
      } else if (ch == ',') {
        row.add(cell.toString());
        cell.setLength(0);
      } else if (ch == '\r') {
        assertEquals('\n', text.charAt(i + 1), "CR only before LF");
        row.add(cell.toString());
        cell.setLength(0);
        rows.add(row);
        row = new ArrayList<>();
        i++;
      } else {
        assertTrue(ch != '\n', "a bare LF outside quotes");
        cell.append(ch);
      }
    }
    assertTrue(!quoted && row.isEmpty() && cell.length() == 0, "the last row is complete");
    return rows;
  }

  private static String sha256(byte[] bytes) throws Exception {
    return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
  }

  private String resource(String path) throws IOException {
    try (InputStream in = getClass().getResourceAsStream(path)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
