package org.factdesk.web;

import static org.factdesk.support.DemoUsers.ADMIN;
import static org.factdesk.support.DemoUsers.ADMIN_PASSWORD;
import static org.factdesk.support.DemoUsers.EDITOR;
import static org.factdesk.support.DemoUsers.EDITOR_PASSWORD;
import static org.factdesk.support.DemoUsers.LEAD;
import static org.factdesk.support.DemoUsers.LEAD_PASSWORD;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.HexFormat;
import java.util.UUID;
import org.factdesk.support.Browser;
import org.factdesk.support.Http;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * From approval to download in a real browser: an editor finishes the review of an imported
 * article, a second editor approves it (over REST: the approve button is not on this page yet), the
 * admin makes a dataset on the Datasets page (an empty name refused first), publishes a version and
 * downloads its JSONL, whose bytes are the article's line and whose sha256 the manifest lists.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DatasetBrowserIT {

  /** No flags and no claim candidates: its review finishes straight to ready. */
  private static final String TEXT =
      "The new reading room at the harbour library opened to visitors this week.\n\n"
          + "Visitors praised the quiet tables and the view over the water.\n\n"
          + "The librarians plan evening readings for families in the autumn.\n";

  @ArquillianResource private URL base;

  @Test
  void anApprovedArticleIsPublishedInAVersionAndItsJsonlDownloaded() throws Exception {
    Http http = new Http(base);
    String outlet = "Library Ledger " + UUID.randomUUID().toString().substring(0, 8);
    String body =
        "{\"text\":\""
            + TEXT.replace("\n", "\\n")
            + "\",\"title\":\"Harbour library reading room opens\",\"outlet\":\""
            + outlet
            + "\",\"url\":\"https://ledger.example/library\",\"published\":\"2025-05-02\"}";
    HttpResponse<String> created =
        http.post("/api/articles", "application/json", body, EDITOR, EDITOR_PASSWORD);
    assertEquals(201, created.statusCode(), created.body());
    String article = created.headers().firstValue("Location").orElseThrow().replaceAll(".*/", "");
    assertTrue(created.body().contains("\"flags\":[]"), "no flags to decide: " + created.body());

    try (Browser editor = new Browser(base)) {
      editor.signIn(EDITOR, EDITOR_PASSWORD);
      editor.open("/articles/review.xhtml?id=" + article);
      // finishing goes on to the Articles list, which says where the article went
      editor.find("#review\\:finish").click();
      editor.waitFor(ExpectedConditions.urlContains("/articles/list.xhtml"));
      assertTrue(editor.text(".ui-growl").contains("is now Ready"), editor.text(".ui-growl"));
    }
    assertTrue(
        http.get("/api/articles/" + article, EDITOR, EDITOR_PASSWORD)
            .body()
            .contains("\"state\":\"READY\""));
    assertEquals(
        409,
        http.post(
                "/api/articles/" + article + "/approve",
                "application/json",
                "",
                EDITOR,
                EDITOR_PASSWORD)
            .statusCode(),
        "four-eyes rule: the reviewer does not approve");
    HttpResponse<String> approved =
        http.post(
            "/api/articles/" + article + "/approve", "application/json", "", LEAD, LEAD_PASSWORD);
    assertEquals(200, approved.statusCode(), approved.body());

    try (Browser admin = new Browser(base)) {
      admin.signIn(ADMIN, ADMIN_PASSWORD);
      admin.find("#menuForm\\:menuDatasets").click();
      admin.waitFor(ExpectedConditions.urlContains("/datasets/list.xhtml"));

      admin.clickAndWait("#ds\\:newDataset");
      admin.find("#ds\\:outlet").sendKeys(outlet);
      admin.clickAndWait("#ds\\:save");
      assertTrue(
          admin.text("#ds\\:messages").contains("Give the dataset a name."),
          admin.text("#ds\\:messages"));

      String name = "Library news " + outlet;
      admin.find("#ds\\:name").sendKeys(name);
      admin.find("#ds\\:description").sendKeys("Approved library stories.");
      admin.clickAndWait("#ds\\:preview");
      assertEquals("1 approved articles match now.", admin.text("#ds\\:previewCount").strip());
      // a train/test split by date: a date that is not one is named, nothing is saved
      admin.choose("#ds\\:splitBy", "By date");
      admin.find("#ds\\:splitValue").sendKeys("May");
      admin.clickAndWait("#ds\\:save");
      assertTrue(
          admin
              .text("#ds\\:messages")
              .contains(
                  "A split by date needs the first day of the test split, like 2025-06-01, not"
                      + " \"May\"."),
          admin.text("#ds\\:messages"));
      admin.find("#ds\\:splitValue").clear();
      admin.find("#ds\\:splitValue").sendKeys("2025-05-01");
      admin.clickAndWait("#ds\\:save");
      assertTrue(admin.text("#filterText").contains(outlet), admin.text("#filterText"));
      assertTrue(
          admin
              .text("#cardText")
              .contains("split by date: test = published on or after 2025-05-01"),
          admin.text("#cardText"));

      admin.clickAndWait("#ds\\:publish");
      admin.clickAndWait(".ui-confirmdialog-yes");
      // publishing runs in the background; the page follows it and says when it is out
      admin.waitFor(
          ExpectedConditions.textToBePresentInElementLocated(
              By.cssSelector(".fd-version-articles"), "1"));
      assertEquals("1", admin.text(".fd-version-number"));
      admin.waitFor(
          ExpectedConditions.textToBePresentInElementLocated(
              By.id("ds:messages"), "Version 1 of '" + name + "' published with 1 articles."));
      assertTrue(
          admin.driver().findElements(By.id("publishingText")).isEmpty(), "no progress left");

      assertTrue(
          admin.find("a.fd-download-parquet").getAttribute("href").endsWith("format=parquet"));
      String href = admin.find("a.fd-download-jsonl").getAttribute("href");
      assertTrue(href.contains("/versions/1/export?format=jsonl"), href);
      HttpResponse<byte[]> download =
          HttpClient.newHttpClient()
              .send(
                  HttpRequest.newBuilder(URI.create(href))
                      .header("Cookie", "JSESSIONID=" + admin.sessionId())
                      .GET()
                      .build(),
                  HttpResponse.BodyHandlers.ofByteArray());
      assertEquals(200, download.statusCode());
      assertTrue(
          download
              .headers()
              .firstValue("Content-Type")
              .orElse("")
              .startsWith("application/x-ndjson"));
      assertTrue(
          download
              .headers()
              .firstValue("Content-Disposition")
              .orElse("")
              .matches("attachment; filename=\"library-news-.*-v1\\.jsonl\""),
          download.headers().toString());
      String jsonl = new String(download.body(), java.nio.charset.StandardCharsets.UTF_8);
      assertTrue(
          jsonl.startsWith(
              "{\"schema_version\":2,\"id\":"
                  + article
                  + ",\"url\":\"https://ledger.example/library\""),
          jsonl);
      assertTrue(jsonl.endsWith("}\n") && jsonl.indexOf('\n') == jsonl.length() - 1, jsonl);
      assertTrue(jsonl.contains("\"title\":\"Harbour library reading room opens\""), jsonl);
      assertTrue(
          jsonl.contains("\"clean_text\":\"" + TEXT.strip().replace("\n", "\\n") + "\""), jsonl);
      assertTrue(jsonl.contains("\"approved_by\":\"lead\""), jsonl);
      assertTrue(jsonl.contains("\"reviewed_by\":\"editor\""), jsonl);
      assertTrue(jsonl.endsWith(",\"split\":\"test\"}\n"), "published 2025-05-02: " + jsonl);

      // the same bytes over REST, and the manifest names their sha256
      String dataset = href.replaceAll(".*/datasets/(\\d+)/.*", "$1");
      HttpResponse<byte[]> again =
          HttpClient.newHttpClient()
              .send(
                  HttpRequest.newBuilder(
                          http.uri("/api/datasets/" + dataset + "/versions/1/export?format=jsonl"))
                      .header(
                          "Authorization",
                          "Basic "
                              + Base64.getEncoder()
                                  .encodeToString((EDITOR + ":" + EDITOR_PASSWORD).getBytes()))
                      .GET()
                      .build(),
                  HttpResponse.BodyHandlers.ofByteArray());
      assertArrayEquals(download.body(), again.body());
      String sha =
          HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(download.body()));
      String version =
          http.get("/api/datasets/" + dataset + "/versions/1", EDITOR, EDITOR_PASSWORD).body();
      assertTrue(version.contains(sha), version);
      assertEquals(
          400,
          http.get(
                  "/api/datasets/" + dataset + "/versions/1/export?format=xlsx",
                  EDITOR,
                  EDITOR_PASSWORD)
              .statusCode());
      assertEquals(
          403,
          http.post(
                  "/api/datasets/" + dataset + "/versions",
                  "application/json",
                  "",
                  EDITOR,
                  EDITOR_PASSWORD)
              .statusCode(),
          "an editor does not publish");

      // over REST, publishing answers 202 at once; the version's address tells how far it got
      HttpResponse<String> accepted =
          http.post(
              "/api/datasets/" + dataset + "/versions",
              "application/json",
              "",
              ADMIN,
              ADMIN_PASSWORD);
      assertEquals(202, accepted.statusCode(), accepted.body());
      assertTrue(accepted.body().contains("\"number\":2"), accepted.body());
      String location = accepted.headers().firstValue("Location").orElseThrow();
      assertTrue(location.endsWith("/api/datasets/" + dataset + "/versions/2"), location);
      String state = accepted.body();
      for (int i = 0; i < 300 && !state.contains("\"state\":\"PUBLISHED\""); i++) {
        Thread.sleep(100);
        state =
            http.get(location.substring(location.indexOf("/api/")), EDITOR, EDITOR_PASSWORD).body();
      }
      assertTrue(state.contains("\"state\":\"PUBLISHED\""), state);
      assertTrue(state.contains("\"articles\":1"), state);
      assertEquals(
          404,
          http.get(
                  "/api/datasets/" + dataset + "/versions/9/export?format=csv",
                  EDITOR,
                  EDITOR_PASSWORD)
              .statusCode());
    }
  }
}
