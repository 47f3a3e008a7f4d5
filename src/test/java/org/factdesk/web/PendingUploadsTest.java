package org.factdesk.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.factdesk.article.BatchReader;
import org.factdesk.article.ImportException;
import org.junit.jupiter.api.Test;

class PendingUploadsTest {

  /** 1,000 bytes and 3 items a batch. */
  private static final BatchReader.Limits LIMITS = new BatchReader.Limits(500, 1_000, 10, 5_000, 3);

  private final PendingUploads cut = new PendingUploads();

  @Test
  void aFileThatWouldPassTheBatchBytesIsRefusedByNameAndTheOthersStay() {
    cut.add("a.txt", new byte[400], LIMITS);
    cut.add("b.zip", new byte[500], LIMITS);
    ImportException e =
        assertThrows(ImportException.class, () -> cut.add("c.txt", new byte[101], LIMITS));
    assertEquals(
        "c.txt was not added: with its 101 bytes the files chosen would hold 1,001 bytes, more"
            + " than the limit of 1,000 bytes for one batch. Start the import of the files chosen"
            + " so far, or clear them.",
        e.getMessage());
    assertEquals(2, cut.files().size());
    assertEquals(900, cut.bytes());
    cut.add("d.txt", new byte[100], LIMITS);
    assertEquals(1_000, cut.bytes());
  }

  @Test
  void noMoreFilesThanABatchHasItems() {
    for (String name : new String[] {"1.txt", "2.txt", "3.txt"}) {
      cut.add(name, new byte[1], LIMITS);
    }
    ImportException e =
        assertThrows(ImportException.class, () -> cut.add("4.txt", new byte[1], LIMITS));
    assertEquals(
        "4.txt was not added: a batch takes at most 3 files. Start the import of the files chosen"
            + " so far, or clear them.",
        e.getMessage());
    cut.clear();
    cut.add("4.txt", new byte[1], LIMITS);
    assertEquals(1, cut.files().size());
  }

  @Test
  void aFileLargerThanABatchIsRefusedByItsSizeBeforeItsContentIsRead() {
    ImportException e =
        assertThrows(
            ImportException.class,
            () ->
                cut.add(
                    "huge.warc.gz",
                    1_001,
                    () -> {
                      throw new AssertionError("the content of a file over the limit was read");
                    },
                    LIMITS));
    assertEquals(
        "huge.warc.gz was not added: it is 1,001 bytes, more than the limit of 1,000 bytes for one"
            + " batch (factdesk.import.max-batch-bytes). Nothing of it was imported.",
        e.getMessage());
    assertEquals(0, cut.files().size());
  }
}
