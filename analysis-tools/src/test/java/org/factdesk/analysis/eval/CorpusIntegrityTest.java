package org.factdesk.analysis.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.factdesk.analysis.AnalysisResult;
import org.factdesk.analysis.Analyzer;
import org.factdesk.analysis.ContentHint;
import org.factdesk.analysis.FlagType;
import org.factdesk.analysis.SourceInfo;
import org.factdesk.analysis.TextBlock;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Keeps the labelled corpus honest: a label with a typo, or one that names a block the engine no
 * longer produces, fails the build instead of silently turning into a false negative.
 */
class CorpusIntegrityTest {
  private static final Analyzer ANALYZER = new Analyzer();

  @ParameterizedTest
  @ValueSource(strings = {"dev", "test"})
  void everyLabelNamesExactlyOneBlockOfItsArticle(String split) {
    List<String> problems = new ArrayList<>();
    for (LabelledArticle article : Corpus.load(folder(split))) {
      AnalysisResult result = ANALYZER.analyze(article.bytes(), article.format(), SourceInfo.NONE);
      List<String> texts = result.blocks().stream().map(TextBlock::text).toList();
      LabelMatcher.Alignment alignment = LabelMatcher.align(texts, article.labels());
      for (Label l : alignment.unmatched()) {
        problems.add(article.name() + ":" + l.line() + " names no block: " + l.text());
      }
      // no label may also name a block it left unclaimed: that twin's gold would be a guess
      // (list the text once more, or name the article twin with ARTICLE first)
      Set<Integer> claimed = new HashSet<>(alignment.claimed());
      for (Label l : article.labels()) {
        for (int i = 0; i < texts.size(); i++) {
          if (!claimed.contains(i) && l.names(texts.get(i))) {
            problems.add(
                article.name()
                    + ":"
                    + l.line()
                    + " also names unlabelled block "
                    + i
                    + ": "
                    + texts.get(i));
          }
        }
      }
      if (result.format() != article.format()) {
        problems.add(article.name() + " was read as " + result.format());
      }
    }
    assertTrue(problems.isEmpty(), String.join("\n", problems));
  }

  @ParameterizedTest
  @ValueSource(strings = {"dev", "test"})
  void eachSplitCoversEveryFlagTypeSeveralTimes(String split) {
    Map<FlagType, Integer> counts = new EnumMap<>(FlagType.class);
    for (LabelledArticle article : Corpus.load(folder(split))) {
      article.labels().stream()
          .filter(l -> l.type() != null)
          .forEach(l -> counts.merge(l.type(), 1, Integer::sum));
    }
    for (FlagType t : FlagType.values()) {
      assertTrue(counts.getOrDefault(t, 0) >= 5, split + " has too few " + t + ": " + counts);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"dev", "test"})
  void everyArticleKeepsABodyOfArticleText(String split) {
    for (LabelledArticle article : Corpus.load(folder(split))) {
      AnalysisResult result = ANALYZER.analyze(article.bytes(), article.format(), SourceInfo.NONE);
      List<FlagType> gold =
          LabelMatcher.align(
                  result.blocks().stream().map(TextBlock::text).toList(), article.labels())
              .gold();
      long bodyChars = 0;
      for (TextBlock b : result.blocks()) {
        if (gold.get(b.index()) == null) {
          bodyChars += b.text().length();
        }
      }
      assertTrue(bodyChars >= 300, article.name() + " has only " + bodyChars + " article chars");
    }
  }

  @org.junit.jupiter.api.Test
  void theCorpusHasAtLeastFortyTextsAndTwentyPagesSplitAboutSixtyForty() {
    int dev = Corpus.load(folder("dev")).size();
    int test = Corpus.load(folder("test")).size();
    long texts = 0;
    long pages = 0;
    for (String split : List.of("dev", "test")) {
      for (LabelledArticle a : Corpus.load(folder(split))) {
        if (a.format() == ContentHint.HTML) {
          pages++;
        } else {
          texts++;
        }
      }
    }
    assertTrue(texts >= 40, "text articles: " + texts);
    assertTrue(pages >= 20, "HTML pages: " + pages);
    assertEquals(0.6, dev / (double) (dev + test), 0.05, "dev share");
  }

  /** The split as the evaluation command finds it: the source folder, else the class path. */
  private static Path folder(String split) {
    Path folder = Evaluation.resolve(split);
    assertNotNull(folder, "missing corpus split " + split);
    return folder;
  }
}
