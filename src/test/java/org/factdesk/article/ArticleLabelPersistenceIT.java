package org.factdesk.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJB;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.factdesk.analysis.ContentHint;
import org.factdesk.analysis.FlagType;
import org.factdesk.analysis.SourceInfo;
import org.factdesk.dataset.DatasetFilter;
import org.factdesk.dataset.DatasetService;
import org.factdesk.review.ArticleMetadataForm;
import org.factdesk.review.ReviewDraft;
import org.factdesk.review.ReviewService;
import org.factdesk.support.AsAdmin;
import org.factdesk.support.AsChecker;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Article labels as filters of the article list, on real data: articles whose blocks an editor
 * classified in review, each label required and excluded, the labels of each row, words with a
 * label, and the same articles a dataset with that label takes in once approved.
 */
@ExtendWith(ArquillianExtension.class)
class ArticleLabelPersistenceIT {

  @EJB private ImportPipeline pipeline;
  @EJB private ReviewService reviews;
  @EJB private ArticleSearch search;
  @EJB private DatasetService datasets;
  @EJB private AsAdmin asAdmin;
  @EJB private AsChecker asChecker;
  @PersistenceContext private EntityManager em;

  private final String run = UUID.randomUUID().toString().replace("-", "").substring(0, 10);
  private final String outlet = "Orchard Lantern " + run;

  /**
   * Imports an article of the outlet whose block starting with {@code marked} the editor classifies
   * as {@code type} (and rejects again when {@code rejected}), and saves the review; its id.
   */
  private long reviewed(String title, String marked, FlagType type, boolean rejected) {
    String text =
        title
            + " "
            + run
            + "\n\nThe orchard cooperative counted its pear harvest on a cold Tuesday morning.\n\n"
            + marked
            + "\n\nPickers said the new ladders made the upper branches easier to reach.\n";
    long id =
        pipeline
            .importArticle(
                new ImportRequest(
                    text.getBytes(StandardCharsets.UTF_8),
                    ContentHint.TEXT,
                    new SourceInfo(
                        "https://orchard-lantern.example/" + run + "/" + title.hashCode(),
                        outlet,
                        title + " " + run,
                        null),
                    "labels-it.txt"),
                "tester")
            .articleId();
    ReviewDraft draft = asAdmin.call(() -> reviews.open(id));
    ArticleMetadataForm form = asAdmin.call(() -> reviews.metadata(id));
    if (type != null) {
      int index = indexOf(draft, marked);
      draft.classify(index, type);
      if (rejected) {
        draft.reject(index);
      }
    }
    asAdmin.call(() -> reviews.save(draft, form));
    return id;
  }

  private static int indexOf(ReviewDraft draft, String textStart) {
    List<ReviewDraft.DraftBlock> blocks = draft.blocks();
    for (int i = 0; i < blocks.size(); i++) {
      if (blocks.get(i).text().startsWith(textStart)) {
        return i;
      }
    }
    throw new AssertionError("no block starts with " + textStart);
  }

  private ArticleFilter labelled(Set<ArticleLabel> with, Set<ArticleLabel> without) {
    return new ArticleFilter(null, null, outlet, null, null, false, null, null, false)
        .withLabels(with, without);
  }

  /** The ids the list shows for the filter, each with its labels; checks the count agrees. */
  private Map<Long, List<ArticleLabel>> listed(ArticleFilter filter) {
    List<ArticleRow> rows =
        asChecker.call(() -> search.rows(filter, 0, 50, ArticleSearch.Sort.IMPORTED, true));
    assertEquals(rows.size(), asChecker.call(() -> search.count(filter)).intValue(), "count");
    return rows.stream().collect(Collectors.toMap(ArticleRow::id, ArticleRow::labels));
  }

