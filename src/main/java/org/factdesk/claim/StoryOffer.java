package org.factdesk.claim;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * An article that may report the same event as another in other words, offered to the editor to
 * link as the same story (decision 0038).
 *
 * @param similarity the cosine of the two articles' openings (title and lead sentences)
 */
public record StoryOffer(
    long articleId, String title, String outlet, LocalDate published, double similarity)
    implements Serializable {}
