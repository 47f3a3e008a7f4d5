package org.factdesk.analysis.meta;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SiteNameTest {
  @Test
  void theNameUnderThePublicSuffixTheWholeHostAndTheNameAfterThe() {
    SiteName cut = SiteName.of("https://online.wsj.com/article/SB100.html?mod=home", null);
    assertEquals("online.wsj.com", cut.host());
    assertTrue(cut.matches("WSJ"));
    assertTrue(cut.matches("The WSJ"));
    assertTrue(cut.matches("online.wsj.com"));
    assertFalse(cut.matches("WSJ Live"));
    assertFalse(cut.matches("Online"));
  }

  @Test
  void aCountrySuffixAndAJoinedName() {
    assertTrue(SiteName.of("http://www.bbc.co.uk/news/x", null).matches("BBC"));
    assertFalse(SiteName.of("http://www.bbc.co.uk/news/x", null).matches("Co"));
    assertTrue(SiteName.of("www.cbsnews.com", null).matches("CBS News"));
    assertTrue(SiteName.of("washingtonpost.com", null).matches("washingtonpost.com"));
  }

  @Test
  void aLineEchoesTheHostByALabelInItsLettersOrAWordInALabel() {
    assertTrue(
        SiteName.of("http://everydayfoodblog.marthastewart.com/x", null)
            .echoes("Everyday Food Blog"));
    assertTrue(SiteName.of("https://joemcnally.com/blog/", null).echoes("Joe McNally Photography"));
    assertTrue(SiteName.of("https://www.ledger.com/a", null).echoes("Ledger"));
    assertFalse(SiteName.of("https://www.zillow.com/blog/x", null).echoes("Eye Candy"));
    // a platform's label and words under five letters carry no name
    assertFalse(SiteName.of("http://headrush.typepad.com/x", null).echoes("Typepad Users"));
    assertFalse(SiteName.of("https://www.abcnews.go.com/x", null).echoes("ABC Go"));
    assertFalse(SiteName.NONE.echoes("Ledger"));
  }

  @Test
  void aSectionWordOrTwoLettersNameNothing() {
    SiteName news = SiteName.of("https://www.news.com.au/world", null);
    assertFalse(news.matches("News"));
    assertTrue(news.matches("news.com.au"));
    assertFalse(SiteName.of("https://ft.com/", null).matches("FT"));
  }

  @Test
  void theOutletTheImporterGave() {
    SiteName cut = SiteName.of(null, "The Harbour Ledger");
    assertTrue(cut.known());
    assertTrue(cut.matches("THE HARBOUR LEDGER"));
    assertFalse(cut.matches("Harbour"));
    assertFalse(SiteName.of(null, "News").known());
  }

  @Test
  void nothingKnownMatchesNothing() {
    assertFalse(SiteName.NONE.matches("WSJ"));
    assertFalse(SiteName.of("not an address", null).known());
    assertFalse(SiteName.of("-", "").matches("-"));
  }
}
