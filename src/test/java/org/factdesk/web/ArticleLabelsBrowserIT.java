package org.factdesk.web;

import static org.factdesk.support.DemoUsers.EDITOR;
import static org.factdesk.support.DemoUsers.EDITOR_PASSWORD;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.factdesk.support.Browser;
import org.factdesk.support.Http;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * Article labels on the Articles page and in GET /api/articles: an article with an AI disclaimer
 * and one without, found by a word of their own; choosing "with" or "without" the label narrows the
 * list, a linked address sets the filter, each row shows its labels, and a wrong label name is
 * refused over REST with the parameter and the known labels named.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ArticleLabelsBrowserIT {

  private static final String AI = "AI_GENERATED_DISCLOSED";

  @ArquillianResource private URL base;

  private final String word = "quinceword" + UUID.randomUUID().toString().substring(0, 8);

  private String imported(Http http, String title, String text) throws Exception {
    String body =
        "{\"text\":\""
            + text.replace("\n", "\\n")
            + "\",\"title\":\""
            + title
            + "\",\"outlet\":\"Quince Gazette\",\"url\":\"https://quince.example/"
            + title.hashCode()
            + word
            + "\"}";
    HttpResponse<String> created =
        http.post("/api/articles", "application/json", body, EDITOR, EDITOR_PASSWORD);
    assertEquals(201, created.statusCode(), created.body());
    return created.headers().firstValue("Location").orElseThrow().replaceAll(".*/", "");
  }

  private HttpResponse<String> list(Http http, String query) throws Exception {
    return http.get("/api/articles?" + query, EDITOR, EDITOR_PASSWORD);
  }

  /** Chooses one label's Any, With or Without and applies the filter. */
  private static void choose(Browser browser, String label, String choice) {
    browser.idle();
    browser
        .driver()
        .findElement(
            By.xpath(
                "//fieldset[@data-label='"
                    + label
                    + "']//input[@value='"
                    + (choice.equals("Any") ? "" : choice.toUpperCase(java.util.Locale.ROOT))
                    + "']"))
        .click();
    browser.clickAndWait("#list\\:apply");
  }

  @Test
  void aLabelFilterNarrowsTheListOnThePageAndOverRest() throws Exception {
    Http http = new Http(base);
    String aiTitle = "Quince blossom festival " + word;
    String plainTitle = "Quince jam contest " + word;
    imported(
        http,
        aiTitle,
        "The quince blossom festival "
            + word
            + " drew visitors from three valleys.\n\n"
            + "AI Disclaimer: An advanced artificial intelligence (AI) system generated the"
            + " content of this page on its own.\n");
    imported(
        http,
        plainTitle,
        "The quince jam contest "
            + word
            + " was won by a retired baker.\n\n"
            + "The judges tasted forty jars before lunch.\n");

    String q = "q=" + URLEncoder.encode(word, StandardCharsets.UTF_8);
    HttpResponse<String> with = list(http, q + "&label=" + AI.toLowerCase());
    assertEquals(200, with.statusCode(), with.body());
    assertTrue(with.body().contains("\"total\":1"), with.body());
    assertTrue(
        with.body().contains(aiTitle) && with.body().contains("\"labels\":[\"" + AI), with.body());
    HttpResponse<String> without = list(http, q + "&withoutLabel=" + AI);
    assertTrue(without.body().contains("\"total\":1"), without.body());
    assertTrue(without.body().contains(plainTitle), without.body());
    HttpResponse<String> wrong = list(http, "label=SPONSORED");
    assertEquals(400, wrong.statusCode(), wrong.body());
    assertTrue(
        wrong.body().contains("Parameter \\\"label\\\"")
            && wrong.body().contains("AGGREGATED")
            && wrong.body().contains("SPONSORED"),
        wrong.body());
    HttpResponse<String> wrongWithout = list(http, "withoutLabel=nope");
    assertEquals(400, wrongWithout.statusCode(), wrongWithout.body());
    assertTrue(wrongWithout.body().contains("withoutLabel"), wrongWithout.body());
    assertEquals(400, list(http, "label=AGGREGATED&withoutLabel=AGGREGATED").statusCode());

    try (Browser editor = new Browser(base)) {
      editor.signIn(EDITOR, EDITOR_PASSWORD);
      editor.open("/articles/list.xhtml");
      editor.find("#list\\:text").sendKeys(word);
      editor.clickAndWait("#list\\:apply");
      String both = editor.text("#list\\:articles");
      assertTrue(both.contains(aiTitle) && both.contains(plainTitle), both);

      choose(editor, AI, "With");
      String only = editor.text("#list\\:articles");
      assertTrue(only.contains(aiTitle), only);
      assertFalse(only.contains(plainTitle), only);
      assertTrue(only.contains("AI-generated (disclosed)"), "the row's label chip: " + only);
      // the address took the filters: opened again (bookmarked, sent on), it shows the same list
      String address = editor.driver().getCurrentUrl();
      assertTrue(
          address.contains(
                  "/articles/list.xhtml?q=" + URLEncoder.encode(word, StandardCharsets.UTF_8))
              && address.endsWith("&with=" + AI),
          address);
      editor.driver().get(address);
      String reopened = editor.text("#list\\:articles");
      assertTrue(reopened.contains(aiTitle), reopened);
      assertFalse(reopened.contains(plainTitle), reopened);
      assertEquals(word, editor.find("#list\\:text").getAttribute("value"));

      choose(editor, AI, "Without");
      String others = editor.text("#list\\:articles");
      assertTrue(others.contains(plainTitle), others);
      assertFalse(others.contains(aiTitle), others);

      choose(editor, AI, "Any");
      String again = editor.text("#list\\:articles");
      assertTrue(again.contains(aiTitle) && again.contains(plainTitle), again);

      // a linked address: newest first, the plain article (imported last) is left out
      editor.open("/articles/list.xhtml?with=" + AI);
      String linked = editor.text("#list\\:articles");
      assertTrue(linked.contains(aiTitle), linked);
      assertFalse(linked.contains(plainTitle), linked);
      assertTrue(
          editor
              .driver()
              .findElement(By.cssSelector("fieldset[data-label='" + AI + "'] input[value='WITH']"))
              .isSelected(),
          "the address set the choice");

      // publication dates go through the address too; these articles have none, so none is left
      editor.open(
          "/articles/list.xhtml?q="
              + URLEncoder.encode(word, StandardCharsets.UTF_8)
              + "&from=2000-01-01");
      assertEquals("2000-01-01", editor.find("#list\\:from_input").getAttribute("value"));
      assertTrue(
          editor.text("#list\\:articles").contains("No article matches."),
          editor.text("#list\\:articles"));
      editor.clickAndWait("#list\\:apply");
      assertTrue(
          editor.driver().getCurrentUrl().endsWith("&from=2000-01-01"),
          editor.driver().getCurrentUrl());
    }
  }
}
