package org.factdesk.analysis.html;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.factdesk.analysis.ArticleMetadata;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

class HtmlMetadataReaderTest {
  @Test
  void metaTagsWinAndJsonLdFillsTheRest() {
    String html =
        "<html lang='de-AT'><head><meta property='og:title' content='Dam Audit Ordered'><link"
            + " rel='canonical' href='/world/dam-audit'><script"
            + " type='application/ld+json'>{\"@graph\":[{\"@type\":\"WebPage\",\"name\":\"x\"},{\"@type\":[\"NewsArticle\"],\"headline\":\"Ignored"
            + " Headline\",\"datePublished\":\"2025-04-09T07:30:00Z\",\"author\":[{\"name\":\"Mira"
            + " Holt\"},{\"name\":\"Jonas Fell\"}],\"publisher\":{\"name\":\"Northern Ledger\"}}]}"
            + "</script></head><body><p>x</p></body></html>";
    ArticleMetadata m = HtmlMetadataReader.read(Jsoup.parse(html, "https://ledger.example/"));
    assertEquals("Dam Audit Ordered", m.title());
    assertEquals("Northern Ledger", m.outlet());
    assertEquals("Mira Holt, Jonas Fell", m.author());
    assertEquals(LocalDate.of(2025, 4, 9), m.published());
    assertEquals("https://ledger.example/world/dam-audit", m.url());
    assertEquals("de", m.language());
  }

  @Test
  void brokenJsonLdIsIgnored() {
    String html =
        "<head><title>Fallback Title</title><script type='application/ld+json'>{\"@type\":"
            + " \"NewsArticle\", </script><meta property='article:published_time'"
            + " content='2025-01-02'></head>";
    ArticleMetadata m = HtmlMetadataReader.read(Jsoup.parse(html));
    assertEquals("Fallback Title", m.title());
    assertEquals(LocalDate.of(2025, 1, 2), m.published());
    assertEquals("und", m.language());
  }
}
