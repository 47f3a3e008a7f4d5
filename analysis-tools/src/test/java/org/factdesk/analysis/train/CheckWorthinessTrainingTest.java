package org.factdesk.analysis.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.factdesk.analysis.claim.CheckWorthiness;
import org.factdesk.analysis.claim.ClaimExtractor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CheckWorthinessTrainingTest {
  private static final String[] FACTS = {
    "Exports rose %d%% in %d, the ministry said.",
    "The council spent $%d million on roads in %d.",
    "Unemployment fell to %d percent in %d.",
    "We cut taxes for %d million families in %d."
  };
  private static final String[] OPINIONS = {
    "I think we can do better, and number %d will tell in %d.",
    "Thank you all for coming tonight, friend %d of %d.",
    "That is a wonderful question, and I love it %d times %d.",
    "Let me say this to you, neighbour %d of %d."
  };

  /** Sentences of {@code debates} debates, three opinions to one fact as in the real data. */
  private static List<LabelledSentence> sentences(String prefix, int debates) {
    List<LabelledSentence> out = new ArrayList<>();
    int id = 0;
    for (int d = 0; d < debates; d++) {
      for (int k = 0; k < 40; k++) {
        boolean fact = k % 4 == 0;
        String[] forms = fact ? FACTS : OPINIONS;
        String text = String.format(forms[(k / 4 + d) % 4], 3 + k, 1990 + d);
        out.add(new LabelledSentence(prefix + d, String.valueOf(id++), fact, text));
      }
    }
    return out;
  }

  @Test
  void trainsTheSameModelTwiceAndItSeparatesFactsFromOpinions() throws IOException {
    List<LabelledSentence> train = sentences("train-", 6);
    List<LabelledSentence> dev = sentences("dev-", 2);
    PrintStream quiet = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
    String first = TrainCheckWorthiness.train(train, dev, quiet);
    String second = TrainCheckWorthiness.train(train, dev, quiet);
    assertEquals(first, second, "byte for byte");

    CheckWorthiness model = CheckWorthiness.parse(new StringReader(first));
    assertEquals(TrainCheckWorthiness.VERSION, model.version());
    for (LabelledSentence s : sentences("test-", 2)) {
      double p = model.probability(s.text(), ClaimExtractor.spans(s.text()));
      assertEquals(s.checkWorthy(), p >= model.threshold(), s.text() + " " + p);
    }
  }

  @Test
  void convertsClaimBusterCsvSplitByDebateWithVerdictOneCheckWorthy(@TempDir Path dir)
      throws IOException {
    StringBuilder csv =
        new StringBuilder(
            "Sentence_id,Text,Speaker,Speaker_title,Speaker_party,File_id,Length,Line_number,"
                + "Sentiment,Verdict\n");
    int id = 0;
    for (int debate = 0; debate < 8; debate++) {
      String file = String.format("19%02d-10-01.txt", 60 + 4 * debate);
      csv.append(id++)
          .append(",\"We spent $5 million, \"\"they say\"\".\",A,B,C,")
          .append(file)
          .append(",5,1,0.1,1\n");
      csv.append(id++)
          .append(",\"Thank you.\nGood night.\",A,B,C,")
          .append(file)
          .append(",3,2,0.0,-1\n");
      csv.append(id++).append(",It rained.,A,B,C,").append(file).append(",2,3,0.0,0\n");
    }
    Files.writeString(dir.resolve("crowdsourced.csv"), csv.toString(), StandardCharsets.UTF_8);
    Files.writeString(
        dir.resolve("groundtruth.csv"),
        csv.substring(0, csv.indexOf("\n") + 1),
        StandardCharsets.UTF_8);
    Path out = dir.resolve("out");
    ClaimBusterConverter.main(new String[] {dir.toString(), out.toString()});

    Map<String, Integer> debates = Map.of("train", 4, "dev", 2, "test", 2);
    List<String> seen = new ArrayList<>();
    for (Map.Entry<String, Integer> part : debates.entrySet()) {
      List<LabelledSentence> in = LabelledSentence.read(out.resolve(part.getKey() + ".tsv"));
      assertEquals(part.getValue() * 3, in.size(), part.getKey());
      for (LabelledSentence s : in) {
        assertTrue(!seen.contains(s.document()), s.document() + " is in two parts");
        assertEquals(s.text().startsWith("We spent"), s.checkWorthy(), s.text());
      }
      in.stream().map(LabelledSentence::document).distinct().forEach(seen::add);
    }
    assertEquals(8, seen.size(), "every debate in exactly one part: " + seen);
    LabelledSentence quoted = LabelledSentence.read(out.resolve("test.tsv")).get(0);
    assertEquals("We spent $5 million, \"they say\".", quoted.text());
    assertEquals(
        "Thank you. Good night.", LabelledSentence.read(out.resolve("test.tsv")).get(1).text());
  }

  /** News articles: a reported figure is a claim, a remark is not; most facts are unlabelled. */
  private static List<LabelledSentence> articles(String prefix, int articles) {
    List<LabelledSentence> out = new ArrayList<>();
    for (int a = 0; a < articles; a++) {
      for (int k = 0; k < 12; k++) {
        boolean claim = k % 4 == 0;
        String text =
            claim
                ? String.format(
                    "The ministry said %d permits were issued in %d, a spokesperson stated.",
                    10 + k, 2000 + a)
                : String.format(
                    "Residents of town %d enjoyed the mild weather on day %d.", a, k + 1);
        out.add(new LabelledSentence(prefix + a, a + "-" + k, claim, text));
      }
    }
    return out;
  }

  @Test
  void trainsOnDebatesAndNewsTheSameModelTwiceAndItRanksReportedFiguresFirst() {
    PrintStream quiet = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
    String first =
        TrainCheckWorthiness.trainWithNews(
            sentences("train-", 6),
            sentences("dev-", 2),
            articles("n", 6),
            articles("m", 3),
            quiet);
    String second =
        TrainCheckWorthiness.trainWithNews(
            sentences("train-", 6),
            sentences("dev-", 2),
            articles("n", 6),
            articles("m", 3),
            quiet);
    assertEquals(first, second, "byte for byte");

    CheckWorthiness model = parse(first);
    assertEquals(TrainCheckWorthiness.NEWS_VERSION, model.version());
    List<LabelledSentence> test = articles("t", 2);
    double[] p = new double[test.size()];
    for (int i = 0; i < p.length; i++) {
      p[i] = model.probability(test.get(i).text(), ClaimExtractor.spans(test.get(i).text()));
    }
    CappedRecall capped = CappedRecall.perArticle(test, p, model.threshold());
    assertEquals(6, capped.checkWorthy());
    assertEquals(6, capped.found(), "every reported figure among the best third: " + capped);
    assertEquals(6, capped.candidates(), capped.toString());
  }

  private static CheckWorthiness parse(String text) {
    try {
      return CheckWorthiness.parse(new StringReader(text));
    } catch (IOException e) {
      throw new AssertionError("the trainer wrote a model its reader refuses", e);
    }
  }

  @Test
  void cappedRecallKeepsTheBestThirdOfEachArticleFromTheThreshold() {
    List<LabelledSentence> sentences = new ArrayList<>();
    double[] scores = new double[15];
    // article a: 12 sentences, 4 may be kept; its claims score 0.9, 0.8, 0.2 (under the threshold)
    for (int k = 0; k < 12; k++) {
      sentences.add(new LabelledSentence("a", "a" + k, k < 3, "s"));
      scores[k] = k == 0 ? 0.9 : k == 1 ? 0.8 : k == 2 ? 0.2 : 0.5 - k / 100.0;
    }
    // article b: 3 sentences, 3 may be kept however few; one claim
    for (int k = 0; k < 3; k++) {
      sentences.add(new LabelledSentence("b", "b" + k, k == 2, "s"));
      scores[12 + k] = 0.6;
    }
    CappedRecall perArticle = CappedRecall.perArticle(sentences, scores, 0.3);
    assertEquals(new CappedRecall(3, 4, 7, 15), perArticle);
    assertEquals(0.75, perArticle.recall(), 1e-9);
    assertEquals(15 / 7.0, perArticle.sentencesPerCandidate(), 1e-9);

    double third = CappedRecall.thresholdForShare(scores, 1 / 3.0);
    assertEquals(0.475, third, 1e-9, "five pass: 0.9, 0.8 and article b's three");
    assertEquals(
        new CappedRecall(3, 4, 5, 15), CappedRecall.acrossArticles(sentences, scores, third));
  }

  @Test
  void convertsNewsClaimsSplitByArticleWithTheListedClaimsCheckWorthy(@TempDir Path dir)
      throws IOException {
    StringBuilder all = new StringBuilder("{");
    StringBuilder claims = new StringBuilder("{");
    for (int a = 0; a < 8; a++) {
      all.append(a == 0 ? "" : ",").append("\"art-").append(a).append("\": {");
      for (int k = 0; k < 3; k++) {
        all.append(k == 0 ? "" : ",")
            .append(String.format("\"art-%d-%d\": {\"start_char\": 0, \"sentence\": ", a, k))
            .append(k == 0 ? "\"Officials said 40 permits\\nwere issued.\"}" : "\"It rained.\"}");
      }
      all.append("}");
      claims
          .append(a == 0 ? "" : ",")
          .append(String.format("\"art-%d\": {\"art-%d-0\": {\"topic\": \"Cure\"}}", a, a));
    }
    Files.writeString(dir.resolve("all_sents.json"), all.append("}").toString());
    Files.writeString(dir.resolve("dev.json"), "{}");
    Files.writeString(dir.resolve("test.json"), claims.append("}").toString());
    Path out = dir.resolve("out");
    NewsClaimsConverter.main(new String[] {dir.toString(), out.toString()});

    Map<String, Integer> articles = Map.of("train", 4, "dev", 2, "test", 2);
    List<String> seen = new ArrayList<>();
    for (Map.Entry<String, Integer> part : articles.entrySet()) {
      List<LabelledSentence> in = LabelledSentence.read(out.resolve(part.getKey() + ".tsv"));
      assertEquals(part.getValue() * 3, in.size(), part.getKey());
      for (LabelledSentence s : in) {
        assertTrue(!seen.contains(s.document()), s.document() + " is in two parts");
        assertEquals(s.id().endsWith("-0"), s.checkWorthy(), s.id());
      }
      in.stream().map(LabelledSentence::document).distinct().forEach(seen::add);
    }
    assertEquals(8, seen.size(), "every article in exactly one part: " + seen);
    assertEquals(
        "Officials said 40 permits were issued.",
        LabelledSentence.read(out.resolve("test.tsv")).get(0).text());

    // a claim that names no sentence is refused, naming the folder and the file it should be in
    Files.writeString(dir.resolve("dev.json"), "{\"art-1\": {\"art-1-9\": {}}}");
    IOException e = assertThrows(IOException.class, () -> NewsClaimsConverter.read(dir));
    assertTrue(
        e.getMessage().contains("1 claims name no sentence of all_sents.json"), e.getMessage());
    Files.writeString(dir.resolve("dev.json"), "[1, 2]");
    e = assertThrows(IOException.class, () -> NewsClaimsConverter.read(dir));
    assertTrue(
        e.getMessage().contains("dev.json: the top level is not a JSON object"), e.getMessage());
  }
}
