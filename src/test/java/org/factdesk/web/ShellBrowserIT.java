package org.factdesk.web;

import static org.factdesk.support.DemoUsers.ADMIN;
import static org.factdesk.support.DemoUsers.ADMIN_PASSWORD;
import static org.factdesk.support.DemoUsers.CHECKER;
import static org.factdesk.support.DemoUsers.CHECKER_PASSWORD;
import static org.factdesk.support.DemoUsers.EDITOR;
import static org.factdesk.support.DemoUsers.EDITOR_PASSWORD;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;
import javax.imageio.ImageIO;
import org.factdesk.platform.ResponseHeaders;
import org.factdesk.support.Browser;
import org.factdesk.support.Http;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The shell as people meet it, in a real headless Chromium: login per role and the menu each gets,
 * refusals, logout, the Users page, and the same rules seen over plain HTTP.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ShellBrowserIT {

  @ArquillianResource private URL base;

  private Http http;

  @org.junit.jupiter.api.BeforeEach
  void http() {
    http = new Http(base);
  }

  private List<String> menu(Browser browser) {
    return browser
        .driver()
        .findElements(By.cssSelector("#menuForm\\:mainMenu .ui-menuitem-text"))
        .stream()
        .map(WebElement::getText)
        .toList();
  }

  @Test
  void eachDemoRoleSignsInAndSeesItsOwnMenu() throws Exception {
    try (Browser browser = new Browser(base)) {
      browser.signIn(ADMIN, ADMIN_PASSWORD);
      assertEquals("/dashboard.xhtml", browser.path());
      assertEquals("admin", browser.text("#current-user"));
      assertEquals("Admin", browser.text("#current-roles"));
      assertEquals(
          List.of(
              "Dashboard",
              "Articles",
              "Claims",
              "Import",
              "Detector quality",
              "Datasets",
              "Rules",
              "Settings",
              "Users",
              "Audit"),
          menu(browser));
      assertTrue(browser.isPresent("#userCounts"), "admins see user counts");
      browser.signOut();

      browser.signIn(EDITOR, EDITOR_PASSWORD);
      assertEquals("Editor", browser.text("#current-roles"));
      assertEquals(
          List.of("Dashboard", "Articles", "Claims", "Import", "Detector quality", "Datasets"),
          menu(browser));
      assertFalse(browser.isPresent("#userCounts"));
      browser.signOut();

      browser.signIn(CHECKER, CHECKER_PASSWORD);
      assertEquals("Fact-checker", browser.text("#current-roles"));
      assertEquals(List.of("Dashboard", "Articles", "My queue", "Datasets"), menu(browser));
      browser.signOut();

      browser.signIn("lead", "copper-kettle-58-heron");
      assertEquals("Editor, Fact-checker", browser.text("#current-roles"));
    }
  }

  @Test
  void theDashboardCountsTheArticlesInTheDatabase() throws Exception {
    try (Browser browser = new Browser(base)) {
      browser.signIn(EDITOR, EDITOR_PASSWORD);
      long total = Long.parseLong(browser.text("#totalArticles"));
      assertTrue(total >= 7, "demo articles counted: " + total);
      long perState = 0;
      for (org.factdesk.article.ArticleState state : org.factdesk.article.ArticleState.values()) {
        perState += Long.parseLong(browser.text("[data-state='" + state + "'] .fd-tile-count"));
      }
      assertEquals(total, perState, "every article is counted under its state");
      long toReview =
          Long.parseLong(browser.text("[data-state='IMPORTED'] .fd-tile-count"))
              + Long.parseLong(browser.text("[data-state='IN_REVIEW'] .fd-tile-count"));
      assertEquals(toReview, Long.parseLong(browser.text("#toReview .fd-tile-count")));
      assertFalse(browser.isPresent("#assignedClaims"), "an editor has no claims queue");
      for (String chart : List.of("activityChart", "flagChart", "verdictChart")) {
        assertTrue(browser.isPresent("#" + chart + " canvas"), chart + " is drawn");
      }
    }
    try (Browser browser = new Browser(base)) {
      browser.signIn(CHECKER, CHECKER_PASSWORD);
      long pool = Long.parseLong(browser.text("#poolClaims .fd-tile-count"));
      assertTrue(pool >= 0);
      assertFalse(browser.isPresent("#toReview"), "a fact-checker reviews nothing");
      browser.find("#assignedClaims").click();
      browser.waitFor(
          org.openqa.selenium.support.ui.ExpectedConditions.urlContains("/claims/queue.xhtml"));
    }
  }

  @Test
  void anEditorIsRefusedTheAdminPageWith403() throws Exception {
    try (Browser browser = new Browser(base)) {
      browser.signIn(EDITOR, EDITOR_PASSWORD);
      browser.open("/admin/users.xhtml");
      assertEquals("403 · Not allowed", browser.text("#errorTitle"));
      assertFalse(browser.driver().getPageSource().contains("usersForm"));
    }
    assertEquals(403, get("/admin/users.xhtml", EDITOR, EDITOR_PASSWORD).statusCode());
  }

  @Test
  void aWrongPasswordShowsAnErrorAndStaysOnTheLoginPage() throws Exception {
    try (Browser browser = new Browser(base)) {
      browser.open("/login.xhtml");
      browser.find("#loginForm\\:username").sendKeys(CHECKER);
      browser.find("input#loginForm\\:password").sendKeys("not the password at all");
      browser.clickAndWaitForPage("#loginForm\\:signIn");
      String message = browser.text("#loginForm\\:messages");
      assertTrue(message.startsWith("Wrong user name or password."), message);
      assertTrue(browser.path().startsWith("/login.xhtml"));
    }
  }

  @Test
  void anAnonymousVisitorIsSentToLoginAndThenToThePageAskedFor() throws Exception {
    try (Browser browser = new Browser(base)) {
      browser.open("/admin/users.xhtml");
      assertTrue(browser.path().startsWith("/login.xhtml"), browser.path());
      assertFalse(browser.driver().getPageSource().contains("usersForm"));
      String before = browser.sessionId();

      browser.find("#loginForm\\:username").sendKeys(ADMIN);
      browser.find("input#loginForm\\:password").sendKeys(ADMIN_PASSWORD);
      browser.clickAndWaitForPage("#loginForm\\:signIn");
      browser.waitFor(ExpectedConditions.urlContains("/admin/users.xhtml"));
      assertNotEquals(before, browser.sessionId(), "the session id changes at login");
      assertTrue(browser.isPresent("#usersForm\\:users"));
    }
    HttpResponse<String> anonymous = get("/admin/users.xhtml", null, null);
    assertEquals(302, anonymous.statusCode());
    assertTrue(anonymous.headers().firstValue("Location").orElse("").endsWith("/login.xhtml"));
    assertFalse(anonymous.body().contains("usersForm"));
  }

  @Test
  void signingInAfterTheBrowserFetchedTheFaviconOrAFileLandsOnAPage() throws Exception {
    // the favicon is served to anyone, so asking for it saves nothing to return to
    HttpResponse<String> icon = get("/favicon.ico", null, null);
    assertEquals(200, icon.statusCode());
    assertEquals("image/x-icon", icon.headers().firstValue("Content-Type").orElse(""));
    try (Browser browser = new Browser(base)) {
      browser.open("/");
      assertTrue(browser.path().startsWith("/login.xhtml"), browser.path());
      assertTrue(
          browser.isPresent("link[rel='icon'][href$='/favicon.ico']"), "the page names its icon");
      // what Chromium does next on its own: asks for the icon (and here, a protected file)
      browser.open("/favicon.ico");
      browser.open("/articles/not-a-page.png");
      assertTrue(browser.path().startsWith("/login.xhtml"), browser.path());
      browser.find("#loginForm\\:username").sendKeys(EDITOR);
      browser.find("input#loginForm\\:password").sendKeys(EDITOR_PASSWORD);
      browser.clickAndWaitForPage("#loginForm\\:signIn");
      assertEquals("/dashboard.xhtml", browser.path(), "a page, never the icon or a file");
      assertEquals("Dashboard · Factdesk", browser.driver().getTitle());
    }
  }

  @Test
  void pagesAndApiAnswersCarryTheSecurityHeaders() throws Exception {
    HttpResponse<String> login = get("/login.xhtml", null, null);
    HttpResponse<String> page = get("/dashboard.xhtml", EDITOR, EDITOR_PASSWORD);
    HttpResponse<String> api = get("/api/me", EDITOR, EDITOR_PASSWORD);
    for (HttpResponse<String> answer : List.of(login, page, api)) {
      String where = answer.uri() + " " + answer.statusCode();
      assertEquals(200, answer.statusCode(), where);
      assertEquals("nosniff", answer.headers().firstValue("X-Content-Type-Options").orElse(""));
      assertEquals("same-origin", answer.headers().firstValue("Referrer-Policy").orElse(""));
      assertEquals("DENY", answer.headers().firstValue("X-Frame-Options").orElse(""), where);
      List<String> policies = answer.headers().allValues("Content-Security-Policy");
      assertEquals(1, policies.size(), where + " " + policies);
      assertTrue(policies.get(0).contains("frame-ancestors 'none'"), where + " " + policies);
    }
    for (HttpResponse<String> pageAnswer : List.of(login, page)) {
      String policy = pageAnswer.headers().firstValue("Content-Security-Policy").orElseThrow();
      // scripts only from here or with this answer's nonce: no inline handlers, no eval
      assertTrue(policy.matches(".*script-src 'self' 'nonce-[A-Za-z0-9+/=_-]+';?$"), policy);
      assertFalse(policy.contains("unsafe-eval"), policy);
      assertFalse(pageAnswer.body().matches("(?s).*\\son(click|change|mousedown|keydown)=.*"));
    }
    assertTrue(
        api.headers()
            .firstValue("Content-Security-Policy")
            .orElseThrow()
            .startsWith("default-src 'none'"));

    // answers the sign-in check gives itself, before any filter: a refused API call, a redirect
    HttpResponse<String> refused = get("/api/me", null, null);
    HttpResponse<String> toLogin = get("/dashboard.xhtml", null, null);
    assertEquals(401, refused.statusCode(), refused.body());
    assertTrue(toLogin.statusCode() / 100 == 3, "a redirect: " + toLogin.statusCode());
    for (HttpResponse<String> answer : List.of(refused, toLogin)) {
      String where = answer.uri() + " " + answer.statusCode();
      assertEquals(
          "nosniff", answer.headers().firstValue("X-Content-Type-Options").orElse(""), where);
      assertEquals("same-origin", answer.headers().firstValue("Referrer-Policy").orElse(""), where);
      assertEquals("DENY", answer.headers().firstValue("X-Frame-Options").orElse(""), where);
    }
    assertEquals(
        List.of(ResponseHeaders.NOT_A_PAGE_POLICY),
        refused.headers().allValues("Content-Security-Policy"),
        "one policy on a refusal, the one for what is not a page");
  }

  @Test
  void loggingOutEndsTheSession() throws Exception {
    try (Browser browser = new Browser(base)) {
      browser.signIn(EDITOR, EDITOR_PASSWORD);
      String signedIn = browser.sessionId();
      assertEquals(
          200, withSessionCookie(signedIn).statusCode(), "the cookie works while signed in");
      browser.signOut();
      assertEquals(
          401,
          withSessionCookie(signedIn).statusCode(),
          "the old session cookie, replayed after signing out, is refused");
      assertEquals("You are signed out.", browser.text("#loginForm\\:signedOutNotice"));
      browser.open("/dashboard.xhtml");
      assertTrue(
          browser.path().startsWith("/login.xhtml"),
          "after logout the dashboard needs a login again");
      assertNotEquals(signedIn, browser.sessionId());
    }
  }

  /** GET /api/me with nothing but a session cookie, as a replayed or stolen cookie would be. */
  private java.net.http.HttpResponse<String> withSessionCookie(String sessionId) throws Exception {
    return http.send(
        java.net.http.HttpRequest.newBuilder(http.uri("/api/me"))
            .header("Cookie", "JSESSIONID=" + sessionId)
            .GET(),
        null,
        null);
  }

  @Test
  void anAdminCreatesAUserWhoSignsInAndIsSignedOutWhenDisabled() throws Exception {
    String name = "reporter-" + UUID.randomUUID().toString().substring(0, 6);
    String password = "violet ferry under glass";
    try (Browser admin = new Browser(base);
        Browser newcomer = new Browser(base)) {
      admin.signIn(ADMIN, ADMIN_PASSWORD);
      admin.open("/admin/users.xhtml");
      admin.find("#usersForm\\:newUser").click();
      admin.find("#createForm\\:username").sendKeys(name);
      admin.find("#createForm\\:displayName").sendKeys("Rae Reporter");
      admin.find("input#createForm\\:password").sendKeys("short");
      admin.find("#createForm\\:create").click();
      admin.waitFor(
          ExpectedConditions.textToBePresentInElementLocated(
              By.cssSelector(".ui-growl"),
              "The password is too short: 5 characters, at least 12."));

      admin.find("input#createForm\\:password").clear();
      admin.find("input#createForm\\:password").sendKeys(password);
      admin.find("#createForm\\:create").click();
      admin.waitFor(
          ExpectedConditions.textToBePresentInElementLocated(
              By.cssSelector("#usersForm\\:users"), name));

      newcomer.signIn(name, password);
      assertEquals(name, newcomer.text("#current-user"));
      assertEquals("Editor", newcomer.text("#current-roles"));
      String newcomersSession = newcomer.sessionId();
      assertEquals(200, withSessionCookie(newcomersSession).statusCode());

      admin.find("#usersForm\\:search").sendKeys(name);
      admin.waitFor(
          ExpectedConditions.numberOfElementsToBe(By.cssSelector("#usersForm\\:users_data tr"), 1));
      admin.find("#usersForm\\:users_data tr button.ui-button-danger").click();
      admin.find(".ui-confirmdialog-yes").click();
      admin.waitFor(
          ExpectedConditions.textToBePresentInElementLocated(
              By.cssSelector("#usersForm\\:users_data"), "disabled"));

      assertEquals(
          401,
          withSessionCookie(newcomersSession).statusCode(),
          "the disabled user's old cookie is refused at the next request");
      newcomer.open("/dashboard.xhtml");
      assertTrue(
          newcomer.path().startsWith("/login.xhtml"), "a disabled user's session ends at once");
      newcomer.find("#loginForm\\:username").sendKeys(name);
      newcomer.find("input#loginForm\\:password").sendKeys(password);
      newcomer.clickAndWaitForPage("#loginForm\\:signIn");
      assertTrue(newcomer.text("#loginForm\\:messages").startsWith("Wrong user name or password."));
    }
  }

  @Test
  void anExpiredPageOrSessionSendsThePersonBackWithAMessage() throws Exception {
    try (Browser browser = new Browser(base)) {
      browser.signIn(ADMIN, ADMIN_PASSWORD);
      browser.open("/admin/users.xhtml");
      // The server no longer knows this view: as after a redeploy or an evicted view.
      ((org.openqa.selenium.JavascriptExecutor) browser.driver())
          .executeScript(
              "document.querySelectorAll(\"input[name='jakarta.faces.ViewState']\")"
                  + ".forEach(function (e) { e.value = '1:1'; });");
      browser.find("#usersForm\\:newUser").click();
      browser.waitFor(
          ExpectedConditions.textToBePresentInElementLocated(
              By.cssSelector(".ui-growl"), "That page had expired, so nothing was changed."));
      assertEquals("/admin/users.xhtml", browser.path());

      // The session itself is gone: the next click lands on the login page, which says why.
      org.openqa.selenium.Cookie session = browser.driver().manage().getCookieNamed("JSESSIONID");
      browser.driver().manage().deleteCookie(session);
      browser
          .driver()
          .manage()
          .addCookie(
              new org.openqa.selenium.Cookie("JSESSIONID", "ended-long-ago", session.getPath()));
      browser.find("#logoutForm\\:logout").click();
      assertEquals(
          "Your session had ended. Sign in again to go on.",
          browser.text("#loginForm\\:expiredNotice"));
    }
  }

  @Test
  void errorPagesShowNoStackTrace() throws Exception {
    HttpResponse<String> missing = get("/no-such-page.xhtml", EDITOR, EDITOR_PASSWORD);
    assertEquals(404, missing.statusCode());
    assertTrue(missing.body().contains("404 · Not found"));
    assertFalse(missing.body().contains("Exception"));
    assertFalse(missing.body().contains("at org."));
  }

  @Test
  void healthIsReadyWhenTheDatabaseAnswers() throws Exception {
    HttpResponse<String> ready = server("/health/ready");
    assertEquals(200, ready.statusCode());
    assertTrue(ready.body().contains("\"status\":\"UP\""), ready.body());
    assertTrue(ready.body().contains("\"name\":\"database\""), ready.body());
    assertEquals(200, server("/health/live").statusCode());
  }

  @Test
  void theRestApiChecksRolesOnTheServer() throws Exception {
    HttpResponse<String> anonymous = get("/api/me", null, null);
    assertEquals(401, anonymous.statusCode());
    // No Basic challenge: a browser would ask for a password, keep it and send it cross-site.
    assertEquals(
        "Bearer realm=\"Factdesk\"", anonymous.headers().firstValue("WWW-Authenticate").orElse(""));
    HttpResponse<String> wrong = get("/api/me", EDITOR, "wrong password");
    assertEquals(401, wrong.statusCode());
    assertFalse(wrong.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Basic"));
    HttpResponse<String> me = get("/api/me", EDITOR, EDITOR_PASSWORD);
    assertEquals(200, me.statusCode());
    assertTrue(me.body().contains("\"username\":\"editor\""), me.body());
    assertEquals(403, get("/api/users", EDITOR, EDITOR_PASSWORD).statusCode());
    HttpResponse<String> users = get("/api/users?size=2", ADMIN, ADMIN_PASSWORD);
    assertEquals(200, users.statusCode());
    assertTrue(users.body().contains("\"size\":2"), users.body());
    assertFalse(users.body().contains("PBKDF2"), "password hashes never leave the server");
  }

  /** Issue 14, part 1: the session cookie is not sent along with another site's POST. */
  @Test
  void theSessionCookieIsHttpOnlyAndSameSite() throws Exception {
    HttpResponse<String> login = get("/login.xhtml", null, null);
    String cookie =
        login.headers().allValues("Set-Cookie").stream()
            .filter(c -> c.startsWith("JSESSIONID="))
            .findFirst()
            .orElse("");
    assertTrue(cookie.contains("HttpOnly"), cookie);
    // Payara writes the value in lower case ("SameSite=lax"); browsers read it either way.
    assertTrue(cookie.toLowerCase(java.util.Locale.ROOT).contains("samesite=lax"), cookie);
  }

  /**
   * Issue 14, parts 1 and 7: a user changes their own password (the current one first), creates
   * personal API tokens that work for REST calls, revokes one; an admin revokes the other.
   */
  @Test
  void aUserChangesTheirPasswordAndManagesApiTokens() throws Exception {
    String name = "pipeline-" + UUID.randomUUID().toString().substring(0, 6);
    String password = "violet ferry under glass";
    String newPassword = "marble kettle beyond the dunes";
    try (Browser admin = new Browser(base);
        Browser user = new Browser(base)) {
      admin.signIn(ADMIN, ADMIN_PASSWORD);
      createEditor(admin, name, password);

      user.signIn(name, password);
      user.find("#accountLink").click();
      user.waitFor(ExpectedConditions.urlContains("/account.xhtml"));
      user.find("input#passwordForm\\:current").sendKeys("not my password at all");
      user.find("input#passwordForm\\:newPassword").sendKeys(newPassword);
      user.find("input#passwordForm\\:repeat").sendKeys(newPassword);
      user.clickAndWait("#passwordForm\\:change");
      assertTrue(
          user.text("#messages").contains("Your current password is not right: nothing changed."),
          user.text("#messages"));
      user.find("input#passwordForm\\:current").sendKeys(password);
      user.find("input#passwordForm\\:newPassword").sendKeys(newPassword);
      user.find("input#passwordForm\\:repeat").sendKeys(newPassword);
      user.clickAndWait("#passwordForm\\:change");
      assertTrue(user.text("#messages").contains("Password changed"), user.text("#messages"));

      String nightly = createToken(user, "nightly import");
      String spare = createToken(user, "spare");
      assertTrue(nightly.startsWith("fd_") && nightly.length() == 46, nightly);

      HttpResponse<String> me =
          http.withToken(HttpRequest.newBuilder(http.uri("/api/me")), nightly);
      assertEquals(200, me.statusCode(), me.body());
      assertTrue(me.body().contains("\"username\":\"" + name + "\""), me.body());
      HttpResponse<String> imported =
          http.withToken(
              HttpRequest.newBuilder(http.uri("/api/articles"))
                  .header("Content-Type", "text/plain")
                  .POST(
                      HttpRequest.BodyPublishers.ofString(
                          "The ferry operator said on Friday that "
                              + name
                              + " crossings would double in summer.")),
              nightly);
      assertEquals(201, imported.statusCode(), "a token writes without a CSRF token");

      user.open("/account.xhtml");
      user.driver()
          .findElement(
              By.xpath(
                  "//form[@id='tokensForm']//tr[td[normalize-space()='nightly import']]"
                      + "//button[contains(@class,'revoke')]"))
          .click();
      user.idle();
      assertEquals(
          401, http.withToken(HttpRequest.newBuilder(http.uri("/api/me")), nightly).statusCode());

      admin.open("/account.xhtml");
      List<WebElement> rows =
          admin
              .driver()
              .findElements(
                  By.xpath(
                      "//form[@id='allTokensForm']//tr[td[normalize-space()='" + name + "']]"));
      assertFalse(rows.isEmpty(), "the admin sees the user's tokens");
      rows.get(0).findElement(By.cssSelector("button.revoke")).click();
      admin.idle();
      assertEquals(
          401, http.withToken(HttpRequest.newBuilder(http.uri("/api/me")), spare).statusCode());

      user.signOut();
      user.signIn(name, newPassword);
      assertEquals(name, user.text("#current-user"));
    }
  }

  /**
   * Issue 14, part 7: a user turns on a second factor (TOTP) on the Account page; sign-in then asks
   * for a code, refuses a wrong one, and takes the right one.
   */
  @Test
  void aSecondFactorIsAskedForAtSignInOnceSetUp() throws Exception {
    String name = "careful-" + UUID.randomUUID().toString().substring(0, 6);
    String password = "violet ferry under glass";
    try (Browser admin = new Browser(base);
        Browser user = new Browser(base)) {
      admin.signIn(ADMIN, ADMIN_PASSWORD);
      createEditor(admin, name, password);

      user.signIn(name, password);
      user.open("/account.xhtml");
      user.clickAndWait("#secondFactorForm\\:start");
      String secret = user.text("#secret");
      assertTrue(
          user.text("#uri").startsWith("otpauth://totp/Factdesk:" + name + "?secret=" + secret));
      assertEquals(
          user.text("#uri"),
          readQrCode(user.find("img.fd-qr")),
          "the QR code, read from the screen, holds the same key");
      long step = org.factdesk.identity.Totp.stepAt(java.time.Instant.now());
      user.find("#secondFactorForm\\:code").sendKeys(org.factdesk.identity.Totp.code(secret, step));
      user.clickAndWait("#secondFactorForm\\:confirm");
      assertTrue(
          user.text("#secondFactorState").startsWith("On:"), user.text("#secondFactorState"));
      user.signOut();

      user.open("/login.xhtml");
      user.find("#loginForm\\:username").sendKeys(name);
      user.find("input#loginForm\\:password").sendKeys(password);
      user.clickAndWaitForPage("#loginForm\\:signIn");
      assertTrue(user.path().startsWith("/login-code.xhtml"), user.path());
      assertTrue(user.isPresent("#codeForm\\:code"));
      user.open("/dashboard.xhtml");
      assertTrue(user.path().startsWith("/login"), "no way in without the code: " + user.path());

      user.open("/login-code.xhtml");
      String right = org.factdesk.identity.Totp.code(secret, step + 1);
      String wrong = right.equals("123456") ? "654321" : "123456";
      user.find("#codeForm\\:code").sendKeys(wrong);
      user.clickAndWaitForPage("#codeForm\\:verify");
      assertTrue(user.text("#codeForm\\:messages").startsWith("That code is not right"));
      user.find("#codeForm\\:code").sendKeys(right);
      user.clickAndWaitForPage("#codeForm\\:verify");
      user.waitFor(ExpectedConditions.urlContains("/dashboard.xhtml"));
      assertEquals(name, user.text("#current-user"));
    }
    HttpResponse<String> basic = get("/api/me", name, password);
    assertEquals(401, basic.statusCode(), "a password alone does not open the API either");
    assertTrue(basic.body().contains("personal API token"), basic.body());
  }

  private static void createEditor(Browser admin, String name, String password) {
    admin.open("/admin/users.xhtml");
    admin.find("#usersForm\\:newUser").click();
    admin.find("#createForm\\:username").sendKeys(name);
    admin.find("input#createForm\\:password").sendKeys(password);
    admin.find("#createForm\\:create").click();
    admin.waitFor(
        ExpectedConditions.textToBePresentInElementLocated(
            By.cssSelector("#usersForm\\:users"), name));
  }

  private static String createToken(Browser user, String label) {
    user.find("#tokensForm\\:tokenName").clear();
    user.find("#tokensForm\\:tokenName").sendKeys(label);
    user.clickAndWait("#tokensForm\\:createToken");
    return user.text("#newToken");
  }

  /** What a QR code on the page says, read from a screenshot of it by ZXing. */
  private static String readQrCode(WebElement image) throws Exception {
    BufferedImage picture =
        ImageIO.read(new ByteArrayInputStream(image.getScreenshotAs(OutputType.BYTES)));
    int width = picture.getWidth();
    int height = picture.getHeight();
    int[] pixels = picture.getRGB(0, 0, width, height, null, 0, width);
    BinaryBitmap bitmap =
        new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(width, height, pixels)));
    return new QRCodeReader().decode(bitmap).getText();
  }

  private HttpResponse<String> get(String path, String user, String password) throws Exception {
    return http.get(path, user, password);
  }

  /** Health lives at the server's root, whatever the application's context root. */
  private HttpResponse<String> server(String path) throws Exception {
    return http.send(HttpRequest.newBuilder(http.serverUri(path)).GET(), null, null);
  }
}
