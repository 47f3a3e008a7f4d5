package org.factdesk.analysis;

import java.time.LocalDate;

/**
 * Metadata of an article: given by the importer where known, otherwise extracted from meta tags,
 * JSON-LD or the header lines of the text. Any field except {@code language} may be null.
 *
 * @param title headline
 * @param outlet publication name
 * @param tagline the outlet's slogan line, if the text carried one
 * @param published publication date
 * @param url canonical address
 * @param author byline name(s)
 * @param language ISO 639-1 code, or "und" when unsure
 */
public record ArticleMetadata(
    String title,
    String outlet,
    String tagline,
    LocalDate published,
    String url,
    String author,
    String language) {

  public static final String UNDETERMINED = "und";

  /** Fills each missing field of this from {@code other}. */
  public ArticleMetadata orElse(ArticleMetadata other) {
    return new ArticleMetadata(
        title != null ? title : other.title,
        outlet != null ? outlet : other.outlet,
        tagline != null ? tagline : other.tagline,
        published != null ? published : other.published,
        url != null ? url : other.url,
        author != null ? author : other.author,
        language != null && !UNDETERMINED.equals(language) ? language : other.language);
  }
}
