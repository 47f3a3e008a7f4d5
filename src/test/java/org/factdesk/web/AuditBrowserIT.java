package org.factdesk.web;

import static org.factdesk.support.DemoUsers.ADMIN;
import static org.factdesk.support.DemoUsers.ADMIN_PASSWORD;
import static org.factdesk.support.DemoUsers.EDITOR;
import static org.factdesk.support.DemoUsers.EDITOR_PASSWORD;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneOffset;
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

/**
 * The audit trail in a real browser: an editor comments on an article (markup in the comment stays
 * text) and rejects it; the History tab shows both, with who, when and old → new. An admin then
 * filters the Audit page by user and kind, opens the revision to its changes, and finds the
 * editor's sign-in and a failed sign-in in the security log.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AuditBrowserIT {

  @ArquillianResource private URL base;

  @Test
  void theHistoryTabShowsCommentsAndChangesAndTheAdminFiltersTheAuditPage() throws Exception {
    String tag = UUID.randomUUID().toString().replaceAll("[^a-f]", "");
    String text =
        "Hillside Chronicle\nWednesday, May 14, 2025\n\nLibrary Opens New Wing "
            + tag
            + "\n\nThe council said the new wing cost 2.1 million pounds.\n\nIt opens on Monday.\n";
    Http http = new Http(base);
    HttpResponse<String> created =
        http.post("/api/articles", "text/plain", text, EDITOR, EDITOR_PASSWORD);
    assertEquals(201, created.statusCode(), created.body());
    String id = created.headers().firstValue("Location").orElseThrow().replaceAll(".*/", "");
    String today = LocalDate.now(ZoneOffset.UTC).toString();

    try (Browser editor = new Browser(base)) {
      editor.signIn(EDITOR, EDITOR_PASSWORD);
      editor.open("/articles/article.xhtml?id=" + id);
      openHistory(editor);
      editor
          .find("#tabs\\:history\\:commentText")
          .sendKeys("<b>Cost?</b> The release says 2.1 million.");
      editor.clickAndWait("#tabs\\:history\\:addComment");
      String comment = editor.text("#timeline li[data-kind='COMMENT'] .fd-history-text");
      assertEquals("<b>Cost?</b> The release says 2.1 million.", comment, "markup stays text");
      assertTrue(
          editor
              .driver()
              .findElements(By.cssSelector("#timeline li[data-kind='COMMENT'] b"))
              .isEmpty(),
          "no element made from the comment");

      editor.find("#factCheck\\:reason").sendKeys("Press release, not news");
      editor.clickAndWait("#factCheck\\:reject");
      editor.open("/articles/article.xhtml?id=" + id);
      openHistory(editor);
      String timeline = editor.text("#timeline");
      assertTrue(timeline.contains("Article " + id + " changed"), timeline);
      assertTrue(timeline.contains("state: IMPORTED → REJECTED"), timeline);
      assertTrue(timeline.contains("State: Imported → Rejected"), timeline);
      assertTrue(timeline.contains("Press release, not news"), timeline);
      assertTrue(timeline.contains("Article " + id + " created"), "the import too: " + timeline);
      String newest = editor.text("#timeline li:first-child .fd-history-head");
      assertTrue(newest.contains(today) && newest.contains(EDITOR), newest);
    }

    try (Browser admin = new Browser(base)) {
      admin.open("/login.xhtml");
      admin.find("#loginForm\\:username").sendKeys("ghost-" + tag);
      admin.find("#loginForm\\:password input, input#loginForm\\:password").sendKeys("wrong one");
      admin.clickAndWaitForPage("#loginForm\\:signIn");

      admin.signIn(ADMIN, ADMIN_PASSWORD);
      admin.find("#menuForm\\:menuAudit").click();
      admin.waitFor(ExpectedConditions.urlContains("/admin/audit.xhtml"));
      admin.find("#auditTabs\\:revisionsForm\\:user").sendKeys(EDITOR);
      choose(admin, "auditTabs:revisionsForm:type_input", "ARTICLE");
      admin.clickAndWait("#auditTabs\\:revisionsForm\\:apply");
      String users = admin.text("#auditTabs\\:revisionsForm\\:revisions_data");
      assertTrue(users.contains(EDITOR) && !users.contains(ADMIN + " "), users);
      admin.clickAndWait(
          "#auditTabs\\:revisionsForm\\:revisions_data tr:first-child .ui-row-toggler");
      String changes = admin.text(".fd-revision-changes");
      assertTrue(changes.contains("Article " + id + " changed"), changes);
      assertTrue(changes.contains("state: IMPORTED → REJECTED"), changes);

      admin.find("#auditTabs a[href$='securityTab']").click();
      choose(admin, "auditTabs:eventsForm:kind_input", "LOGIN_FAILED");
      admin.find("#auditTabs\\:eventsForm\\:user").sendKeys("ghost-" + tag);
      admin.clickAndWait("#auditTabs\\:eventsForm\\:apply");
      String failed = admin.text("#auditTabs\\:eventsForm\\:events_data");
      assertTrue(
          failed.contains("Sign-in failed")
              && failed.contains("ghost-" + tag)
              && failed.contains("FORM"),
          failed);
      choose(admin, "auditTabs:eventsForm:kind_input", "LOGIN");
      admin.find("#auditTabs\\:eventsForm\\:user").clear();
      admin.find("#auditTabs\\:eventsForm\\:user").sendKeys(EDITOR);
      admin.clickAndWait("#auditTabs\\:eventsForm\\:apply");
      String signIns = admin.text("#auditTabs\\:eventsForm\\:events_data");
      assertTrue(signIns.contains("Signed in") && signIns.contains(EDITOR), signIns);
    }

    // The same over REST: the history for any role, the trail for admins only.
    HttpResponse<String> posted =
        http.post(
            "/api/audit/articles/" + id + "/comments",
            "application/json",
            "{\"text\": \"Checked with the council.\"}",
            "checker",
            "amber-lantern-23-fjord");
    assertEquals(201, posted.statusCode(), posted.body());
    String restHistory =
        http.get("/api/audit/articles/" + id, "checker", "amber-lantern-23-fjord").body();
    assertTrue(restHistory.contains("Checked with the council."), restHistory);
    assertTrue(restHistory.contains("\"after\":\"REJECTED\",\"before\":\"IMPORTED\""), restHistory);
    HttpResponse<String> empty =
        http.post(
            "/api/audit/articles/" + id + "/comments",
            "application/json",
            "{\"text\": \" \"}",
            EDITOR,
            EDITOR_PASSWORD);
    assertEquals(422, empty.statusCode(), empty.body());
    assertEquals(
        403, http.get("/api/audit/revisions?user=editor", EDITOR, EDITOR_PASSWORD).statusCode());
    HttpResponse<String> revisions =
        http.get("/api/audit/revisions?user=editor&type=article", ADMIN, ADMIN_PASSWORD);
    assertEquals(200, revisions.statusCode(), revisions.body());
    assertTrue(revisions.body().contains("\"username\":\"editor\""), revisions.body());
    String denied =
        http.get("/api/audit/security-events?kind=access_denied&user=editor", ADMIN, ADMIN_PASSWORD)
            .body();
    assertTrue(denied.contains("GET /api/audit/revisions"), denied);
  }

  private static void openHistory(Browser browser) {
    browser.find("#tabs a[href$='historyTab']").click();
    browser.find("#tabs\\:history\\:commentText");
  }

  /** Picks a value of a PrimeFaces select menu through the select element it submits. */
  private static void choose(Browser browser, String selectId, String value) {
    ((JavascriptExecutor) browser.driver())
        .executeScript(
            "var s = document.getElementById(arguments[0]); s.value = arguments[1];"
                + " s.dispatchEvent(new Event('change'));",
            selectId,
            value);
  }
}
