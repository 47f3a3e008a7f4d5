package org.factdesk.web;

import static org.factdesk.support.DemoUsers.CHECKER;
import static org.factdesk.support.DemoUsers.CHECKER_PASSWORD;
import static org.factdesk.support.DemoUsers.EDITOR;
import static org.factdesk.support.DemoUsers.EDITOR_PASSWORD;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.net.URL;
import java.net.http.HttpResponse;
import org.factdesk.support.Browser;
import org.factdesk.support.Http;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * The fact-checker's flow in a real browser: an editor assigns a claim; the fact-checker finds it
 * in "My queue", sees the same statement in two other articles (one agreeing, one with another
 * figure and source, marked as a conflict), gives a verdict with evidence, takes it over for the
 * agreeing claim with one click, rates the conflicting one on its own, and moves the article on to
 * ready; another editor than the reviewer approves it.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class FactCheckBrowserIT {

  /** One tram story told three times: twice with the same figure, once with another. */
  private static final String TRAM_A =
      "Northfield Gazette\nThursday, October 9, 2025\n\nTram Line Extension Opens Two Months Late"
          + "\n\nThe Transport Department said the new tram line cost 312 million euros, well above"
          + " the budget approved in 2022.\n\nCommuters on the eastern routes found the first"
          + " trains almost empty.\n";

  private static final String TRAM_C =
      "Riverside Post\nFriday, October 10, 2025\n\nEastern Tram Line Finally Running\n\nAccording"
          + " to the Transport Department, the new tram line cost 312 million euros, well above the"
          + " budget approved in 2022.\n\nShop owners along the route hope for more customers.\n";

  private static final String TRAM_B =
      "Valley Courier\nFriday, October 10, 2025\n\nTram Extension Draws Crowds on Day One\n\nThe"
          + " City Council said the new tram line cost 280 million euros, well above the budget"
          + " approved in 2022.\n\nThe mayor rode the first train at dawn.\n";

  @ArquillianResource private URL base;

  @Test
  void aFactCheckerWorksTheQueueFollowsTheSameClaimElsewhereAndGivesVerdicts() throws Exception {
    Http http = new Http(base);
    String articleA = importText(http, TRAM_A);
    long a = confirm(http, articleA, "312 million");
    String articleC = importText(http, TRAM_C);
    long c = confirm(http, articleC, "312 million");
    long b = confirm(http, importText(http, TRAM_B), "280 million");

    try (Browser editor = new Browser(base)) {
      editor.signIn(EDITOR, EDITOR_PASSWORD);
      // the review of article A ends: its metadata lines accepted, on to fact-checking
      editor.open("/articles/review.xhtml?id=" + articleA);
      editor.keys("a", "a");
      // finishing goes on to the Articles list, which says where the article went
      editor.find("#review\\:finish").click();
      editor.waitFor(ExpectedConditions.urlContains("/articles/list.xhtml"));
      assertTrue(
          editor.text(".ui-growl").contains("is now In fact-check"), editor.text(".ui-growl"));
      assertTrue(
          http.get("/api/articles/" + articleA, EDITOR, EDITOR_PASSWORD)
              .body()
              .contains("\"state\":\"IN_FACT_CHECK\""));

      editor.open("/claims/claim.xhtml?id=" + a);
      assertFalse(editor.isPresent("#claim\\:verdictForm"), "an editor gets no verdict form");
      new Select(editor.find("#claim\\:assigneeMenu")).selectByValue(CHECKER);
      editor.clickAndWait("#claim\\:assignButton");
      assertTrue(editor.text("#assignee").startsWith(CHECKER), editor.text("#assignee"));

      // the conflicting claim is assigned from the Claims page: the open pool, one row ticked
      editor.find("#menuForm\\:menuClaims").click();
      editor.waitFor(ExpectedConditions.urlContains("/claims/workload.xhtml"));
      editor.clickAndWait("#workload\\:poolLink");
      editor.clickAndWait("#workload\\:claims tr[data-rk='" + b + "'] .ui-chkbox-box");
      new Select(editor.find("#workload\\:assignTo")).selectByValue(CHECKER);
      editor.clickAndWait("#workload\\:assignSelected");
      assertTrue(
          editor.text("#workload\\:messages").contains("1 claim assigned to checker."),
          editor.text("#workload\\:messages"));
      assertTrue(editor.text("#workload\\:checkers").contains("Chris Checker"));
    }
    HttpResponse<String> editorRates =
        http.post(
            "/api/claims/" + a + "/verdicts",
            "application/json",
            "{\"rating\":\"TRUE\",\"rationale\":\"x\",\"claimant\":\"x\",\"claimDate\":\"2025-10-09\","
                + "\"evidence\":[{\"url\":\"https://a.example\",\"title\":\"t\"}]}",
            EDITOR,
            EDITOR_PASSWORD);
    assertEquals(403, editorRates.statusCode(), "an editor is no fact-checker");

    try (Browser checker = new Browser(base)) {
      checker.signIn(CHECKER, CHECKER_PASSWORD);
      checker.find("#menuForm\\:menuQueue").click();
      checker.waitFor(ExpectedConditions.urlContains("/claims/queue.xhtml"));
      checker.find("#queue\\:mine a.fd-queue-claim[href$='id=" + a + "']").click();
      checker.waitFor(ExpectedConditions.urlContains("/claims/claim.xhtml?id=" + a));

      // the same statement elsewhere: one agreeing, one conflicting, side by side
      String cluster = checker.text("#claim\\:cluster");
      assertTrue(cluster.contains("CONFLICT") && cluster.contains("SAME"), cluster);
      assertTrue(cluster.contains("312 million") && cluster.contains("280 million"), cluster);
      assertTrue(
          checker.isPresent(".fd-linked-claim[data-verdict='CONFLICT'] .fd-difference"), cluster);

      // a bad evidence link is refused with its row named, and nothing is saved
      checker.find("#claim\\:rating input[value='FALSE']").click();
      checker
          .find("#claim\\:rationale")
          .sendKeys("The budget office lists 280 million euros. <b>not bold</b>");
      assertFalse(checker.find("#claim\\:claimant").getAttribute("value").isBlank());
      checker.find("#claim\\:evidence\\:0\\:url").sendKeys("javascript:alert(1)");
      checker.find("#claim\\:evidence\\:0\\:title").sendKeys("Budget office report");
      checker.clickAndWait("#claim\\:saveVerdict");
      assertTrue(
          checker.text("#claim\\:messages").contains("Evidence 1: the link must start with http"),
          checker.text("#claim\\:messages"));
      assertTrue(checker.text("#claim\\:history").contains("No verdict yet."));

      checker.find("#claim\\:evidence\\:0\\:url").clear();
      checker.find("#claim\\:evidence\\:0\\:url").sendKeys("https://budget.example/tram-2025");
      checker.clickAndWait("#claim\\:saveVerdict");
      String history = checker.text("#claim\\:history");
      assertTrue(history.contains("False") && history.contains("revision 1"), history);
      assertTrue(history.contains("<b>not bold</b>"), "typed markup stays text: " + history);
      assertEquals("checked", checker.text("#claimState"));

      // follow the agreeing claim: its page offers the verdict, taken over with one click
      checker.find(".fd-linked-claim[data-claim='" + c + "'] a.fd-open-claim").click();
      checker.waitFor(ExpectedConditions.urlContains("/claims/claim.xhtml?id=" + c));
      checker.clickAndWait(".fd-suggestion[data-from='" + a + "'] .fd-accept-suggestion");
      history = checker.text("#claim\\:history");
      assertTrue(history.contains("False") && history.contains("taken over from claim " + a));

      // any text of a block becomes a claim: selected on article C's page and marked
      checker.open("/articles/article.xhtml?id=" + articleC);
      ((org.openqa.selenium.JavascriptExecutor) checker.driver())
          .executeScript(
              "var text = [...document.querySelectorAll('li[data-index] .fd-block-text')]"
                  + ".find(e => e.textContent.startsWith('Shop owners'));"
                  + "var range = document.createRange(); range.selectNodeContents(text);"
                  + "var s = window.getSelection(); s.removeAllRanges(); s.addRange(range);");
      checker.clickAndWait("#markClaim");
      String marked = checker.text("#articleClaims");
      assertTrue(marked.contains("Shop owners along the route"), marked);
      checker
          .find("#articleClaims a[href*='claims/claim.xhtml']:not([href$='id=" + c + "'])")
          .click();
      checker.waitFor(ExpectedConditions.urlContains("/claims/claim.xhtml"));
      // a wording over 75 characters is refused and kept for correcting; a good one is saved
      checker.find("#claim\\:rewordForm legend").click();
      checker.find("#claim\\:newLine").clear();
      checker.find("#claim\\:newLine").sendKeys("x".repeat(80));
      checker.clickAndWait("#claim\\:reword");
      assertTrue(
          checker.text("#claim\\:messages").contains("at most 75 characters; it has 80"),
          checker.text("#claim\\:messages"));
      assertEquals("x".repeat(80), checker.find("#claim\\:newLine").getAttribute("value"));
      checker.find("#claim\\:newLine").clear();
      checker.find("#claim\\:newLine").sendKeys("Shops on the tram route hope for customers");
      checker.clickAndWait("#claim\\:reword");
      assertEquals("Shops on the tram route hope for customers", checker.text("#claimReviewed"));

      // the conflicting claim shows the verdict but does not offer it; it gets its own
      checker.open("/claims/claim.xhtml?id=" + b);
      String offered = checker.text("#claim\\:suggestions");
      assertTrue(offered.contains("conflicts with this claim"), offered);
      assertFalse(checker.isPresent(".fd-accept-suggestion"));
      assertFalse(checker.isPresent("#claim\\:take"), "assigned from the Claims page already");
      checker.find("#claim\\:rating input[value='MIXED']").click();
      checker
          .find("#claim\\:rationale")
          .sendKeys("The council counts the depot; the ministry not.");
      checker.find("#claim\\:evidence\\:0\\:url").sendKeys("https://council.example/minutes");
      checker.find("#claim\\:evidence\\:0\\:title").sendKeys("Council minutes");
      checker.clickAndWait("#claim\\:saveVerdict");
      assertTrue(checker.text("#claim\\:history").contains("Mixed"));

      // article A: every claim checked; moving it on is the editor's act
      checker.open("/articles/article.xhtml?id=" + articleA);
      assertTrue(
          checker.text("#progressLine").contains("1 of 1 claims have a verdict"),
          checker.text("#progressLine"));
      assertFalse(checker.isPresent("#factCheck\\:finishFactCheck"));
    }
    HttpResponse<String> checkerFinishes =
        http.post(
            "/api/articles/" + articleA + "/fact-check/finish",
            "application/json",
            "",
            CHECKER,
            CHECKER_PASSWORD);
    assertEquals(403, checkerFinishes.statusCode(), "finishing the fact-check is an editor's act");
    try (Browser editor = new Browser(base)) {
      editor.signIn(EDITOR, EDITOR_PASSWORD);
      editor.open("/articles/article.xhtml?id=" + articleA);
      editor.clickAndWait("#factCheck\\:finishFactCheck");
      assertTrue(editor.text("#progressLine").startsWith("Ready"), editor.text("#progressLine"));
    }
  }

  private static String importText(Http http, String text) throws Exception {
    HttpResponse<String> created =
        http.post("/api/articles", "text/plain", text, EDITOR, EDITOR_PASSWORD);
    assertTrue(created.statusCode() == 201 || created.statusCode() == 200, created.body());
    return created.headers().firstValue("Location").orElseThrow().replaceAll(".*/", "");
  }

  /** Confirms the article's claim candidate holding the words over REST; the claim's id. */
  private static long confirm(Http http, String article, String words) throws Exception {
    String detail = http.get("/api/articles/" + article, EDITOR, EDITOR_PASSWORD).body();
    long candidate;
    try (JsonReader reader = Json.createReader(new StringReader(detail))) {
      candidate =
          reader.readObject().getJsonArray("claims").getValuesAs(JsonObject.class).stream()
              .filter(o -> o.getString("text").contains(words))
              .findFirst()
              .orElseThrow(() -> new AssertionError("no candidate with " + words + ": " + detail))
              .getJsonNumber("id")
              .longValue();
    }
    HttpResponse<String> claim =
        http.post(
            "/api/claims",
            "application/json",
            "{\"candidateId\":" + candidate + "}",
            EDITOR,
            EDITOR_PASSWORD);
    assertEquals(201, claim.statusCode(), claim.body());
    return Long.parseLong(
        claim.headers().firstValue("Location").orElseThrow().replaceAll(".*/", ""));
  }
}