  @Test
  void eachLabelNarrowsTheListWhenRequiredAndWhenExcludedAsDatasetsDo() {
    long ai =
        reviewed(
            "Pear harvest counted",
            "Disclosure " + run + ": an automated writing tool drafted this report.",
            FlagType.AI_DISCLAIMER,
            false);
    long promotional =
        reviewed(
            "Pear prices rise",
            "Order crates of Lantern pears " + run + " today and save on delivery.",
            FlagType.PROMOTIONAL,
            false);
    long aggregated =
        reviewed(
            "Orchard pickers return",
            "This page aggregates orchard reports " + run + " from several farm newsletters.",
            FlagType.LEGAL_NOTICE,
            false);
    long otherNotice =
        reviewed(
            "Orchard ladders tested",
            "Lantern is a trademark " + run + " of its owners.",
            FlagType.LEGAL_NOTICE,
            false);
    long rejectedNotice =
        reviewed(
            "Orchard frost warning",
            "Aggregated frost notes " + run + " from the county weather desk.",
            FlagType.LEGAL_NOTICE,
            true);
    long plain =
        reviewed("Orchard school visit", "Children visited the orchard " + run + ".", null, false);
    Set<Long> all = Set.of(ai, promotional, aggregated, otherNotice, rejectedNotice, plain);
    assertEquals(all, listed(labelled(Set.of(), Set.of())).keySet());

    Map<ArticleLabel, Long> carrier =
        Map.of(
            ArticleLabel.AI_GENERATED_DISCLOSED, ai,
            ArticleLabel.HAS_PROMOTIONAL_INSERTS, promotional,
            ArticleLabel.AGGREGATED, aggregated);
    for (ArticleLabel label : ArticleLabel.values()) {
      long with = carrier.get(label);
      Map<Long, List<ArticleLabel>> required = listed(labelled(Set.of(label), Set.of()));
      assertEquals(Set.of(with), required.keySet(), "with " + label);
      assertEquals(List.of(label), required.get(with), "the row's labels");
      Set<Long> others = all.stream().filter(id -> id != with).collect(Collectors.toSet());
      assertEquals(others, listed(labelled(Set.of(), Set.of(label))).keySet(), "without " + label);
    }
    assertEquals(
        Set.of(plain, otherNotice, rejectedNotice),
        listed(labelled(Set.of(), EnumSet.allOf(ArticleLabel.class))).keySet(),
        "without any label");
    assertEquals(
        Set.of(ai),
        listed(
                labelled(
                    Set.of(ArticleLabel.AI_GENERATED_DISCLOSED),
                    Set.of(ArticleLabel.HAS_PROMOTIONAL_INSERTS, ArticleLabel.AGGREGATED)))
            .keySet(),
        "one required, two excluded");

    // words are found by the index, which holds the flag-type labels
    ArticleFilter words =
        new ArticleFilter(run, null, outlet, null, null, false, null, null, false)
            .withLabels(Set.of(ArticleLabel.HAS_PROMOTIONAL_INSERTS), Set.of());
    Map<Long, List<ArticleLabel>> found = listed(words);
    assertEquals(Set.of(promotional), found.keySet());
    assertEquals(List.of(ArticleLabel.HAS_PROMOTIONAL_INSERTS), found.get(promotional));
    IllegalArgumentException aggregatedWithWords =
        assertThrows(
            IllegalArgumentException.class,
            () -> words.withLabels(Set.of(), Set.of(ArticleLabel.AGGREGATED)));
    assertTrue(aggregatedWithWords.getMessage().contains("AGGREGATED"));
    assertTrue(
        assertThrows(
                IllegalArgumentException.class,
                () -> labelled(Set.of(ArticleLabel.AGGREGATED), Set.of(ArticleLabel.AGGREGATED)))
            .getMessage()
            .contains("both required and excluded"));

    // approved, the same articles are what a dataset with each label takes in
    asAdmin.call(
        () ->
            em.createNativeQuery("update article set state = 'APPROVED' where outlet = ?1")
                .setParameter(1, outlet)
                .executeUpdate());
    for (ArticleLabel label : ArticleLabel.values()) {
      for (boolean required : new boolean[] {true, false}) {
        Set<ArticleLabel> with = required ? Set.of(label) : Set.of();
        Set<ArticleLabel> without = required ? Set.of() : Set.of(label);
        long inDataset =
            asAdmin.call(
                () -> datasets.preview(new DatasetFilter(outlet, null, null, with, without)));
        assertEquals(
            listed(labelled(with, without).withState(ArticleState.APPROVED)).size(),
            inDataset,
            (required ? "with " : "without ") + label);
        assertEquals(required ? 1 : 5, inDataset, (required ? "with " : "without ") + label);
      }
    }
  }
}
