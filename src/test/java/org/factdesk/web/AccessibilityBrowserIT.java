package org.factdesk.web;

import static org.factdesk.support.DemoUsers.ADMIN;
import static org.factdesk.support.DemoUsers.ADMIN_PASSWORD;
import static org.factdesk.support.DemoUsers.CHECKER;
import static org.factdesk.support.DemoUsers.CHECKER_PASSWORD;
import static org.factdesk.support.DemoUsers.EDITOR;
import static org.factdesk.support.DemoUsers.EDITOR_PASSWORD;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.factdesk.support.Browser;
import org.factdesk.support.Http;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.JavascriptExecutor;

/**
 * Every page, as each role sees it, checked by axe-core (npm, pinned, from the webjar on Maven
 * Central) against the WCAG 2.1 A and AA rules: no violation anywhere. The same visit also catches
 * what the pages' Content-Security-Policy blocks (a handler or script that no longer runs shows as
 * a console error).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AccessibilityBrowserIT {

  private static final String AXE = "/META-INF/resources/webjars/axe-core/4.6.3/axe.min.js";

  /** The rule sets of WCAG 2.1 levels A and AA, as axe tags them. */
  private static final String RUN =
      "var done = arguments[arguments.length - 1];"
          + "axe.run(document, {runOnly: {type: 'tag',"
          + " values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}, resultTypes: ['violations']})"
          + ".then(function (r) { done(JSON.stringify(r.violations.map(function (v) {"
          + "  return {id: v.id, impact: v.impact, help: v.help,"
          + "    targets: v.nodes.slice(0, 5).map(function (n) {"
          + "      var d = n.any && n.any[0] && n.any[0].data;"
          + "      return n.target.join(' ') + (d && d.fgColor ? ' (' + d.fgColor + ' on ' + d.bgColor"
          + "        + ': ' + d.contrastRatio + ')' : ''); })};"
          + "}))); }, function (e) { done(JSON.stringify([{id: 'axe-error', impact: 'critical',"
          + " help: String(e), targets: []}])); });";

  @ArquillianResource private URL base;

  private static final String STORY =
      "Northbank Ledger\nTuesday, September 9, 2025\n\nCanal Locks Reopen After Repairs %s\n\n"
          + "The canal authority said the three locks reopened on Monday after repairs that cost"
          + " 4.2 million euros, 600,000 more than planned.\n\n"
          + "Barges carried 18,400 tonnes through the locks in the first week, the authority"
          + " said in a statement.\n";

  @Test
  void everyPageOfEveryRolePassesTheWcag21AaRulesOfAxeCore() throws Exception {
    Http http = new Http(base);
    String article = importArticle(http);
    String other = importArticle(http);
    long claim = confirmFirstCandidate(http, article);
    HttpResponse<String> batch =
        http.post(
            "/api/imports?name=a11y",
            "application/x-ndjson",
            "{\"text\": \"" + STORY.formatted(UUID.randomUUID()).replace("\n", "\\n") + "\"}\n",
            EDITOR,
            EDITOR_PASSWORD);
    assertEquals(202, batch.statusCode(), batch.body());
    String batchId = batch.headers().firstValue("Location").orElseThrow().replaceAll(".*/", "");

    List<String> everyone =
        List.of(
            "/dashboard.xhtml",
            "/account.xhtml",
            "/articles/list.xhtml",
            "/articles/article.xhtml?id=" + article,
            "/articles/compare.xhtml?left=" + article + "&right=" + other,
            "/claims/claim.xhtml?id=" + claim,
            "/datasets/list.xhtml");
    List<String> editing =
        List.of(
            "/articles/import.xhtml",
            "/articles/review.xhtml?id=" + other,
            "/articles/quality.xhtml",
            "/articles/batch.xhtml?id=" + batchId,
            "/claims/workload.xhtml");
    List<String> administering =
        List.of(
            "/admin/users.xhtml",
            "/admin/rules.xhtml",
            "/admin/settings.xhtml",
            "/admin/audit.xhtml");

    List<String> problems = new ArrayList<>();
    try (Browser browser = new Browser(base)) {
      check(browser, "anonymous", List.of("/login.xhtml", "/error/404.xhtml"), problems);
    }
    try (Browser browser = new Browser(base)) {
      browser.signIn(EDITOR, EDITOR_PASSWORD);
      check(browser, "editor", concat(everyone, editing), problems);
    }
    try (Browser browser = new Browser(base)) {
      browser.signIn(CHECKER, CHECKER_PASSWORD);
      check(browser, "checker", concat(everyone, List.of("/claims/queue.xhtml")), problems);
    }
    try (Browser browser = new Browser(base)) {
      browser.signIn(ADMIN, ADMIN_PASSWORD);
      check(browser, "admin", concat(everyone, concat(editing, administering)), problems);
    }
    assertTrue(problems.isEmpty(), problems.size() + " problems:\n" + String.join("\n", problems));
  }

  private static List<String> concat(List<String> a, List<String> b) {
    List<String> all = new ArrayList<>(a);
    all.addAll(b);
    return all;
  }

  private void check(Browser browser, String role, List<String> pages, List<String> problems)
      throws IOException {
    String axe = axeSource();
    browser.consoleErrors(); // what the sign-in left
    for (String page : pages) {
      browser.open(page);
      // pages without PrimeFaces (the error pages) have no ajax queue to wait for
      browser.waitFor(
          d ->
              Boolean.TRUE.equals(
                  ((JavascriptExecutor) d)
                      .executeScript(
                          "return document.readyState === 'complete' && (!window.PrimeFaces"
                              + " || PrimeFaces.ajax.Queue.isEmpty());")));
      assertTrue(
          !browser.path().startsWith("/login.xhtml") || page.startsWith("/login"),
          role + " was sent to sign in from " + page);
      JavascriptExecutor js = (JavascriptExecutor) browser.driver();
      js.executeScript(axe + "\nreturn true;");
      String json = (String) js.executeAsyncScript(RUN);
      try (JsonReader reader = Json.createReader(new StringReader(json))) {
        JsonArray violations = reader.readArray();
        for (JsonObject v : violations.getValuesAs(JsonObject.class)) {
          problems.add(
              role
                  + " "
                  + page
                  + ": "
                  + v.getString("id")
                  + " ("
                  + (v.isNull("impact") ? "?" : v.getString("impact"))
                  + ") "
                  + v.getString("help")
                  + " at "
                  + v.getJsonArray("targets"));
        }
      }
      for (String error : browser.consoleErrors()) {
        if (error.contains("Content Security Policy")
            || error.contains("Content-Security-Policy")) {
          problems.add(role + " " + page + ": blocked by the CSP: " + error);
        }
      }
    }
  }

  private static String axeSource() throws IOException {
    try (InputStream in = AccessibilityBrowserIT.class.getResourceAsStream(AXE)) {
      if (in == null) {
        throw new IllegalStateException(AXE + " is not on the test class path");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static String importArticle(Http http) throws Exception {
    HttpResponse<String> created =
        http.post(
            "/api/articles",
            "text/plain",
            STORY.formatted(UUID.randomUUID()),
            EDITOR,
            EDITOR_PASSWORD);
    assertTrue(created.statusCode() == 201, created.body());
    return created.headers().firstValue("Location").orElseThrow().replaceAll(".*/", "");
  }

  private static long confirmFirstCandidate(Http http, String article) throws Exception {
    String detail = http.get("/api/articles/" + article, EDITOR, EDITOR_PASSWORD).body();
    long candidate;
    try (JsonReader reader = Json.createReader(new StringReader(detail))) {
      candidate =
          reader
              .readObject()
              .getJsonArray("claims")
              .getValuesAs(JsonObject.class)
              .get(0)
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
