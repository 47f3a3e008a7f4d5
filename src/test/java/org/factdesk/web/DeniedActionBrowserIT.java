package org.factdesk.web;

import static org.factdesk.support.DemoUsers.ADMIN;
import static org.factdesk.support.DemoUsers.ADMIN_PASSWORD;
import static org.factdesk.support.DemoUsers.CHECKER;
import static org.factdesk.support.DemoUsers.CHECKER_PASSWORD;
import static org.factdesk.support.DemoUsers.EDITOR;
import static org.factdesk.support.DemoUsers.EDITOR_PASSWORD;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.net.http.HttpResponse;
import java.util.UUID;
import org.factdesk.support.Browser;
import org.factdesk.support.Http;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * A page action whose service the user's role may not use ends on the 403 page and in the security
 * log, by a full post and by ajax, while the same action by an admin still works. The page and its
 * bean ({@link DeniedProbeView}) exist only in this test's archive: the real pages show an action
 * only to the roles its service allows, so a fact-checker reaches one only by a crafted post.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DeniedActionBrowserIT {

  private static final String PAGE = "/" + DeniedProbeView.PAGE;

  @ArquillianResource private URL base;

  @Test
  void aRefusedActionShowsThe403PageAndIsRecorded() throws Exception {
    try (Browser checker = new Browser(base)) {
      checker.signIn(CHECKER, CHECKER_PASSWORD);
      checker.open(PAGE);
      checker.clickAndWaitForPage("#probe\\:plain");
      assertTrue(checker.text("#errorTitle").contains("403"), checker.driver().getPageSource());

      checker.open(PAGE);
      checker.find("#probe\\:ajax").click();
      checker.waitFor(ExpectedConditions.urlContains("/error/403.xhtml"));
      assertTrue(checker.text("#errorTitle").contains("403"));
    }
    try (Browser admin = new Browser(base)) {
      admin.signIn(ADMIN, ADMIN_PASSWORD);
      admin.open(PAGE);
      admin.clickAndWait("#probe\\:ajax");
      assertEquals("allowed", admin.text("#probe\\:done"), "an allowed action still works");
    }
    HttpResponse<String> denied =
        new Http(base)
            .get(
                "/api/audit/security-events?kind=access_denied&user=" + CHECKER + "&size=50",
                ADMIN,
                ADMIN_PASSWORD);
    assertEquals(200, denied.statusCode(), denied.body());
    assertEquals(
        2,
        denied.body().split(java.util.regex.Pattern.quote(PAGE), -1).length - 1,
        "one event for the full post, one for the ajax post: " + denied.body());
  }

  /**
   * Issue 14, part 1: a page served from another origin (a second local port; cookies are not per
   * port, so the browser sends the editor's session cookie along) posts to the REST API and to a
   * page: a text/plain form to /api/articles, approve, finish the fact-check, a page post. Each is
   * refused at the door and recorded; nothing changes. The app's own script, which sends the
   * session's token, can still write.
   */
  @Test
  void crossSitePostsFromAnotherOriginChangeNothing() throws Exception {
    Http http = new Http(base);
    String app = base.toExternalForm().replaceAll("/$", "");
    String marker = "X" + UUID.randomUUID().toString().substring(0, 8);
    HttpResponse<String> list = http.get("/api/articles?size=1", ADMIN, ADMIN_PASSWORD);
    java.util.regex.Matcher idMatch =
        java.util.regex.Pattern.compile("\"id\":(\\d+)").matcher(list.body());
    assertTrue(idMatch.find(), list.body());
    String article = idMatch.group(1);
    String before =
        http.get("/api/articles/" + article + "/transitions", ADMIN, ADMIN_PASSWORD).body();

    String[][] forms = {
      {app + "/api/articles", "text/plain"},
      {app + "/api/articles/" + article + "/approve", "application/x-www-form-urlencoded"},
      {
        app + "/api/articles/" + article + "/fact-check/finish", "application/x-www-form-urlencoded"
      },
      {app + "/dashboard.xhtml", "application/x-www-form-urlencoded"}
    };
    StringBuilder page = new StringBuilder("<!DOCTYPE html><html><body>");
    for (int i = 0; i < forms.length; i++) {
      page.append("<iframe name=\"f")
          .append(i)
          .append("\"></iframe>")
          .append("<form method=\"post\" target=\"f")
          .append(i)
          .append("\" enctype=\"")
          .append(forms[i][1])
          .append("\" action=\"")
          .append(forms[i][0])
          .append("\">")
          .append("<input name=\"The harbour authority said on Monday that ")
          .append(marker)
          .append(" tariffs would rise by four percent next year\" value=\"x\"></form>");
    }
    page.append("<script>for (const f of document.forms) f.submit();</script></body></html>");
    byte[] html = page.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
    com.sun.net.httpserver.HttpServer evil =
        com.sun.net.httpserver.HttpServer.create(
            new java.net.InetSocketAddress(base.getHost(), 0), 0);
    evil.createContext(
        "/",
        exchange -> {
          exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
          exchange.sendResponseHeaders(200, html.length);
          exchange.getResponseBody().write(html);
          exchange.close();
        });
    evil.start();
    String evilOrigin = "http://" + base.getHost() + ":" + evil.getAddress().getPort();
    try (Browser editor = new Browser(base)) {
      editor.signIn(EDITOR, EDITOR_PASSWORD);
      editor.driver().get(evilOrigin + "/");
      String events = "";
      for (int wait = 0;
          wait < 30 && count(events, "cross-site request from " + evilOrigin) < 4;
          wait++) {
        Thread.sleep(500);
        events =
            http.get(
                    "/api/audit/security-events?kind=access_denied&size=100", ADMIN, ADMIN_PASSWORD)
                .body();
      }
      assertEquals(
          4,
          count(events, "cross-site request from " + evilOrigin),
          "each post refused: " + events);

      // The app's own script may write, with the session's token from /api/me; without it, not.
      editor.open("/dashboard.xhtml");
      Object statuses =
          ((org.openqa.selenium.JavascriptExecutor) editor.driver())
              .executeAsyncScript(
                  "const done = arguments[arguments.length - 1];"
                      + "const api = arguments[0];"
                      + "const text = 'The council said on Tuesday that ' + arguments[1]"
                      + " + ' fares would stay the same for another year.';"
                      + "fetch(api + '/me').then(r => r.json()).then(me =>"
                      + " fetch(api + '/articles', {method: 'POST', body: text,"
                      + "  headers: {'Content-Type': 'text/plain'}}).then(bare =>"
                      + " fetch(api + '/articles', {method: 'POST', body: text,"
                      + "  headers: {'Content-Type': 'text/plain', 'X-CSRF-Token': me.csrfToken}})"
                      + " .then(withToken => done(bare.status + ' ' + withToken.status))))"
                      + ".catch(e => done(String(e)));",
                  app + "/api",
                  "Y" + marker);
      assertEquals("403 201", statuses);
    } finally {
      evil.stop(0);
    }
    assertTrue(
        http.get("/api/articles?q=" + marker + "&size=5", ADMIN, ADMIN_PASSWORD)
            .body()
            .contains("\"total\":0,"),
        "no article was created cross-site");
    assertTrue(
        http.get("/api/articles?q=Y" + marker + "&size=5", ADMIN, ADMIN_PASSWORD)
            .body()
            .contains("\"total\":1,"),
        "the app's own write went through");
    assertEquals(
        before,
        http.get("/api/articles/" + article + "/transitions", ADMIN, ADMIN_PASSWORD).body(),
        "the article did not move");
  }

  private static int count(String text, String part) {
    return text.split(java.util.regex.Pattern.quote(part), -1).length - 1;
  }
}
