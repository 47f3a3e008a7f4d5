package org.factdesk.article;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/** One line of the article list, with the labels the article carries (in their declared order). */
public record ArticleRow(
    long id,
    String title,
    String outlet,
    ArticleState state,
    LocalDate published,
    Instant importedAt,
    int pendingFlags,
    List<String> flagTypes,
    int duplicateCount,
    Long batchId,
    List<ArticleLabel> labels)
    implements Serializable {

  static ArticleRow of(Article a, List<ArticleLabel> labels) {
    return new ArticleRow(
        a.getId(),
        a.getTitle(),
        a.getOutlet(),
        a.getState(),
        a.getPublished(),
        a.getCreatedAt(),
        a.getPendingFlags(),
        Arrays.stream(a.getFlagTypes().trim().split(" ")).filter(t -> !t.isEmpty()).toList(),
        a.getDuplicateCount(),
        a.getBatchId(),
        labels);
  }
}
