package org.factdesk.web;

import static org.factdesk.support.DemoUsers.CHECKER;
import static org.factdesk.support.DemoUsers.CHECKER_PASSWORD;
import static org.factdesk.support.DemoUsers.EDITOR;
import static org.factdesk.support.DemoUsers.EDITOR_PASSWORD;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.factdesk.support.Browser;
import org.factdesk.support.Http;
import org.factdesk.support.WarcSamples;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** Articles in, through the Import page and through REST, and what the article page shows. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ImportBrowserIT {

  @ArquillianResource private URL base;

  private Http http;

  @org.junit.jupiter.api.BeforeEach
  void http() {
    http = new Http(base);
  }

  private static String hostileArticle(String marker) {
    return "Net Sentinel News\nFriday, June 20, 2025\n\n"
        + "Booking Site Taken Offline After Script Injection "
        + marker
        + "\n\nThe transit authority said on Thursday that attackers had planted markup in 3 of its"
        + " 40 timetable pages, according to a statement.\n\n"
        + "<script>window.__xss = 1;</script>\n\n"
        + "<img src=x onerror=\"window.__xss = 2\"> was found in a comment field, as was a link to"
        + " javascript:window.__xss=3 and <style>body{display:none}</style>.\n";
  }

  @Test
  void anEditorPastesAnArticleAndItsMarkupStaysInertText() throws Exception {
    String marker = UUID.randomUUID().toString().substring(0, 8);
    try (Browser browser = new Browser(base)) {
      browser.signIn(EDITOR, EDITOR_PASSWORD);
      browser.find("#menuForm\\:menuImport").click();
      browser.waitFor(ExpectedConditions.urlContains("/articles/import.xhtml"));
      WebElement box = browser.find("#pasteForm\\:content");
      ((JavascriptExecutor) browser.driver())
          .executeScript("arguments[0].value = arguments[1];", box, hostileArticle(marker));
      browser.find("#pasteForm\\:import").click();
      browser.waitFor(ExpectedConditions.urlContains("/articles/article.xhtml?id="));

      assertEquals(
          "Booking Site Taken Offline After Script Injection " + marker,
          browser.text("#articleTitle"));
      assertEquals("2025-06-20", browser.text("#metaPublished"));
      String blocks = browser.text("#blocks");
      assertTrue(blocks.contains("<script>window.__xss = 1;</script>"), blocks);
      assertTrue(blocks.contains("<img src=x onerror=\"window.__xss = 2\">"), blocks);
      Object xss = ((JavascriptExecutor) browser.driver()).executeScript("return window.__xss;");
      assertEquals(null, xss, "no script from the article ran");
      assertTrue(browser.driver().findElements(By.cssSelector("#blocks img")).isEmpty());
      assertTrue(browser.find("body").isDisplayed(), "the article's CSS did not hide the page");
    }
  }

  @Test
  void theDemoArticlePageShowsEachInsertWithItsTypeAndReason() throws Exception {
    // Importing the demo file again finds the stored article and says where it is.
    String demo;
    try (var in =
        getClass().getResourceAsStream("/org/factdesk/demo/articles/02-grain-corridor-a.txt")) {
      demo = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    HttpResponse<String> again = post("/api/articles", "text/plain", demo, EDITOR, EDITOR_PASSWORD);
    assertTrue(again.body().contains("\"outcome\":\"DUPLICATE\""), again.body());
    String id = again.headers().firstValue("Location").orElseThrow().replaceAll(".*/", "");
    try (Browser browser = new Browser(base)) {
      browser.signIn(CHECKER, CHECKER_PASSWORD);
      assertFalse(browser.isPresent("#menuForm\\:menuImport"), "fact-checkers do not import");
      browser.open("/articles/article.xhtml?id=" + id);
      assertTrue(
          browser.text("#articleTitle").startsWith("Calderra Defends Grain Export Licensing"));
      List<WebElement> chips =
          browser
              .driver()
              .findElements(By.cssSelector("#blocks .fd-chip[data-type='AI_DISCLAIMER']"));
      assertEquals(1, chips.size(), "one AI disclaimer");
      assertFalse(chips.get(0).getAttribute("title").isBlank(), "the reason is on hover");
      assertTrue(
          browser
                  .driver()
                  .findElements(By.cssSelector("#blocks .fd-chip[data-type='RELATED_LINKS']"))
                  .size()
              >= 30,
          "the run of headlines is flagged");
    }
    assertEquals(403, get("/articles/import.xhtml", CHECKER, CHECKER_PASSWORD).statusCode());
  }

  @Test
  void restImportsAnArticleOnceAndAnswersBadInputWithAMessage() throws Exception {
    String text = hostileArticle(UUID.randomUUID().toString());
    HttpResponse<String> analyzed =
        post("/api/analyze", "text/plain", text, EDITOR, EDITOR_PASSWORD);
    assertEquals(200, analyzed.statusCode());
    assertTrue(analyzed.body().contains("\"METADATA\""), analyzed.body());

    HttpResponse<String> created =
        post(
            "/api/articles?url=https://netsentinel.example/a",
            "text/plain",
            text,
            EDITOR,
            EDITOR_PASSWORD);
    assertEquals(
        201, created.statusCode(), "analyze stored nothing, so this is new: " + created.body());
    String location = created.headers().firstValue("Location").orElseThrow();
    assertTrue(created.body().contains("\"outcome\":\"IMPORTED\""), created.body());
    assertTrue(
        created.body().contains("\"url\":\"https://netsentinel.example/a\""), created.body());

    HttpResponse<String> again = post("/api/articles", "text/plain", text, EDITOR, EDITOR_PASSWORD);
    assertEquals(200, again.statusCode());
    assertTrue(again.body().contains("\"outcome\":\"DUPLICATE\""), again.body());
    assertEquals(location, again.headers().firstValue("Location").orElseThrow());

    HttpResponse<String> fetched =
        send(HttpRequest.newBuilder(URI.create(location)).GET(), CHECKER, CHECKER_PASSWORD);
    assertEquals(200, fetched.statusCode());

    HttpResponse<String> json =
        post(
            "/api/articles",
            "application/json",
            "{\"html\": \"<html><body><article><h1>Flood Plan Vote "
                + UUID.randomUUID()
                + "</h1><p>The council voted 7 to 5 on Wednesday to approve the plan, its clerk said.</p>"
                + "</article></body></html>\", \"outlet\": \"Millbrook Gazette\", \"published\": \"2025-05-08\"}",
            EDITOR,
            EDITOR_PASSWORD);
    assertEquals(201, json.statusCode(), json.body());
    assertTrue(json.body().contains("\"outlet\":\"Millbrook Gazette\""), json.body());

    assertProblem(
        post("/api/articles", "application/json", "{\"text\": broken", EDITOR, EDITOR_PASSWORD),
        400,
        "not valid JSON");
    assertProblem(
        post(
            "/api/articles",
            "application/json",
            "{\"text\": \"x\", \"published\": \"June 5\"}",
            EDITOR,
            EDITOR_PASSWORD),
        400,
        "Field \\\"published\\\" must be a date");
    assertProblem(
        post("/api/articles", "text/plain", "", EDITOR, EDITOR_PASSWORD),
        422,
        "the input is empty");
    assertProblem(
        post(
            "/api/articles",
            "text/plain",
            "\u0000\u0001\u0002\u0003 binary \u0000\u0000\u0000\u0000",
            EDITOR,
            EDITOR_PASSWORD),
        422,
        "looks like binary data");
    assertEquals(
        403, post("/api/articles", "text/plain", text, CHECKER, CHECKER_PASSWORD).statusCode());
    assertEquals(401, post("/api/articles", "text/plain", text, null, null).statusCode());
    assertEquals(404, get("/api/articles/987654321", EDITOR, EDITOR_PASSWORD).statusCode());
  }

  @Test
  void anEditorDropsFilesAndWatchesTheBatchFinishWithAResultPerItem() throws Exception {
    java.nio.file.Path folder = java.nio.file.Files.createTempDirectory("factdesk-upload");
    java.nio.file.Path text = folder.resolve("ferry.txt");
    java.nio.file.Files.writeString(text, hostileArticle(UUID.randomUUID().toString()));
    java.nio.file.Path jsonl = folder.resolve("feed.jsonl");
    java.nio.file.Files.writeString(
        jsonl,
        "{\"text\": \"Dock Workers Vote To End Strike "
            + UUID.randomUUID()
            + "\\n\\nDock workers voted 412 to 88 on Monday to end a 9-day strike, their union said.\"}\n"
            + "{\"text\": broken\n");
    try (Browser browser = new Browser(base)) {
      browser.signIn(EDITOR, EDITOR_PASSWORD);
      browser.open("/articles/import.xhtml");
      WebElement input = browser.driver().findElement(By.cssSelector("#uploadForm\\:files_input"));
      input.sendKeys(text.toString() + "\n" + jsonl.toString());
      browser.waitFor(
          ExpectedConditions.textToBePresentInElementLocated(
              By.cssSelector("#uploadForm\\:chosen"), "feed.jsonl"));
      browser.waitFor(
          ExpectedConditions.textToBePresentInElementLocated(
              By.cssSelector("#uploadForm\\:chosen"), "ferry.txt"));
      browser.clickAndWaitForPage("#uploadForm\\:startBatch");
      assertTrue(browser.path().startsWith("/articles/batch.xhtml?id="), browser.path());
      browser.waitFor(
          ExpectedConditions.textToBePresentInElementLocated(
              By.cssSelector("#batchForm\\:batchState, #batchState"), "FINISHED"));
      assertEquals(
          "3 of 3 done: 2 imported, 0 duplicates, 1 failed",
          browser.text("#batchForm\\:batchCounts"));
      String table = browser.text("#batchForm\\:items");
      assertTrue(table.contains("feed.jsonl line 2: malformed JSON"), table);
    }
  }

  @Test
  void theImportPageTakesNoFileLargerThanTheBatchSettingAndSaysSo() throws Exception {
    // The tests' server runs with factdesk.import.max-batch-bytes=8388608 (webapp-pom.xml), far
    // below web.xml's multipart ceiling: the setting must decide.
    String marker = UUID.randomUUID().toString().substring(0, 8);
    java.nio.file.Path folder = java.nio.file.Files.createTempDirectory("factdesk-limit");
    byte[] overLimit = new byte[8 * 1024 * 1024 + 1];
    java.util.Arrays.fill(overLimit, (byte) 'a');
    java.nio.file.Path big = folder.resolve("big-" + marker + ".txt");
    java.nio.file.Files.write(big, overLimit);
    java.nio.file.Path sent = folder.resolve("sent-" + marker + ".txt");
    java.nio.file.Files.write(sent, overLimit);
    java.nio.file.Path small = folder.resolve("small-" + marker + ".txt");
    java.nio.file.Files.writeString(small, hostileArticle(marker));
    String refused =
        " was not added: it is 8,388,609 bytes, more than the limit of 8,388,608 bytes for one"
            + " batch (factdesk.import.max-batch-bytes). Nothing of it was imported.";
    try (Browser browser = new Browser(base)) {
      browser.signIn(EDITOR, EDITOR_PASSWORD);
      browser.open("/articles/import.xhtml");
      By input = By.cssSelector("#uploadForm\\:files_input");

      // the page refuses the file before sending it
      browser.driver().findElement(input).sendKeys(big.toString());
      browser.waitFor(
          ExpectedConditions.textToBePresentInElementLocated(
              By.cssSelector("#uploadForm\\:files .ui-messages-error-summary"),
              big.getFileName() + refused));

      // a client that skips the page's check: the server refuses the file by the same setting
      ((JavascriptExecutor) browser.driver())
          .executeScript("PrimeFaces.widgets.uploadFiles.cfg.onAdd = null;");
      browser.driver().findElement(input).sendKeys(sent.toString());
      browser.waitFor(
          ExpectedConditions.textToBePresentInElementLocated(
              By.cssSelector(".ui-growl"), sent.getFileName() + refused));
      String chosen = browser.text("#uploadForm\\:chosen");
      assertFalse(chosen.contains(big.getFileName().toString()), chosen);
      assertFalse(chosen.contains(sent.getFileName().toString()), chosen);

      // a file within the limit is taken as before
      browser.driver().findElement(input).sendKeys(small.toString());
      browser.waitFor(
          ExpectedConditions.textToBePresentInElementLocated(
              By.cssSelector("#uploadForm\\:chosen"), small.getFileName().toString()));
      assertFalse(browser.text("#uploadForm\\:chosen").contains(sent.getFileName().toString()));
    }
  }

  @Test
  void anEditorDropsAWebArchiveAndGetsItsTwoPagesWithTheRestSkippedWithAReason() throws Exception {
    String marker = UUID.randomUUID().toString().substring(0, 8);
    java.nio.file.Path folder = java.nio.file.Files.createTempDirectory("factdesk-warc");
    java.nio.file.Path warc = folder.resolve("crawl-" + marker + ".warc.gz");
    java.nio.file.Files.write(warc, WarcSamples.mixed(marker, true));
    try (Browser browser = new Browser(base)) {
      browser.signIn(EDITOR, EDITOR_PASSWORD);
      browser.open("/articles/import.xhtml");
      WebElement input = browser.driver().findElement(By.cssSelector("#uploadForm\\:files_input"));
      input.sendKeys(warc.toString());
      browser.waitFor(
          ExpectedConditions.textToBePresentInElementLocated(
              By.cssSelector("#uploadForm\\:chosen"), warc.getFileName().toString()));
      browser.clickAndWaitForPage("#uploadForm\\:startBatch");
      browser.waitFor(
          ExpectedConditions.textToBePresentInElementLocated(
              By.cssSelector("#batchForm\\:batchState, #batchState"), "FINISHED"));
      assertEquals(
          "7 of 7 done: 2 imported, 0 duplicates, 0 failed, 5 skipped (not articles)",
          browser.text("#batchForm\\:batchCounts"));
      String table = browser.text("#batchForm\\:items");
      for (String reason :
          List.of(
              "image/png is not HTML or text; not imported",
              "HTTP 301 redirect to https://tram.example/news/lodz-" + marker,
              "a revisit record of the capture of 2025-06-12T08:30:05Z",
              "the same payload (sha1:",
              "1 request, 1 warcinfo record(s) hold no page")) {
        assertTrue(table.contains(reason), reason + " in " + table);
      }
      assertEquals(
          5,
          browser
              .driver()
              .findElements(By.cssSelector("#batchForm\\:items .fd-outcome-SKIPPED"))
              .size());

      browser.find("#batchForm\\:items a[href*='article.xhtml']").click();
      browser.waitFor(ExpectedConditions.urlContains("/articles/article.xhtml?id="));
      assertEquals("Łódź Tram Line Reopens " + marker, browser.text("#articleTitle"));
      assertEquals("https://tram.example/news/lodz-" + marker, browser.text("#metaUrl"));
      assertTrue(
          browser.text("#metaCaptured").startsWith("2025-06-12T08:30:05Z"),
          browser.text("#metaCaptured"));
      assertTrue(browser.text("#blocks").contains("86 million złoty"), "decoded as ISO-8859-2");
    }
  }

  @Test
  void restImportsAWebArchiveAndNamesABrokenOne() throws Exception {
    String marker = UUID.randomUUID().toString().substring(0, 8);
    HttpRequest.Builder upload =
        HttpRequest.newBuilder(http.uri("/api/imports?name=crawl-" + marker))
            .header("Content-Type", "application/warc")
            .POST(HttpRequest.BodyPublishers.ofByteArray(WarcSamples.mixed(marker, false)));
    HttpResponse<String> started = send(upload, EDITOR, EDITOR_PASSWORD);
    assertEquals(202, started.statusCode(), started.body());
    String progress =
        awaitFinished(URI.create(started.headers().firstValue("Location").orElseThrow()));
    assertTrue(progress.contains("\"imported\":2"), progress);
    assertTrue(progress.contains("\"skipped\":5"), progress);
    assertTrue(progress.contains("\"failed\":0"), progress);
    assertTrue(
        progress.contains(
            "\"name\":\"crawl-" + marker + ".warc #4 https://port.example/pilots-" + marker),
        progress);
    assertTrue(progress.contains("\"outcome\":\"SKIPPED\""), progress);

    byte[] whole = WarcSamples.mixed(marker + "x", true);
    HttpResponse<String> cut =
        send(
            HttpRequest.newBuilder(http.uri("/api/imports?name=cut"))
                .header("Content-Type", "application/gzip")
                .POST(
                    HttpRequest.BodyPublishers.ofByteArray(
                        java.util.Arrays.copyOf(whole, whole.length / 2))),
            EDITOR,
            EDITOR_PASSWORD);
    assertEquals(202, cut.statusCode(), cut.body());
    String cutProgress =
        awaitFinished(URI.create(cut.headers().firstValue("Location").orElseThrow()));
    assertTrue(
        cutProgress.contains("cut.warc.gz: the archive is cut off or not valid gzip after record"),
        cutProgress);
    assertTrue(cutProgress.contains("\"failed\":1"), cutProgress);
    assertEquals(
        403,
        send(
                HttpRequest.newBuilder(http.uri("/api/imports"))
                    .header("Content-Type", "application/warc")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(WarcSamples.mixed(marker, false))),
                CHECKER,
                CHECKER_PASSWORD)
            .statusCode());
  }

  /**
   * Issue 18: an archive over 1 MiB (the tests' factdesk.import.read-in-request-bytes) is answered
   * with 202 once stored; the batch reads it in the background, READING with no items until all of
   * them exist, then imports them.
   */
  @Test
  void restAnswersALargeArchiveAtOnceAndReadsItInTheBackground() throws Exception {
    String marker = UUID.randomUUID().toString().substring(0, 8);
    byte[] crawl = WarcSamples.large(marker, 1024 * 1024 + 1);
    HttpResponse<String> started =
        send(
            HttpRequest.newBuilder(http.uri("/api/imports?name=large-" + marker))
                .header("Content-Type", "application/warc")
                .POST(HttpRequest.BodyPublishers.ofByteArray(crawl)),
            EDITOR,
            EDITOR_PASSWORD);
    assertEquals(202, started.statusCode(), started.body());
    URI location = URI.create(started.headers().firstValue("Location").orElseThrow());
    String first = send(HttpRequest.newBuilder(location).GET(), EDITOR, EDITOR_PASSWORD).body();
    if (first.contains("\"state\":\"READING\"")) {
      assertTrue(first.contains("\"total\":0"), first);
      assertTrue(first.contains("\"items\":[]"), first);
      assertTrue(first.contains("\"note\":\"Read"), "says how far reading got: " + first);
    }
    String progress = awaitFinished(location);
    assertTrue(progress.contains("\"total\":8"), progress);
    assertTrue(progress.contains("\"imported\":2"), progress);
    assertTrue(progress.contains("\"skipped\":6"), progress);
    assertTrue(
        progress.contains("\"name\":\"large-" + marker + ".warc #4 https://port.example/pilots-"),
        progress);
  }

  private String awaitFinished(URI location) throws Exception {
    String progress = "";
    for (int i = 0; i < 300 && !progress.contains("\"state\":\"FINISHED\""); i++) {
      Thread.sleep(200);
      progress = send(HttpRequest.newBuilder(location).GET(), EDITOR, EDITOR_PASSWORD).body();
    }
    assertTrue(progress.contains("\"state\":\"FINISHED\""), progress);
    return progress;
  }

  @Test
  void restStartsABatchAndReportsItsProgress() throws Exception {
    String line =
        "{\"text\": \"Ferry Fares Rise "
            + UUID.randomUUID()
            + "\\n\\nFares rise by 4 percent on July 1, the operator said.\", \"outlet\": \"Ridgeway Courier\"}";
    HttpResponse<String> started =
        post(
            "/api/imports?name=fares",
            "application/x-ndjson",
            line + "\n" + line + "\n{\"url\": 1}\n",
            EDITOR,
            EDITOR_PASSWORD);
    assertEquals(202, started.statusCode(), started.body());
    URI location = URI.create(started.headers().firstValue("Location").orElseThrow());
    String progress = "";
    for (int i = 0; i < 100 && !progress.contains("\"state\":\"FINISHED\""); i++) {
      Thread.sleep(200);
      progress = send(HttpRequest.newBuilder(location).GET(), EDITOR, EDITOR_PASSWORD).body();
    }
    assertTrue(progress.contains("\"state\":\"FINISHED\""), progress);
    assertTrue(progress.contains("\"imported\":1"), progress);
    assertTrue(progress.contains("\"duplicates\":1"), progress);
    assertTrue(
        progress.contains("fares.jsonl line 3: field \\\"text\\\" or \\\"html\\\" is required"),
        progress);

    String boundary = "----factdesk" + UUID.randomUUID();
    String multipart =
        "--"
            + boundary
            + "\r\n"
            + "Content-Disposition: form-data; name=\"file\"; filename=\"a.txt\"\r\n"
            + "Content-Type: text/plain\r\n\r\n"
            + hostileArticle(UUID.randomUUID().toString())
            + "\r\n--"
            + boundary
            + "\r\n"
            + "Content-Disposition: form-data; name=\"file\"; filename=\"notes.pdf\"\r\n"
            + "Content-Type: application/pdf\r\n\r\n%PDF-1.4\r\n"
            + "--"
            + boundary
            + "--\r\n";
    HttpResponse<String> upload =
        post(
            "/api/imports",
            "multipart/form-data; boundary=" + boundary,
            multipart,
            EDITOR,
            EDITOR_PASSWORD);
    assertEquals(202, upload.statusCode(), upload.body());
    assertEquals(
        403,
        post("/api/imports", "application/x-ndjson", line, CHECKER, CHECKER_PASSWORD).statusCode());
  }

  @Test
  void restBodiesAreCountedWhileTheyStreamAndABatchOverTheItemCapIsRefused() throws Exception {
    // chunked bodies carry no length: the server must count them and answer at the limit (20 MiB
    // by default), not wait for an end that never comes. The body is never finished here, so a
    // server that read it whole first would never answer.
    String text = rawAnswerToAnEndlessBody("/api/articles", "text/plain", "");
    assertTrue(text.startsWith("HTTP/1.1 413"), text);
    assertTrue(text.contains("more than 20,971,520 bytes, the limit for this call"), text);
    String json = rawAnswerToAnEndlessBody("/api/articles", "application/json", "{\"text\": \"");
    assertTrue(json.startsWith("HTTP/1.1 413"), json);
    assertTrue(json.contains("the limit for this call"), json);

    // a declared length over the limit is refused before a byte is read
    String declared =
        rawExchange(
            "POST "
                + base.getPath()
                + "api/imports HTTP/1.1\r\n"
                + headers("application/zip")
                + "Content-Length: 1099511627776\r\n\r\n",
            0);
    assertTrue(declared.startsWith("HTTP/1.1 413"), declared);
    assertTrue(declared.contains("declares 1,099,511,627,776 bytes"), declared);

    // JSONL has an item cap per batch (10,000 by default): line 10,001 refuses the whole batch
    String jsonl = "{\"text\": \"x\"}\n".repeat(10_001);
    HttpResponse<String> tooMany =
        post("/api/imports?name=many", "application/x-ndjson", jsonl, EDITOR, EDITOR_PASSWORD);
    assertProblem(
        tooMany,
        422,
        "many.jsonl line 10001: one batch holds at most 10,000 items, and this is item 10,001;"
            + " nothing was imported.");
  }

  private String headers(String type) {
    String credentials =
        java.util.Base64.getEncoder()
            .encodeToString((EDITOR + ":" + EDITOR_PASSWORD).getBytes(StandardCharsets.UTF_8));
    return "Host: "
        + base.getHost()
        + ":"
        + base.getPort()
        + "\r\nAuthorization: Basic "
        + credentials
        + "\r\nContent-Type: "
        + type
        + "\r\n";
  }

  /**
   * Sends the start, then 64 KiB chunks of letters until 21 MiB are sent, never the last chunk; the
   * answer's start.
   */
  private String rawAnswerToAnEndlessBody(String path, String type, String start) throws Exception {
    return rawExchange(
        "POST "
            + base.getPath()
            + path.substring(1)
            + " HTTP/1.1\r\n"
            + headers(type)
            + "Transfer-Encoding: chunked\r\n\r\n"
            + (start.isEmpty()
                ? ""
                : Integer.toHexString(start.length()) + "\r\n" + start + "\r\n"),
        21 * 1024 * 1024);
  }

  private String rawExchange(String head, int chunkedBytes) throws Exception {
    try (java.net.Socket socket = new java.net.Socket(base.getHost(), base.getPort())) {
      socket.setSoTimeout(60_000);
      java.io.OutputStream out = socket.getOutputStream();
      out.write(head.getBytes(StandardCharsets.US_ASCII));
      byte[] chunk = new byte[64 * 1024];
      java.util.Arrays.fill(chunk, (byte) 'a');
      try {
        for (int sent = 0; sent < chunkedBytes; sent += chunk.length) {
          out.write(
              (Integer.toHexString(chunk.length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
          out.write(chunk);
          out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
        }
        out.flush();
      } catch (java.io.IOException closedEarly) {
        // the server may close the connection once it has answered; the answer is still there
      }
      java.io.InputStream in = socket.getInputStream();
      java.io.ByteArrayOutputStream answer = new java.io.ByteArrayOutputStream();
      byte[] buffer = new byte[8192];
      int read;
      while (!answer.toString(StandardCharsets.UTF_8).contains("\"message\"")
          && (read = in.read(buffer)) > 0) {
        answer.write(buffer, 0, read);
      }
      // the rest of the message, if it came in a second packet
      Thread.sleep(200);
      while (in.available() > 0 && (read = in.read(buffer)) > 0) {
        answer.write(buffer, 0, read);
      }
      return answer.toString(StandardCharsets.UTF_8);
    }
  }

  private static void assertProblem(HttpResponse<String> response, int status, String fragment) {
    assertEquals(status, response.statusCode(), response.body());
    assertTrue(response.body().contains(fragment), response.body());
  }

  private HttpResponse<String> get(String path, String user, String password) throws Exception {
    return http.get(path, user, password);
  }

  private HttpResponse<String> post(
      String path, String type, String body, String user, String password) throws Exception {
    return http.post(path, type, body, user, password);
  }

  private HttpResponse<String> send(HttpRequest.Builder request, String user, String password)
      throws Exception {
    return http.send(request, user, password);
  }
}
