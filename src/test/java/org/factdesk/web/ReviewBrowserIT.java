package org.factdesk.web;

import static org.factdesk.support.DemoUsers.EDITOR;
import static org.factdesk.support.DemoUsers.EDITOR_PASSWORD;
import static org.factdesk.support.DemoUsers.LEAD;
import static org.factdesk.support.DemoUsers.LEAD_PASSWORD;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.net.http.HttpResponse;
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
import org.openqa.selenium.support.ui.ExpectedConditions;

/** An editor finds an article in the list and cleans it from the keyboard; two editors clash. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ReviewBrowserIT {

  @ArquillianResource private URL base;

  private static String title(String marker) {
    return "Ferry Operator Cuts Winter Timetable by a Third " + marker;
  }

  private static final String FIRST =
      "The regional ferry operator will run 14 daily crossings this winter instead of 21, its"
          + " chief executive said on Monday.";
  private static final String SECOND =
      "Passenger numbers fell 18% in January compared with a year earlier, according to figures"
          + " from the port authority.";
  private static final String HOSTILE =
      "Some notes were posted with <script>window.__xss = 1;</script> markup and <img src=x"
          + " onerror=\"window.__xss = 2\"> tags, which the operator called a prank.";

  /**
   * Twelve blocks: outlet and dateline (metadata), the title, site chrome, three paragraphs (one
   * full of markup), a related list of four lines, an AI disclaimer the detectors also take for a
   * related line.
   */
  private static String article(String marker) {
    // An outlet of its own: lines an outlet repeats in three articles count as its boilerplate.
    return "Harbour Ledger "
        + marker
        + "\nTuesday, March 4, 2025\n\n"
        + title(marker)
        + "\n\nShare this article\n\n"
        + FIRST
        + "\n\n"
        + SECOND
        + "\n\n"
        + HOSTILE
        + "\n\nRelated Articles\nBridge tolls to rise in April\nIsland school gets new roof\n"
        + "Council approves harbour budget\n\n"
        + "This article was generated with the help of an AI writing assistant and reviewed by"
        + " our staff.\n";
  }

  private String importArticle(String marker) throws Exception {
    return importText(article(marker));
  }

  private String importText(String text) throws Exception {
    HttpResponse<String> created =
        new Http(base).post("/api/articles", "text/plain", text, EDITOR, EDITOR_PASSWORD);
    assertEquals(201, created.statusCode(), created.body());
    return created.headers().firstValue("Location").orElseThrow().replaceAll(".*/", "");
  }

  @Test
  void anEditorFindsAnArticleAndCleansItWithTheKeyboardAlone() throws Exception {
    String marker = "M" + UUID.randomUUID().toString().substring(0, 8);
    String id = importArticle(marker);
    try (Browser browser = new Browser(base)) {
      browser.signIn(EDITOR, EDITOR_PASSWORD);
      browser.find("#menuForm\\:menuArticles").click();
      browser.waitFor(ExpectedConditions.urlContains("/articles/list.xhtml"));
      browser.find("#list\\:text").sendKeys(marker);
      browser.find("#list\\:apply").click();
      browser.waitFor(
          ExpectedConditions.textToBePresentInElementLocated(By.id("list:articles"), "1–1 of 1"));
      browser.find("#list\\:articles .fd-article-link").click();
      browser.waitFor(ExpectedConditions.urlContains("/articles/review.xhtml?id=" + id));
      assertEquals(title(marker), browser.text("#articleTitle"));
      assertNull(script(browser, "return window.__xss;"), "no script from the article ran");
      assertTrue(browser.text("#review\\:blocks").contains("<script>window.__xss = 1;</script>"));

      // Outlet and dateline: not article.
      browser.keys("a", "a");
      // The title stays; "Share this article" is chrome, but first a wrong key, undone.
      browser.keys("j", "r", "u", "k", "a");
      // Three paragraphs stay.
      browser.keys("j", "j", "j");
      // The related list, then the disclaimer typed as what it is.
      browser.keys("a", "a", "a", "a", "1");
      assertEquals(
          "0 pending",
          browser.text("#pendingCount"),
          String.valueOf(
              script(
                  browser,
                  "return Array.from(document.querySelectorAll('.fd-rblock')).map(b =>"
                      + " b.dataset.index + (b.classList.contains('fd-current') ? '*' : '') + ':'"
                      + " + Array.from(b.querySelectorAll('.fd-chip')).map(c =>"
                      + " c.dataset.type + '=' + c.dataset.decision).join(',')).join(' | ');")));
      browser.keys("s");
      browser.waitFor(ExpectedConditions.invisibilityOfElementLocated(By.id("review:unsaved")));

      String clean = title(marker) + "\n\n" + FIRST + "\n\n" + SECOND + "\n\n" + HOSTILE;
      browser.find("#review\\:views a[href*='cleanTab']").click();
      assertEquals(clean, browser.text("#cleanText"));
      assertNull(script(browser, "return window.__xss;"), "still no script ran");

      browser.find("#review\\:finish").click();
      browser.waitFor(ExpectedConditions.urlContains("/articles/list.xhtml"));
      assertTrue(
          browser.text(".ui-growl").contains("is now In fact-check"), browser.text(".ui-growl"));
    }

    // Reopened, the page shows what was saved.
    try (Browser browser = new Browser(base)) {
      browser.signIn(EDITOR, EDITOR_PASSWORD);
      browser.open("/articles/review.xhtml?id=" + id);
      assertEquals("In fact-check", browser.text("#reviewState"));
      assertEquals(
          "ACCEPTED",
          browser
              .find("#block-11 .fd-chip[data-type='AI_DISCLAIMER']")
              .getAttribute("data-decision"));
    }
  }

  @Test
  void theSecondOfTwoEditorsSavingGetsAConflictAndCanReload() throws Exception {
    String id = importArticle("C" + UUID.randomUUID().toString().substring(0, 8));
    try (Browser first = new Browser(base);
        Browser second = new Browser(base)) {
      first.signIn(EDITOR, EDITOR_PASSWORD);
      second.signIn(LEAD, LEAD_PASSWORD);
      first.open("/articles/review.xhtml?id=" + id);
      second.open("/articles/review.xhtml?id=" + id);

      first.keys("a", "s");
      first.waitFor(ExpectedConditions.invisibilityOfElementLocated(By.id("review:unsaved")));

      second.keys("r", "s");
      assertTrue(
          second.text("#review\\:conflictText").startsWith("editor changed this article at "),
          second.text("#review\\:conflictText"));
      // The second editor's draft is still there (waited for: the save's update may still land).
      second.waitFor(
          ExpectedConditions.attributeToBe(
              By.cssSelector("#block-0 .fd-chip"), "data-decision", "REJECTED"));

      second.find("#review\\:reload").click();
      second.waitFor(
          ExpectedConditions.attributeToBe(
              By.cssSelector("#block-0 .fd-chip"), "data-decision", "ACCEPTED"));
      assertTrue(second.driver().findElements(By.id("review:conflictText")).isEmpty());
    }
  }

  @Test
  void theListIsAlsoThereForRestClientsAndNamesAWrongParameter() throws Exception {
    String marker = "R" + UUID.randomUUID().toString().substring(0, 8);
    String id = importArticle(marker);
    Http http = new Http(base);
    HttpResponse<String> found =
        http.get("/api/articles?q=" + marker + "&size=5", "checker", "amber-lantern-23-fjord");
    assertEquals(200, found.statusCode(), found.body());
    assertTrue(found.body().contains("\"total\":1,"), found.body());
    assertTrue(found.body().contains("\"id\":" + id), found.body());

    HttpResponse<String> wrong = http.get("/api/articles?state=SHINY", EDITOR, EDITOR_PASSWORD);
    assertEquals(400, wrong.statusCode());
    assertTrue(wrong.body().contains("Parameter \\\"state\\\" must be one of"), wrong.body());
    assertEquals(400, http.get("/api/articles?size=1000", EDITOR, EDITOR_PASSWORD).statusCode());

    // offsets go 10,000 articles deep, the last page there is served; deeper pages go on by keyset
    assertEquals(
        200, http.get("/api/articles?first=9975&size=25", EDITOR, EDITOR_PASSWORD).statusCode());
    HttpResponse<String> deep =
        http.get("/api/articles?first=9976&size=25", EDITOR, EDITOR_PASSWORD);
    assertEquals(400, deep.statusCode(), deep.body());
    assertTrue(deep.body().contains("10000") && deep.body().contains("after"), deep.body());
    HttpResponse<String> keyset =
        http.get("/api/articles?first=500000&after=" + id + "&size=5", EDITOR, EDITOR_PASSWORD);
    assertEquals(200, keyset.statusCode(), keyset.body());
    assertFalse(keyset.body().contains("\"id\":" + id + ","), keyset.body());
  }

  @Test
  void anAdminTestsAndSavesARuleAndEditorsSeeHowDetectorsFare() throws Exception {
    String marker = "Q" + UUID.randomUUID().toString().substring(0, 8);
    String line = "Tide clock by " + marker;
    String id = importText(article(marker) + "\n" + line + "\n");
    try (Browser admin = new Browser(base)) {
      admin.signIn("admin", "harbour-lamp-42-stone");
      admin.find("#menuForm\\:menuRules").click();
      admin.waitFor(ExpectedConditions.urlContains("/admin/rules.xhtml"));
      // The phrase lists and patterns per type.
      new org.openqa.selenium.support.ui.Select(admin.find("#rules\\:shownType"))
          .selectByValue("PROMOTIONAL");
      admin.waitFor(
          ExpectedConditions.textToBePresentInElementLocated(By.id("rules:byType"), "PROMOTIONAL"));
      assertFalse(
          admin.text("#rules\\:byType").contains("SITE_CHROME"), admin.text("#rules\\:byType"));
      script(
          admin,
          "var t = document.getElementById('rules:text');"
              + " t.value = t.value + '\\nSITE_CHROME\\t0.9\\tline:"
              + line
              + "\\tthe tide clock widget\\n';");
      admin.find("#rules\\:testIds").sendKeys(id);
      admin.find("#rules\\:test").click();
      admin.waitFor(
          ExpectedConditions.textToBePresentInElementLocated(
              By.id("rules:report"), "Would flag (1)"));
      assertTrue(admin.text("#rules\\:added").contains(line), admin.text("#rules\\:added"));
      // The line ends a run of related links, whose detector now leaves it to the rule.
      assertTrue(admin.text("#rules\\:removed").contains(line), admin.text("#rules\\:removed"));

      admin.find("#rules\\:comment").sendKeys("Flag the tide clock widget");
      admin.find("#rules\\:save").click();
      admin.waitFor(
          ExpectedConditions.textToBePresentInElementLocated(By.id("inForce"), "version "));
      assertTrue(admin.text("#rules\\:history").contains("Flag the tide clock widget"));
    }
    // The next article with the line is flagged by the new rule.
    String next = importText(article(marker + "b") + "\n" + line + "\n");
    HttpResponse<String> detail =
        new Http(base).get("/api/articles/" + next, EDITOR, EDITOR_PASSWORD);
    assertTrue(detail.body().contains("the tide clock widget"), detail.body());

    try (Browser editor = new Browser(base)) {
      editor.signIn(EDITOR, EDITOR_PASSWORD);
      editor.find("#menuForm\\:menuQuality").click();
      editor.waitFor(ExpectedConditions.urlContains("/articles/quality.xhtml"));
      assertTrue(editor.text("#detectors").contains("rules"), editor.text("#detectors"));
      assertTrue(editor.text("#types").contains("SITE_CHROME"));
      assertEquals(
          403, new Http(base).get("/admin/rules.xhtml", EDITOR, EDITOR_PASSWORD).statusCode());
    }
  }

  /**
   * A sponsor line no rule knows is flagged by the learned insert types (decisions 0023, 0031) with
   * a reason naming its words; the editor accepts it, and the Detector quality page lists the
   * learned detector with its type and precision.
   */
  @Test
  void aLearnedTypeFlagIsDecidedAndTheQualityPageShowsTheLearnedDetector() throws Exception {
    String marker = "L" + UUID.randomUUID().toString().substring(0, 8);
    String sponsor = "Sponsored by Northwind Outdoor Gear";
    String id =
        importText(title(marker) + "\n\n" + FIRST + "\n\n" + sponsor + "\n\n" + SECOND + "\n");
    try (Browser editor = new Browser(base)) {
      editor.signIn(EDITOR, EDITOR_PASSWORD);
      editor.open("/articles/review.xhtml?id=" + id);
      String chip = "#block-2 .fd-chip[data-type='PROMOTIONAL']";
      String why = editor.find(chip).getAttribute("title");
      assertTrue(
          why.startsWith("reads like promotion learnt from real pages")
              && why.contains("'sponsored'")
              && why.endsWith("(learned-types)"),
          why);
      assertEquals(sponsor, editor.text("#block-2 .fd-block-text"));
      assertTrue(editor.driver().findElements(By.cssSelector("#block-1 .fd-chip")).isEmpty());
      editor.find(chip + " .fd-chip-action[title='Accept']").click();
      editor.waitFor(
          ExpectedConditions.attributeToBe(By.cssSelector(chip), "data-decision", "ACCEPTED"));
      editor.keys("s");
      editor.waitFor(ExpectedConditions.invisibilityOfElementLocated(By.id("review:unsaved")));

      editor.find("#menuForm\\:menuQuality").click();
      editor.waitFor(ExpectedConditions.urlContains("/articles/quality.xhtml"));
      String row =
          editor.find("#detectors").findElements(By.cssSelector("tr")).stream()
              .map(r -> r.getText())
              .filter(t -> t.startsWith("learned-types PROMOTIONAL"))
              .findFirst()
              .orElseThrow(() -> new AssertionError(editor.text("#detectors")));
      // accepted at least once (this test), and a precision, not the dash of "nothing decided"
      assertTrue(
          row.matches("learned-types PROMOTIONAL [1-9]\\d* \\d+ \\d+ \\d+ \\d+\\.\\d%"), row);
    }
  }

  @Test
  void theSameStatementConfirmedInBothTellingsIsLinkedAsAConflict() throws Exception {
    String second;
    try (Browser browser = new Browser(base)) {
      browser.signIn(LEAD, LEAD_PASSWORD);
      confirmCandidate(browser, "02-grain-corridor-a.txt", "1,200 grain export licences");
      second = confirmCandidate(browser, "03-grain-corridor-b.txt", "900 grain export licences");
      String links = browser.text("#review\\:views\\:claims");
      assertTrue(links.contains("CONFLICT"), links);
      assertTrue(links.contains("1,200") && links.contains("900"), links);
      assertTrue(links.contains("Ministry of Agriculture"), links);
    }
    // The same claims for REST clients, and the rules they keep.
    Http http = new Http(base);
    HttpResponse<String> listed =
        http.get("/api/articles/" + second + "/claims", "checker", "amber-lantern-23-fjord");
    assertEquals(200, listed.statusCode(), listed.body());
    assertTrue(listed.body().contains("\"verdict\":\"CONFLICT\""), listed.body());
    java.util.regex.Matcher claim =
        java.util.regex.Pattern.compile("\"id\":(\\d+)").matcher(listed.body());
    assertTrue(claim.find(), listed.body());
    HttpResponse<String> cluster =
        http.get("/api/claims/" + claim.group(1) + "/cluster", EDITOR, EDITOR_PASSWORD);
    assertEquals(200, cluster.statusCode(), cluster.body());
    assertTrue(cluster.body().contains("1,200") && cluster.body().contains("900"), cluster.body());
    assertEquals(400, http.get("/api/claims?state=SOMEDAY", EDITOR, EDITOR_PASSWORD).statusCode());
    HttpResponse<String> noReason =
        http.post(
            "/api/claims/" + claim.group(1) + "/dismiss",
            "application/json",
            "{\"reason\": \" \"}",
            EDITOR,
            EDITOR_PASSWORD);
    assertEquals(422, noReason.statusCode(), noReason.body());
  }

  /** Opens a demo article's review and confirms the candidate holding the words; its id. */
  private String confirmCandidate(Browser browser, String file, String words) throws Exception {
    HttpResponse<String> again =
        new Http(base)
            .post(
                "/api/articles",
                "text/plain",
                resource("/org/factdesk/demo/articles/" + file),
                EDITOR,
                EDITOR_PASSWORD);
    String id = again.headers().firstValue("Location").orElseThrow().replaceAll(".*/", "");
    browser.open("/articles/review.xhtml?id=" + id);
    browser.find("#review\\:views a[href*='claimsTab']").click();
    String candidate = "//li[@data-candidate and contains(., '" + words + "')]";
    browser.waitFor(ExpectedConditions.visibilityOfElementLocated(By.xpath(candidate)));
    browser.driver().findElement(By.xpath(candidate + "//button")).click();
    String claim =
        "//div[contains(@class, 'fd-claim') and contains(., '" + words.substring(0, 5) + "')]";
    browser.waitFor(ExpectedConditions.visibilityOfElementLocated(By.xpath(claim)));
    return id;
  }

  /**
   * Every demo article, cleaned from the keyboard alone: each block that is article stays (j, or r
   * where a detector flagged it), every other block is accepted as flagged (a). The saved clean
   * text must be exactly the one in src/test/resources/org/factdesk/demo/clean.
   */
  @Test
  void everyDemoArticleIsCleanedToItsExactTextWithTheKeyboardAlone() throws Exception {
    String index = resource("/org/factdesk/demo/articles/index.txt");
    try (Browser browser = new Browser(base)) {
      browser.signIn(LEAD, LEAD_PASSWORD);
      for (String line : index.split("\n")) {
        if (line.isBlank()) {
          continue;
        }
        String file = line.split("\t")[0];
        String expected = resource("/org/factdesk/demo/clean/" + file.substring(0, 2) + ".txt");
        java.util.Set<String> kept = java.util.Set.of(expected.split("\n\n"));
        HttpResponse<String> again =
            new Http(base)
                .post(
                    "/api/articles",
                    file.endsWith(".html") ? "text/html" : "text/plain",
                    resource("/org/factdesk/demo/articles/" + file),
                    EDITOR,
                    EDITOR_PASSWORD);
        String id = again.headers().firstValue("Location").orElseThrow().replaceAll(".*/", "");
        browser.open("/articles/review.xhtml?id=" + id);
        browser.idle();
        // each block's text and whether it carries a flag, read in one round trip (as shown: the
        // keys below change flags, not texts)
        @SuppressWarnings("unchecked")
        List<List<Object>> blocks =
            (List<List<Object>>)
                script(
                    browser,
                    "return Array.from(document.querySelectorAll('.fd-rblock')).map((b, i) => {"
                        + " const block = document.getElementById('block-' + i);"
                        + " return [block.querySelector('.fd-block-text').innerText.trim(),"
                        + " block.querySelector('.fd-chip') !== null]; });");
        for (int i = 0; i < blocks.size(); i++) {
          String text = (String) blocks.get(i).get(0);
          boolean flagged = (Boolean) blocks.get(i).get(1);
          if (kept.contains(text)) {
            browser.keys(flagged ? "r" : "j");
          } else {
            assertTrue(
                flagged, file + ": block " + (i + 1) + " is not article but not flagged: " + text);
            browser.keys("a");
          }
        }
        browser.keys("s");
        browser.waitFor(ExpectedConditions.invisibilityOfElementLocated(By.id("review:unsaved")));
        assertEquals("0 pending", browser.text("#pendingCount"), file);
        browser.find("#review\\:views a[href*='cleanTab']").click();
        assertEquals(expected, browser.text("#cleanText"), file);
      }
    }
  }

  private String resource(String path) throws java.io.IOException {
    try (var in = getClass().getResourceAsStream(path)) {
      return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    }
  }

  private static Object script(Browser browser, String js) {
    return ((JavascriptExecutor) browser.driver()).executeScript(js);
  }
}
