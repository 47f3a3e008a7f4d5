package org.factdesk.web;

import static org.factdesk.support.DemoUsers.CHECKER;
import static org.factdesk.support.DemoUsers.CHECKER_PASSWORD;
import static org.factdesk.support.DemoUsers.EDITOR;
import static org.factdesk.support.DemoUsers.EDITOR_PASSWORD;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.factdesk.support.Browser;
import org.factdesk.support.Http;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * An editor works the Claims tab of the review page: spans marked inline, candidates confirmed with
 * a wording of their own, claims reworded and dismissed, text selected in a block marked as a
 * claim, and two tellings of one statement shown with the values on which they differ.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ClaimsTabBrowserIT {

  private static final String DREDGING =
      "The port authority will spend $4.5 million on dredging this year, twice the 2024 budget,"
          + " its director said on Monday.";
  private static final String SHIPS =
      "Ship calls rose 12% in February compared with a year earlier, according to figures from"
          + " the harbour office.";
  private static final String HOSTILE =
      "Dock workers found notes reading <script>window.__xss = 1;</script> and <img src=x"
          + " onerror=\"window.__xss = 2\"> near the gate, which the director called a prank by 300"
          + " students.";

  @ArquillianResource private URL base;

  /** Six blocks: outlet and dateline (metadata), the title, three paragraphs (one hostile). */
  private static String article(String marker) {
    return "Quay Courier "
        + marker
        + "\nTuesday, March 4, 2025\n\nPort Authority Doubles Dredging Budget "
        + marker
        + "\n\n"
        + DREDGING
        + "\n\n"
        + SHIPS
        + "\n\n"
        + HOSTILE
        + "\n";
  }

  /** One telling of a statement that two ministries are said to have made, with its own figure. */
  private static String telling(String marker, String ministry, String permits) {
    // a story no other test tells: claims of similar stories in other tests would be linked too
    return "Inland Ledger\n\nVeldria Taxi Licences Draw Complaints "
        + marker
        + "\n\nDrivers in the river towns say they have waited weeks for their papers"
        + " this autumn.\n\nA spokesperson from the Ministry of "
        + ministry
        + " said "
        + permits
        + " taxi licences had been granted since August under the Street Carriage Act of 2016.\n\n"
        + "Drivers said the queues at the licensing desks were longer than last year.\n";
  }

  @Test
  void anEditorConfirmsRewordsAndDismissesClaimsWithTheirSpansMarkedInline() throws Exception {
    String id = importText(article("W" + UUID.randomUUID().toString().substring(0, 8)));
    try (Browser browser = new Browser(base)) {
      browser.signIn(EDITOR, EDITOR_PASSWORD);
      openClaims(browser, id);

      // Every span marked in the sentence, typed and coloured, the sentence whole.
      String dredging = candidate(DREDGING);
      assertEquals(
          DREDGING, textOf(browser, dredging + "//span[contains(@class,'fd-highlighted')]"));
      WebElement money = element(browser, dredging + "//mark[@data-type='MONEY']");
      assertEquals("$4.5 million", money.getText());
      assertEquals("MONEY", money.getAttribute("title"));
      assertEquals(
          List.of("$4.5 million", "this year", "2024", "said", "on Monday"),
          browser.driver().findElements(By.xpath(dredging + "//mark")).stream()
              .map(WebElement::getText)
              .toList());
      assertTrue(browser.text(".fd-span-legend").contains("COMPARISON"));
      // A hostile sentence is shown as the text it is.
      assertEquals(
          HOSTILE,
          textOf(browser, candidate("Dock workers") + "//span[contains(@class,'fd-highlighted')]"));
      assertNull(script(browser, "return window.__xss;"), "no script from the article ran");

      // Confirmed with a short line of the editor's own; the counter follows the typing.
      click(browser, dredging + "//a[contains(@class,'fd-confirm-wording')]");
      WebElement line = browser.find(".fd-confirm-form .fd-claim-line");
      String proposed = org.factdesk.claim.Claim.shortLine(DREDGING);
      assertEquals(proposed, line.getAttribute("value"));
      assertEquals(proposed.length() + " / 75", browser.text(".fd-confirm-form .fd-counter"));
      line.clear();
      line.sendKeys("Dredging budget doubles to $4.5 million");
      assertEquals("39 / 75", browser.text(".fd-confirm-form .fd-counter"));
      browser.find(".fd-confirm-with-wording").click();
      String claim = claim("Dredging budget doubles to $4.5 million");
      browser.waitFor(ExpectedConditions.visibilityOfElementLocated(By.xpath(claim)));
      assertEquals(
          "$4.5 million", element(browser, claim + "//mark[@data-type='MONEY']").getText());
      assertEquals("CONFIRMED", element(browser, claim).getAttribute("data-state"));
      String claimId = element(browser, claim).getAttribute("data-claim");
      String byId = "//div[@data-claim='" + claimId + "']";
      assertTrue(textOf(browser, dredging).contains("a claim"), "the candidate says it is a claim");

      // An over-long line is refused in the service's words; nothing changes, nothing is lost.
      click(browser, byId + "//a[contains(@class,'fd-reword')]");
      WebElement rewordLine = element(browser, byId + "//input[contains(@class,'fd-claim-line')]");
      String tooLong =
          "Port authority spends $4.5 million dredging, twice its 2024 budget, says director";
      assertEquals(81, tooLong.length());
      rewordLine.clear();
      rewordLine.sendKeys(tooLong);
      WebElement counter = element(browser, byId + "//span[contains(@class,'fd-counter')]");
      assertEquals("81 / 75", counter.getText());
      assertTrue(counter.getAttribute("class").contains("fd-over"));
      click(browser, byId + "//button[contains(@class,'fd-save-reword')]");
      assertGrowl(browser, "The claim reviewed may hold at most 75 characters; it has 81.");
      assertEquals(
          tooLong,
          element(browser, byId + "//input[contains(@class,'fd-claim-line')]")
              .getAttribute("value"));
      assertEquals(
          "Dredging budget doubles to $4.5 million",
          textOf(browser, byId + "//strong[contains(@class,'fd-claim-reviewed')]"));
      HttpResponse<String> stored =
          new Http(base).get("/api/claims?article=" + id, EDITOR, EDITOR_PASSWORD);
      assertTrue(
          stored.body().contains("\"claimReviewed\":\"Dredging budget doubles to $4.5 million\""),
          stored.body());

      // A line that fits and a new sentence: its spans are read again.
      String reworded = DREDGING.replace("$4.5 million", "$5 million");
      rewordLine = element(browser, byId + "//input[contains(@class,'fd-claim-line')]");
      rewordLine.clear();
      rewordLine.sendKeys("Dredging budget rises to $5 million");
      WebElement sentence = element(browser, byId + "//textarea");
      sentence.clear();
      sentence.sendKeys(reworded);
      click(browser, byId + "//button[contains(@class,'fd-save-reword')]");
      browser.waitFor(
          ExpectedConditions.textToBePresentInElementLocated(
              By.xpath(byId + "//strong"), "Dredging budget rises to $5 million"));
      assertEquals(reworded, textOf(browser, byId + "//span[contains(@class,'fd-highlighted')]"));
      assertEquals("$5 million", element(browser, byId + "//mark[@data-type='MONEY']").getText());
      assertTrue(browser.driver().findElements(By.xpath(byId + "//textarea")).isEmpty());

      // Another candidate confirmed as it is, then dismissed: each claim has its own reason box.
      click(browser, candidate("Ship calls") + "//button[contains(@class,'fd-confirm')]");
      String ships = claim("Ship calls rose 12%");
      browser.waitFor(ExpectedConditions.visibilityOfElementLocated(By.xpath(ships)));
      String shipsId = element(browser, ships).getAttribute("data-claim");
      String shipsById = "//div[@data-claim='" + shipsId + "']";
      assertEquals(2, browser.driver().findElements(By.cssSelector(".fd-dismiss-reason")).size());

      click(browser, shipsById + "//button[contains(@class,'fd-dismiss')]");
      assertGrowl(browser, "Say why claim " + shipsId + " is dismissed: the reason is empty.");
      assertEquals("CONFIRMED", element(browser, shipsById).getAttribute("data-state"));

      element(browser, byId + "//input[contains(@class,'fd-dismiss-reason')]")
          .sendKeys("typed beside the other claim");
      // Enter in the box dismisses this claim, and presses nothing else of the page.
      String pending = browser.text("#pendingCount");
      element(browser, shipsById + "//input[contains(@class,'fd-dismiss-reason')]")
          .sendKeys("Background figure, not the news" + Keys.ENTER);
      browser.waitFor(
          ExpectedConditions.attributeToBe(By.xpath(shipsById), "data-state", "DISMISSED"));
      assertTrue(
          textOf(browser, shipsById)
              .contains("Dismissed by editor: Background figure, not the news"),
          textOf(browser, shipsById));
      assertEquals("CONFIRMED", element(browser, byId).getAttribute("data-state"));
      assertEquals(pending, browser.text("#pendingCount"));
      assertTrue(
          browser.driver().findElements(By.xpath(shipsById + "//button")).isEmpty(),
          "a dismissed claim is not dismissed again");
    }
  }

  @Test
  void anEditorMarksTextSelectedInABlockAsAClaim() throws Exception {
    String id = importText(article("S" + UUID.randomUUID().toString().substring(0, 8)));
    try (Browser browser = new Browser(base)) {
      browser.signIn(EDITOR, EDITOR_PASSWORD);
      browser.open("/articles/review.xhtml?id=" + id);
      browser.find("#block-5 .fd-block-text");

      // The key is listed with the others.
      idle(browser);
      new Actions(browser.driver()).sendKeys("?").perform();
      assertTrue(
          browser.text("#review\\:keysDialog").contains("c mark the text selected in a block"),
          browser.text("#review\\:keysDialog"));
      script(browser, "PF('keys').hide();");

      // Nothing selected, a selection across two blocks, one outside the blocks: said so.
      browser.find("#markClaim").click();
      assertEquals("Select the words of the claim in a block first.", browser.text("#markMessage"));
      select(browser, "#block-3 .fd-block-text", 10, "#block-4 .fd-block-text", 8);
      browser.find("#markClaim").click();
      assertEquals(
          "The selection runs across blocks: a claim is marked inside one block.",
          browser.text("#markMessage"));
      select(browser, "#articleTitle", 0, "#articleTitle", 8);
      browser.find("#markClaim").click();
      assertTrue(browser.text("#markMessage").startsWith("The selection is outside"));

      // Part of the hostile paragraph, selected with the mouse (a Range), marked with the key c.
      int start = HOSTILE.indexOf("notes reading");
      int end = HOSTILE.indexOf(" students.");
      select(browser, "#block-5 .fd-block-text", start, "#block-5 .fd-block-text", end);
      idle(browser);
      new Actions(browser.driver()).sendKeys("c").perform();
      idle(browser);
      String marked = HOSTILE.substring(start, end);
      String claim =
          "//div[@data-claim and .//span[contains(@class,'fd-highlighted')"
              + " and starts-with(., 'notes reading')]]";
      browser.waitFor(ExpectedConditions.visibilityOfElementLocated(By.xpath(claim)));
      assertEquals(marked, textOf(browser, claim + "//span[contains(@class,'fd-highlighted')]"));
      assertTrue(textOf(browser, claim).contains("marked by hand"));
      assertEquals(
          "300", element(browser, claim + "//mark[@data-type='NUMBER'][last()]").getText());
      assertTrue(
          browser.text(".fd-review-side .ui-tabs-selected").startsWith("Claims"),
          "the Claims tab shows the new claim");
      assertEquals(
          "", script(browser, "return document.getElementById('markMessage').textContent"));
      assertNull(script(browser, "return window.__xss;"), "the marked markup stayed text");

      // The same selection made with the button after a merge is refused: the text is not stored.
      idle(browser);
      new Actions(browser.driver()).sendKeys("j", "j", "j", "j", "m").perform();
      idle(browser);
      browser.waitFor(ExpectedConditions.numberOfElementsToBe(By.cssSelector(".fd-rblock"), 5));
      select(browser, "#block-4 .fd-block-text", 0, "#block-4 .fd-block-text", 10);
      browser.find("#markClaim").click();
      assertGrowl(browser, "Block 5 was split or merged since the review was saved");
      assertEquals(1, browser.driver().findElements(By.cssSelector(".fd-claim")).size());
    }
  }

  @Test
  void twoTellingsWithDifferentFiguresAndSourcesAreShownSideBySide() throws Exception {
    String marker = "T" + UUID.randomUUID().toString().substring(0, 8);
    String first = importText(telling(marker, "Finance", "3,000"));
    String second = importText(telling(marker, "Trade", "900"));
    try (Browser browser = new Browser(base)) {
      browser.signIn(EDITOR, EDITOR_PASSWORD);
      openClaims(browser, first);
      click(browser, candidate("3,000 taxi licences") + "//button[contains(@class,'fd-confirm')]");
      String claim = claim("Ministry of Finance");
      browser.waitFor(ExpectedConditions.visibilityOfElementLocated(By.xpath(claim)));
      String firstClaim = element(browser, claim).getAttribute("data-claim");

      openClaims(browser, second);
      click(browser, candidate("900 taxi licences") + "//button[contains(@class,'fd-confirm')]");
      String link = "//div[contains(@class,'fd-claim-link') and @data-other='" + firstClaim + "']";
      browser.waitFor(ExpectedConditions.visibilityOfElementLocated(By.xpath(link)));
      assertEquals("CONFLICT", element(browser, link).getAttribute("data-verdict"));
      assertTrue(
          textOf(browser, "//span[contains(@class,'fd-cluster-count')]").startsWith("Linked with"));
      assertEquals("NUMBER: 900 vs 3,000", textOf(browser, link + "//div[@data-type='NUMBER']"));
      assertEquals(
          "SOURCE: Ministry of Trade vs Ministry of Finance",
          textOf(browser, link + "//div[@data-type='SOURCE']"));
      assertTrue(
          element(browser, link + "//a[contains(@class,'fd-open-claim')]")
              .getAttribute("href")
              .endsWith("/claims/claim.xhtml?id=" + firstClaim));
      assertTrue(
          element(browser, link + "//a[contains(@class,'fd-compare-link')]")
              .getAttribute("href")
              .contains("left=" + second + "&right=" + first));
    }
  }

  /** One outlet's telling of the nickel story (fixtures of our own, in the samples' style). */
  private static String ledgerStory(String marker) {
    return "Jakarta Ledger\n\nTuesday, May 20, 2025\n\n"
        + "Indonesia Defends Nickel Export Permits as Japanese Buyers Complain "
        + marker
        + "\n\n"
        + TRADE_MINISTRY
        + "\n\nThe spokesperson added that many complete applications had already been approved."
        + " The ministry intends to make its review of such permits stricter.\n\n"
        + LAW_ENACTED
        + "\n\nOn March 3, the government published a white paper accusing importers of turning"
        + " the permit system into a political weapon.\n\n"
        + STRANDED
        + "\n\n"
        + MEET_JAKARTA
        + "\n\nAnalysts said the quarrel reflects a wider contest over battery supply chains."
        + " Smelter owners have warned that uncertainty hurts investment. Some buyers have turned"
        + " to other suppliers.\n\n"
        + MEET_OSAKA
        + "\n\nIndustry groups in Japan have urged a faster review of pending applications. They"
        + " say delays raise costs for every carmaker in the region.\n";
  }

  /** The other outlet's telling: other words, another ministry credited. */
  private static String reviewStory(String marker) {
    return "Pacific Trade Review\n\nWednesday, May 21, 2025\n\n"
        + "Japan Must Respect Indonesia's Right to Control Ore Exports "
        + marker
        + "\n\nIn recent weeks, Japanese officials and newspapers have voiced concern over delays in"
        + " nickel export approvals. Some reports said the delays were deliberate.\n\n"
        + FOREIGN_MINISTRY
        + "\n\n"
        + LAW_PASSED
        + "\n\n"
        + STUCK
        + "\n\nCritics in Tokyo describe the rules as a trade weapon. Jakarta rejects that view and"
        + " says the review of applications follows the law.\n\nThe government will not hurry its"
        + " decisions because of outside pressure, officials said. A stable trade framework"
        + " matters to both economies.\n";
  }

  private static final String TRADE_MINISTRY =
      "A spokesperson for Indonesia's Ministry of Trade said the export permits for nickel ore"
          + " comply with international rules and are issued according to law.";
  private static final String FOREIGN_MINISTRY =
      "A spokesperson for the Indonesian Foreign Ministry said the export permit system is in line"
          + " with international norms and targets no particular country.";
  private static final String LAW_ENACTED =
      "Indonesia enacted the Mineral Export Law in 2021 to regulate shipments of strategic ores.";
  private static final String LAW_PASSED =
      "Indonesia passed its Mineral Export Law in 2021 to govern the shipment of strategic ores.";
  private static final String STRANDED =
      "Nickel ore carriers bound for Japan have been stranded off Sulawesi since the new export"
          + " permit rules took effect.";
  private static final String STUCK =
      "Since the new export permit rules took effect, Japan-bound nickel ore carriers have been"
          + " stranded off Sulawesi.";
  private static final String MEET_JAKARTA =
      "The trade ministers of the two countries are expected to meet in Jakarta later this month"
          + " to discuss the permits.";
  private static final String MEET_OSAKA =
      "An official told reporters the two trade ministers are still scheduled to meet in Osaka"
          + " later this month.";

  @Test
  void twoOutletsTellingOneStoryInOtherWordsAreLinkedOverRest() throws Exception {
    String marker = "N" + UUID.randomUUID().toString().substring(0, 8);
    Http http = new Http(base);
    JsonObject ledger = imported(http, ledgerStory(marker));
    JsonObject review = imported(http, reviewStory(marker));
    long ledgerId = ledger.getJsonNumber("id").longValue();
    long reviewId = review.getJsonNumber("id").longValue();

    // The sourced statements are among the candidates. Which of an article's many checkable
    // statements make its best third is the model's ranking, measured on public data
    // (BENCHMARKS.md, decision 0049), not asserted on this text.
    candidateId(ledger, TRADE_MINISTRY);
    for (String sentence : List.of(FOREIGN_MINISTRY, LAW_PASSED, STUCK)) {
      candidateId(review, sentence);
    }

    // One meeting in two places inside the first article: an internal conflict.
    JsonArray conflicts =
        json(http.get("/api/articles/" + ledgerId + "/conflicts", EDITOR, EDITOR_PASSWORD))
            .asJsonArray();
    assertEquals(1, conflicts.size(), conflicts.toString());
    JsonObject meeting = conflicts.getJsonObject(0);
    assertEquals(MEET_JAKARTA, meeting.getString("leftSentence"));
    assertEquals(MEET_OSAKA, meeting.getString("rightSentence"));
    JsonObject place = meeting.getJsonArray("differences").getJsonObject(0);
    assertEquals("PLACE", place.getString("type"));
    assertEquals("Jakarta", place.getString("left"));
    assertEquals("Osaka", place.getString("right"));

    // The editor confirms the first article's statements, or marks one the engine left out.
    confirm(http, candidateId(ledger, TRADE_MINISTRY));
    confirmOrMark(http, ledger, LAW_ENACTED);
    JsonObject strandedBlock = block(ledger, STRANDED);
    HttpResponse<String> marked =
        http.post(
            "/api/claims/mark",
            "application/json",
            "{\"article\": "
                + ledgerId
                + ", \"block\": "
                + strandedBlock.getInt("index")
                + ", \"start\": 0, \"end\": "
                + STRANDED.length()
                + "}",
            EDITOR,
            EDITOR_PASSWORD);
    assertEquals(201, marked.statusCode(), marked.body());
    // ... and the other's; each is linked when confirmed
    for (String sentence : List.of(FOREIGN_MINISTRY, LAW_PASSED, STUCK)) {
      confirm(http, candidateId(review, sentence));
    }

    JsonArray claims =
        json(http.get("/api/articles/" + reviewId + "/claims", EDITOR, EDITOR_PASSWORD))
            .asJsonArray();
    JsonObject stuck = link(claims, STUCK);
    assertEquals("SAME", stuck.getString("verdict"), stuck.toString());
    JsonObject law = link(claims, LAW_PASSED);
    assertEquals("SAME", law.getString("verdict"), law.toString());
    JsonObject ministries = link(claims, FOREIGN_MINISTRY);
    assertEquals("CONFLICT", ministries.getString("verdict"), ministries.toString());
    JsonObject source =
        ministries.getJsonArray("differences").getValuesAs(JsonObject.class).stream()
            .filter(d -> d.getString("type").equals("SOURCE"))
            .findFirst()
            .orElseThrow(() -> new AssertionError("no SOURCE difference: " + ministries));
    assertEquals("Indonesian Foreign Ministry", source.getString("left"));
    assertEquals("Ministry of Trade", source.getString("right"));

    // The two articles are one story, on both sides and in the list's duplicates filter.
    for (long[] pair : new long[][] {{reviewId, ledgerId}, {ledgerId, reviewId}}) {
      JsonObject article =
          json(http.get("/api/articles/" + pair[0], EDITOR, EDITOR_PASSWORD)).asJsonObject();
      assertTrue(
          article.getJsonArray("duplicates").getValuesAs(JsonObject.class).stream()
              .anyMatch(
                  d ->
                      d.getJsonNumber("articleId").longValue() == pair[1]
                          && d.getString("kind").equals("SAME_STORY")),
          article.getJsonArray("duplicates").toString());
    }
    JsonObject list =
        json(http.get("/api/articles?duplicates=true&size=200", EDITOR, EDITOR_PASSWORD))
            .asJsonObject();
    List<Long> listed =
        list.getJsonArray("rows").getValuesAs(JsonObject.class).stream()
            .map(r -> r.getJsonNumber("id").longValue())
            .toList();
    assertTrue(listed.containsAll(List.of(ledgerId, reviewId)), listed.toString());

    // The editor sees both on the pages: the conflict above the claims, the story beside
    // duplicates.
    try (Browser browser = new Browser(base)) {
      browser.signIn(EDITOR, EDITOR_PASSWORD);
      openClaims(browser, String.valueOf(ledgerId));
      String shown = browser.text(".fd-internal-conflict");
      assertTrue(shown.contains("Jakarta vs Osaka"), shown);
      assertTrue(shown.contains(MEET_OSAKA), shown);
      browser.open("/articles/article.xhtml?id=" + reviewId);
      String duplicates = browser.text("#duplicates");
      assertTrue(
          duplicates.contains("#" + ledgerId) && duplicates.contains("SAME_STORY"), duplicates);
    }

    // Every decision is training data: confirmed, marked and dismissed, editors' export only.
    long dismissed = claimId(claims, LAW_PASSED);
    HttpResponse<String> dismiss =
        http.post(
            "/api/claims/" + dismissed + "/dismiss",
            "application/json",
            "{\"reason\": \"a background fact, not worth a check\"}",
            EDITOR,
            EDITOR_PASSWORD);
    assertEquals(200, dismiss.statusCode(), dismiss.body());
    HttpResponse<String> export = http.get("/api/claims/decisions.jsonl", EDITOR, EDITOR_PASSWORD);
    assertEquals(200, export.statusCode(), export.body());
    assertTrue(
        export
            .headers()
            .firstValue("Content-Type")
            .orElseThrow()
            .startsWith("application/x-ndjson"));
    List<JsonObject> lines = export.body().lines().map(l -> json(l).asJsonObject()).toList();
    assertTrue(
        lines.stream()
            .anyMatch(
                l ->
                    l.getString("sentence").equals(STRANDED)
                        && l.getString("decision").equals("MARKED")
                        && l.getBoolean("checkWorthy")
                        && l.getString("decidedBy").equals(EDITOR)),
        "the marked sentence");
    assertTrue(
        lines.stream()
            .anyMatch(
                l ->
                    l.getString("sentence").equals(LAW_PASSED)
                        && l.getString("decision").equals("DISMISSED")
                        && !l.getBoolean("checkWorthy")
                        && l.getString("reason").equals("a background fact, not worth a check")),
        "the dismissed sentence");
    assertTrue(
        lines.stream()
            .anyMatch(
                l ->
                    l.getString("sentence").equals(TRADE_MINISTRY)
                        && l.getString("decision").equals("CONFIRMED")),
        "a confirmed sentence");
    assertEquals(
        403, http.get("/api/claims/decisions.jsonl", CHECKER, CHECKER_PASSWORD).statusCode());
  }

  /** Told in other words, too loosely for the link model to link them itself. */
  private static final String BRIDGE_VOTE =
      "The city council voted to close the old bridge to trucks from next month.";

  private static final String BRIDGE_BAN =
      "Lorries will be banned from the old bridge starting next month after a council vote.";

  private static final String RATE_RISE =
      "The central bank raised its key rate by half a point on Tuesday.";

  /** Close in words and meaning, yet another statement: offered, and judged not the same. */
  private static final String FERRY_VOTE =
      "A council vote last week closed the old ferry to cars from next month.";

  @Test
  void aStatementRetoldTooLooselyToLinkIsOfferedAsPossiblyTheSameClaimAndLinkedByHand()
      throws Exception {
    String marker = "B" + UUID.randomUUID().toString().substring(0, 8);
    Http http = new Http(base);
    JsonObject courier =
        imported(
            http,
            "Riverside Courier\n\nMonday, June 2, 2025\n\nOld Bridge Closes to Heavy Traffic "
                + marker
                + "\n\n"
                + BRIDGE_VOTE
                + "\n\nResidents had complained for years about cracks in the bridge's deck."
                + " Engineers say repairs will take at least two years.\n");
    JsonObject gazette =
        imported(
            http,
            "Valley Gazette\n\nTuesday, June 3, 2025\n\nHauliers Face Detour Through Town "
                + marker
                + "\n\n"
                + BRIDGE_BAN
                + "\n\nLocal firms fear longer journeys for their deliveries.\n\n"
                + FERRY_VOTE
                + "\n\n"
                + RATE_RISE
                + "\n");
    long vote = marked(http, courier, BRIDGE_VOTE);
    long ban = marked(http, gazette, BRIDGE_BAN);
    long rate = marked(http, gazette, RATE_RISE);
    long ferry = marked(http, gazette, FERRY_VOTE);

    // Not linked on confirm: the model is not sure enough.
    JsonObject banClaim =
        json(http.get("/api/claims/" + ban, EDITOR, EDITOR_PASSWORD)).asJsonObject();
    assertEquals(0, banClaim.getJsonArray("links").size(), banClaim.toString());
    // Offered instead, with what the model and the meaning read; the unrelated statement is not.
    List<JsonObject> possible =
        json(http.get("/api/claims/" + vote + "/possible-links", CHECKER, CHECKER_PASSWORD))
            .asJsonArray()
            .getValuesAs(JsonObject.class);
    JsonObject offered =
        possible.stream()
            .filter(p -> p.getJsonNumber("claimId").longValue() == ban)
            .findFirst()
            .orElseThrow(
                () -> new AssertionError("the retold statement is not offered: " + possible));
    assertEquals(BRIDGE_BAN, offered.getString("sentence"));
    double probability = offered.getJsonNumber("linkProbability").doubleValue();
    assertTrue(probability >= 0.3 && probability < 0.87, offered.toString());
    assertTrue(
        possible.stream().noneMatch(p -> p.getJsonNumber("claimId").longValue() == rate),
        possible.toString());

    // The fact-checker reads it on the claim's page and links it with one click.
    try (Browser browser = new Browser(base)) {
      browser.signIn(CHECKER, CHECKER_PASSWORD);
      browser.open("/claims/claim.xhtml?id=" + vote);
      String shown = browser.text("#claim\\:possibleLinks");
      assertTrue(shown.contains(BRIDGE_BAN) && shown.contains("link model"), shown);
      assertTrue(shown.contains(FERRY_VOTE), shown);
      click(browser, "//div[@data-claim='" + ferry + "']//button[contains(@class,'fd-not-same')]");
      assertGrowl(browser, "Claim " + ferry + " is not offered again");
      shown = browser.text("#claim\\:possibleLinks");
      assertFalse(shown.contains(FERRY_VOTE), shown);
      click(
          browser, "//div[@data-claim='" + ban + "']//button[contains(@class,'fd-link-possible')]");
      assertGrowl(browser, "Linked with claim " + ban);
      String cluster = browser.text("#claim\\:cluster");
      assertTrue(cluster.contains(BRIDGE_BAN) && cluster.contains("MANUAL"), cluster);
      assertTrue(browser.driver().findElements(By.cssSelector("#claim\\:possibleLinks")).isEmpty());
    }
    // Linked now, so no longer offered; judged not the same, so not offered either way round.
    assertTrue(
        json(http.get("/api/claims/" + ferry + "/possible-links", EDITOR, EDITOR_PASSWORD))
            .asJsonArray()
            .getValuesAs(JsonObject.class)
            .stream()
            .noneMatch(p -> p.getJsonNumber("claimId").longValue() == vote));
    HttpResponse<String> sameArticle =
        http.post(
            "/api/claims/" + ban + "/not-same",
            "application/json",
            "{\"other\": " + ferry + "}",
            EDITOR,
            EDITOR_PASSWORD);
    assertTrue(
        sameArticle.statusCode() >= 400 && sameArticle.body().contains("same article"),
        sameArticle.statusCode() + " " + sameArticle.body());
    assertTrue(
        json(http.get("/api/claims/" + vote + "/possible-links", EDITOR, EDITOR_PASSWORD))
            .asJsonArray()
            .getValuesAs(JsonObject.class)
            .stream()
            .noneMatch(p -> p.getJsonNumber("claimId").longValue() == ban));
  }

  @Test
  void articlesWhoseOpeningsReadAlikeAreOfferedAsPossiblyTheSameStoryWithoutAnyClaim()
      throws Exception {
    // The marker keeps the texts new to the database; it stays out of the titles and lead
    // sentences: random letters there move the openings' similarity (0.63 to 0.70 over 300 markers,
    // 5% of them under the 0.65 an offer needs; 0.66 without one).
    String marker = "S" + UUID.randomUUID().toString().substring(0, 8);
    Http http = new Http(base);
    long ended =
        imported(
                http,
                "Harbour Post\n\nMonday, July 7, 2025\n\nPort Strike Ends After Night-Shift Pay Deal"
                    + "\n\nA two-week strike at the port of Valmora ended on Monday after the union"
                    + " accepted a pay deal for night shifts.\n\nShips that had waited offshore began"
                    + " unloading.\n\nReference "
                    + marker
                    + ".\n")
            .getJsonNumber("id")
            .longValue();
    long settled =
        imported(
                http,
                "Coastal Daily\n\nMonday, July 7, 2025\n\nValmora Dock Workers Return as Pay"
                    + " Dispute Is Settled"
                    + "\n\nDockers at Valmora went back to work on Monday, ending a two-week walkout,"
                    + " once their union agreed to higher night-shift pay.\n\nDozens of vessels had"
                    + " queued outside the harbour.\n\nReference "
                    + marker
                    + ".\n")
            .getJsonNumber("id")
            .longValue();
    long other =
        imported(
                http,
                "Harbour Post\n\nFriday, July 11, 2025\n\nValmora Port Union Threatens New Strike"
                    + " Over Safety"
                    + "\n\nThe dockers' union at Valmora warned it could strike again next month over"
                    + " safety rules for cranes.\n\nThe port authority said talks would continue."
                    + "\n\nReference "
                    + marker
                    + ".\n")
            .getJsonNumber("id")
            .longValue();

    // Nobody confirmed a claim: the openings are embedded in the background, then offered.
    List<JsonObject> offers = List.of();
    long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
    while (System.nanoTime() < deadline) {
      offers =
          json(http.get("/api/articles/" + ended + "/possible-stories", CHECKER, CHECKER_PASSWORD))
              .asJsonArray()
              .getValuesAs(JsonObject.class);
      if (offers.stream().anyMatch(o -> o.getJsonNumber("articleId").longValue() == settled)) {
        break;
      }
      Thread.sleep(500);
    }
    JsonObject offer =
        offers.stream()
            .filter(o -> o.getJsonNumber("articleId").longValue() == settled)
            .findFirst()
            .orElseThrow(() -> new AssertionError("the other telling is not offered"));
    assertEquals("Coastal Daily", offer.getString("outlet"), offer.toString());
    assertTrue(offer.getJsonNumber("similarity").doubleValue() >= 0.65, offer.toString());
    // fact-checkers read offers but do not decide them
    HttpResponse<String> refused =
        http.post(
            "/api/articles/" + ended + "/same-story",
            "application/json",
            "{\"other\": " + settled + "}",
            CHECKER,
            CHECKER_PASSWORD);
    assertEquals(403, refused.statusCode(), refused.body());

    // The editor sets the other event aside over REST and links the same story on the page.
    HttpResponse<String> setAside =
        http.post(
            "/api/articles/" + ended + "/not-same-story",
            "application/json",
            "{\"other\": " + other + "}",
            EDITOR,
            EDITOR_PASSWORD);
    assertEquals(200, setAside.statusCode(), setAside.body());
    assertFalse(setAside.body().contains("\"articleId\":" + other + ","), setAside.body());
    try (Browser browser = new Browser(base)) {
      browser.signIn(EDITOR, EDITOR_PASSWORD);
      browser.open("/articles/article.xhtml?id=" + ended);
      String shown = browser.text("#stories\\:possibleStories");
      assertTrue(shown.contains("Valmora Dock Workers Return") && shown.contains("alike"), shown);
      // the article page has no review script: wait for the answer itself
      browser
          .waitFor(
              ExpectedConditions.elementToBeClickable(
                  By.xpath(
                      "//div[@data-article='"
                          + settled
                          + "']//button[contains(@class,'fd-same-story')]")))
          .click();
      browser.waitFor(
          ExpectedConditions.textToBePresentInElementLocated(
              By.cssSelector("#stories\\:storyMessages"), "as the same story"));
      browser.waitFor(
          ExpectedConditions.textToBePresentInElementLocated(By.id("duplicates"), "SAME_STORY"));
      String duplicates = browser.text("#duplicates");
      assertTrue(duplicates.contains("#" + settled), duplicates);
    }
    JsonObject article =
        json(http.get("/api/articles/" + settled, EDITOR, EDITOR_PASSWORD)).asJsonObject();
    assertTrue(
        article.getJsonArray("duplicates").getValuesAs(JsonObject.class).stream()
            .anyMatch(
                d ->
                    d.getJsonNumber("articleId").longValue() == ended
                        && d.getString("kind").equals("SAME_STORY")),
        article.getJsonArray("duplicates").toString());
    assertTrue(
        json(http.get("/api/articles/" + ended + "/possible-stories", EDITOR, EDITOR_PASSWORD))
            .asJsonArray()
            .getValuesAs(JsonObject.class)
            .stream()
            .noneMatch(
                o -> {
                  long id = o.getJsonNumber("articleId").longValue();
                  return id == settled || id == other;
                }),
        "linked and set aside, neither is offered again");
  }

  /** Marks the whole block holding {@code sentence} as a claim; its id. */
  private static long marked(Http http, JsonObject article, String sentence) throws Exception {
    JsonObject block = block(article, sentence);
    HttpResponse<String> marked =
        http.post(
            "/api/claims/mark",
            "application/json",
            "{\"article\": "
                + article.getJsonNumber("id").longValue()
                + ", \"block\": "
                + block.getInt("index")
                + ", \"start\": 0, \"end\": "
                + sentence.length()
                + "}",
            EDITOR,
            EDITOR_PASSWORD);
    assertEquals(201, marked.statusCode(), marked.body());
    return json(marked.body()).asJsonObject().getJsonNumber("id").longValue();
  }

  private JsonObject imported(Http http, String text) throws Exception {
    HttpResponse<String> created =
        http.post("/api/articles", "text/plain", text, EDITOR, EDITOR_PASSWORD);
    assertEquals(201, created.statusCode(), created.body());
    return json(created.body()).asJsonObject().getJsonObject("article");
  }

  private static long candidateId(JsonObject article, String sentence) {
    return article.getJsonArray("claims").getValuesAs(JsonObject.class).stream()
        .filter(c -> c.getString("text").equals(sentence))
        .findFirst()
        .orElseThrow(
            () ->
                new AssertionError(
                    "not a candidate: " + sentence + " in " + article.getJsonArray("claims")))
        .getJsonNumber("id")
        .longValue();
  }

  private static JsonObject block(JsonObject article, String text) {
    return article.getJsonArray("blocks").getValuesAs(JsonObject.class).stream()
        .filter(b -> b.getString("text").equals(text))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no block " + text));
  }

  /** Confirms the candidate of {@code sentence}, or marks it when it is none (a missed claim). */
  private static void confirmOrMark(Http http, JsonObject article, String sentence)
      throws Exception {
    boolean candidate =
        article.getJsonArray("claims").getValuesAs(JsonObject.class).stream()
            .anyMatch(c -> c.getString("text").equals(sentence));
    if (candidate) {
      confirm(http, candidateId(article, sentence));
    } else {
      marked(http, article, sentence);
    }
  }

  private static void confirm(Http http, long candidate) throws Exception {
    HttpResponse<String> confirmed =
        http.post(
            "/api/claims",
            "application/json",
            "{\"candidateId\": " + candidate + "}",
            EDITOR,
            EDITOR_PASSWORD);
    assertEquals(201, confirmed.statusCode(), confirmed.body());
  }

  private static long claimId(JsonArray claims, String sentence) {
    return claims.getValuesAs(JsonObject.class).stream()
        .filter(c -> c.getString("sentence").equals(sentence))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no claim " + sentence))
        .getJsonNumber("id")
        .longValue();
  }

  /** The one link of the claim with this sentence. */
  private static JsonObject link(JsonArray claims, String sentence) {
    JsonObject claim =
        claims.getValuesAs(JsonObject.class).stream()
            .filter(c -> c.getString("sentence").equals(sentence))
            .findFirst()
            .orElseThrow(() -> new AssertionError("no claim " + sentence));
    JsonArray links = claim.getJsonArray("links");
    assertEquals(1, links.size(), claim.toString());
    return links.getJsonObject(0);
  }

  private static JsonValue json(HttpResponse<String> response) {
    assertEquals(200, response.statusCode(), response.body());
    return json(response.body());
  }

  private static JsonValue json(String text) {
    try (JsonReader reader = Json.createReader(new StringReader(text))) {
      return reader.readValue();
    }
  }

  private String importText(String text) throws Exception {
    HttpResponse<String> created =
        new Http(base).post("/api/articles", "text/plain", text, EDITOR, EDITOR_PASSWORD);
    assertEquals(201, created.statusCode(), created.body());
    return created.headers().firstValue("Location").orElseThrow().replaceAll(".*/", "");
  }

  private static void openClaims(Browser browser, String id) {
    browser.open("/articles/review.xhtml?id=" + id);
    browser.find("#review\\:views a[href*='claimsTab']").click();
    browser.find("#review\\:views\\:claims .fd-span-legend");
  }

  private static String candidate(String words) {
    return "//li[@data-candidate and contains(., '" + words + "')]";
  }

  private static String claim(String words) {
    return "//div[@data-claim and contains(., '" + words + "')]";
  }

  private static WebElement element(Browser browser, String xpath) {
    return browser.waitFor(ExpectedConditions.visibilityOfElementLocated(By.xpath(xpath)));
  }

  private static String textOf(Browser browser, String xpath) {
    return new WebDriverWait(browser.driver(), Duration.ofSeconds(15))
        .ignoring(org.openqa.selenium.WebDriverException.class)
        .until(d -> d.findElement(By.xpath(xpath)).getText());
  }

  private static void click(Browser browser, String xpath) {
    idle(browser);
    element(browser, xpath).click();
    idle(browser);
  }

  private static void assertGrowl(Browser browser, String words) {
    idle(browser);
    String growl = browser.text(".ui-growl");
    assertTrue(growl.contains(words), growl);
    assertFalse(growl.isBlank());
  }

  /** Selects text as a mouse would: from an offset in one element's text to one in another's. */
  private static void select(Browser browser, String fromCss, int from, String toCss, int to) {
    script(
        browser,
        "function at(el, offset) {"
            + "  var walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);"
            + "  for (var n = walker.nextNode(); n; n = walker.nextNode()) {"
            + "    if (offset <= n.data.length) { return [n, offset]; }"
            + "    offset -= n.data.length;"
            + "  }"
            + "  throw new Error('offset past the text');"
            + "}"
            + "var a = at(document.querySelector(arguments[0]), arguments[1]);"
            + "var b = at(document.querySelector(arguments[2]), arguments[3]);"
            + "var range = document.createRange();"
            + "range.setStart(a[0], a[1]); range.setEnd(b[0], b[1]);"
            + "var selection = window.getSelection();"
            + "selection.removeAllRanges(); selection.addRange(range);",
        fromCss,
        from,
        toCss,
        to);
  }

  private static Object script(Browser browser, String js, Object... args) {
    return ((JavascriptExecutor) browser.driver()).executeScript(js, args);
  }

  private static void idle(Browser browser) {
    new WebDriverWait(browser.driver(), Duration.ofSeconds(15))
        .until(
            d ->
                Boolean.TRUE.equals(
                    ((JavascriptExecutor) d)
                        .executeScript(
                            "return !!window.PrimeFaces && PrimeFaces.ajax.Queue.isEmpty()"
                                + " && document.readyState === 'complete'"
                                + " && !(window.Factdesk && Factdesk.review.isBusy());")));
  }
}
