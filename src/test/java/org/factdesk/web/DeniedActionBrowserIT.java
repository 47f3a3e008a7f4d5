package org.factdesk.web;

import static org.factdesk.support.DemoUsers.ADMIN;
import static org.factdesk.support.DemoUsers.ADMIN_PASSWORD;
import static org.factdesk.support.DemoUsers.CHECKER;
import static org.factdesk.support.DemoUsers.CHECKER_PASSWORD;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.net.http.HttpResponse;
import java.util.UUID;
import org.factdesk.support.Browser;
import org.factdesk.support.Deployments;
import org.factdesk.support.Http;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;
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

  /** Its own name each run, so the security log's lines for it are this run's. */
  private static final String PAGE =
      "/probe/denied-" + UUID.randomUUID().toString().substring(0, 8) + ".xhtml";

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.factdesk()
        .addClass(DeniedProbeView.class)
        .addAsWebResource(
            new StringAsset(
                "<html xmlns=\"http://www.w3.org/1999/xhtml\" xmlns:h=\"jakarta.faces.html\""
                    + " xmlns:p=\"primefaces\"><h:head><title>Probe</title></h:head><h:body>"
                    + "<h:form id=\"probe\">"
                    + "<h:commandButton id=\"plain\" value=\"Plain\""
                    + " action=\"#{deniedProbeView.act}\"/>"
                    + "<p:commandButton id=\"ajax\" value=\"Ajax\" action=\"#{deniedProbeView.act}\""
                    + " update=\"done\"/>"
                    + "<h:outputText id=\"done\" value=\"#{deniedProbeView.done}\"/>"
                    + "</h:form></h:body></html>"),
            PAGE.substring(1));
  }

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
}
