package org.factdesk.analysis.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
}
