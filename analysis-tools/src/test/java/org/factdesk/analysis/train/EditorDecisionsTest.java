package org.factdesk.analysis.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EditorDecisionsTest {
  @TempDir Path dir;

  @Test
  void theLastDecisionOnAClaimIsItsLabel() throws IOException {
    Path file = dir.resolve("decisions.jsonl");
    Files.writeString(
        file,
        """
        {"id":1,"claim":7,"article":3,"sentence":"Exports rose 4% in May.","decision":"CONFIRMED","checkWorthy":true}
        {"id":2,"claim":8,"article":3,"sentence":"The law was\\tpassed in 2021.","decision":"MARKED","checkWorthy":true}
        {"id":3,"claim":7,"article":3,"sentence":"Exports rose 4% in May.","decision":"DISMISSED","checkWorthy":false,"reason":"old"}
        """);

    List<LabelledSentence> sentences = EditorDecisions.read(file);

    assertEquals(2, sentences.size());
    assertEquals("8", sentences.get(0).id());
    assertTrue(sentences.get(0).checkWorthy());
    assertEquals("The law was passed in 2021.", sentences.get(0).text());
    assertEquals("7", sentences.get(1).id());
    assertFalse(sentences.get(1).checkWorthy());
  }

  @Test
  void aLineWithoutItsLabelIsNamed() throws IOException {
    Path file = dir.resolve("broken.jsonl");
    Files.writeString(
        file,
        "{\"claim\":1,\"sentence\":\"x\",\"checkWorthy\":true}\n{\"claim\":2,\"sentence\":\"y\"}\n");

    IOException e = assertThrows(IOException.class, () -> EditorDecisions.read(file));

    assertTrue(e.getMessage().contains("line 2"), e.getMessage());
    assertTrue(e.getMessage().contains("checkWorthy"), e.getMessage());
  }
}
