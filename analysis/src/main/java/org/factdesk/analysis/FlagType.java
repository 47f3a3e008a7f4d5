package org.factdesk.analysis;

/** Kinds of non-article material a block can be flagged as. */
public enum FlagType {
  /** A statement that the text was produced by or with artificial intelligence. */
  AI_DISCLAIMER,
  /** Advertising or a company praising its own products, unrelated to the story. */
  PROMOTIONAL,
  /** Related / popular / read-next lists, their headers and teaser blurbs. */
  RELATED_LINKS,
  /** Navigation, share buttons, player controls, comment forms and similar page furniture. */
  SITE_CHROME,
  /** Aggregator statements, copyright and trademark notices, privacy notes. */
  LEGAL_NOTICE,
  /** Padding far from the article's topic. */
  OFF_TOPIC,
  /** A later line that repeats the title. */
  DUPLICATE_TITLE,
  /** Outlet line, tagline, dateline or byline: extracted as metadata, not body. */
  METADATA
}
