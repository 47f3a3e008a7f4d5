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
 * tells whether two articles report one event. Made once per article and kept in {@code
 * article_opening}.
 */
final class Openings {

  private Openings() {}

  /** The article's opening vector, made and stored on first use. */
  static float[] of(EntityManager em, Article article) {
    float[] stored = Embeddings.opening(em, article.getId());
    if (stored != null) {
      return stored;
    }
    float[] vector = SentenceEmbedder.shared().embed(text(article));
    Embeddings.saveOpening(em, article.getId(), vector);
    return vector;
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
