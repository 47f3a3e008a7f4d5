package org.factdesk.claim;

import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.List;
import org.factdesk.analysis.claim.SameStory;
import org.factdesk.analysis.embed.SentenceEmbedder;
import org.factdesk.analysis.text.Sentence;
import org.factdesk.analysis.text.SentenceSplitter;
import org.factdesk.article.Article;
import org.factdesk.article.Block;

/**
 * The vector of an article's opening, its title and lead sentences (decisions 0018, 0038): what
 * tells whether two articles report one event. Made once per article in the background ({@link
 * OpeningsInBackground}) and kept in {@code article_opening}.
 */
final class Openings {

  private Openings() {}

  /**
   * The article's opening vector: the stored one, or made now when the background has not stored it
   * yet (an article older than {@link OpeningsInBackground#RECENT}, or one just imported). Only
   * {@link #store} writes them, so that two transactions never insert one article's opening.
   */
  static float[] of(EntityManager em, Article article) {
    float[] stored = Embeddings.opening(em, article.getId());
    return stored != null ? stored : SentenceEmbedder.shared().embed(text(article));
  }

  /**
   * Makes and stores an article's opening from its {@link #text}; only the background does, one
   * instance at a time.
   */
  static void store(EntityManager em, long articleId, String text) {
    Embeddings.saveOpening(em, articleId, SentenceEmbedder.shared().embed(text));
  }

  /** The title and the first lead sentences of the article's text (not of what was flagged out). */
  static String text(Article article) {
    List<String> lead = new ArrayList<>();
    for (Block block : article.getBlocks()) {
      if (block.isRemoved() || block.getText().strip().equals(article.getTitle())) {
        continue;
      }
      for (Sentence sentence : SentenceSplitter.split(block.getText())) {
        lead.add(sentence.text());
      }
      if (lead.size() >= SameStory.LEAD_SENTENCES) {
        break;
      }
    }
    return SameStory.opening(article.getTitle(), lead);
  }
}
