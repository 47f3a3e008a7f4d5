package org.factdesk.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

class ServerThreadsTest {

  @Test
  void aThreadsNameMayHoldSpacesAndParenthesesAndItsTicksAreUserPlusSystem() {
    ServerThreads.Thread cut =
        ServerThreads.Thread.parse(
            "4242 (C2 (x) Thread#3) S 1 2 3 0 -1 4194368 10 0 0 0 1234 56 0 0 20 0 1 0 99 0 0\n");

    assertEquals("C# (x) Thread##", cut.group());
    assertEquals(1290, cut.ticks());
  }

  @Test
  void cpuPerArticleIsSummedByGroupAndCountsNewThreadsWhole() {
    ServerThreads.Snapshot before =
        new ServerThreads.Snapshot(
            Map.of(
                "1", new ServerThreads.Thread("worker-#", 100),
                "2", new ServerThreads.Thread("worker-#", 50)));
    ServerThreads.Snapshot after =
        new ServerThreads.Snapshot(
            Map.of(
                "1", new ServerThreads.Thread("worker-#", 300),
                "2", new ServerThreads.Thread("worker-#", 90),
                "3", new ServerThreads.Thread("H#-save", 60)));

    String line = after.since(before, 100).orElseThrow();

    // 240 + 60 ticks of 10 ms over 100 articles
    assertTrue(
        line.startsWith("server CPU: 30.0 ms an article (worker-# 24.0; H#-save 6.0)"), line);
  }

  @Test
  void withoutAProcessNothingIsPrinted() throws Exception {
    ServerThreads none = ServerThreads.of(0);

    assertTrue(none.snapshot().since(none.snapshot(), 10).isEmpty());
  }
}
