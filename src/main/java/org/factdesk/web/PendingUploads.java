package org.factdesk.web;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.factdesk.article.BatchReader;
import org.factdesk.article.ImportException;

/**
 * The files the Import page holds for the next batch, kept within the batch's limits as they
 * arrive: together at most the batch's bytes, and no more files than a batch has items. A file that
 * would pass either is refused with its name, and the files before it stay. Thread-safe: the page
 * uploads files one request each, and two tabs of one view may upload at once.
 */
public final class PendingUploads implements Serializable {

  private static final long serialVersionUID = 1L;

  /** A file received for the next batch. */
  public record File(String name, byte[] bytes) implements Serializable {

    public String getName() {
      return name;
    }

    public int getSize() {
      return bytes.length;
    }
  }

  private final List<File> files = new ArrayList<>();
  private long bytes;

  /**
   * Keeps the file for the next batch.
   *
   * @throws ImportException naming the file when the pending files would pass a limit
   */
  void add(String name, byte[] content, BatchReader.Limits limits) {
    add(name, content.length, () -> content, limits);
  }

  /**
   * Keeps the file for the next batch, checking its size against the limits before its content is
   * read: a file over {@code factdesk.import.max-batch-bytes} is never taken into memory.
   *
   * @throws ImportException naming the file and the limit when the pending files would pass it
   */
  synchronized void add(
      String name, long size, Supplier<byte[]> content, BatchReader.Limits limits) {
    if (files.size() + 1 > limits.maxBatchItems()) {
      throw new ImportException(
          String.format(
              Locale.ROOT,
              "%s was not added: a batch takes at most %,d files. Start the import of the files"
                  + " chosen so far, or clear them.",
              name,
              limits.maxBatchItems()));
    }
    if (size > limits.maxBatchBytes()) {
      throw new ImportException(tooLarge(name, size, limits.maxBatchBytes()));
    }
    if (bytes + size > limits.maxBatchBytes()) {
      throw new ImportException(
          String.format(
              Locale.ROOT,
              "%s was not added: with its %,d bytes the files chosen would hold %,d bytes, more"
                  + " than the limit of %,d bytes for one batch. Start the import of the files"
                  + " chosen so far, or clear them.",
              name,
              size,
              bytes + size,
              limits.maxBatchBytes()));
    }
    byte[] read = content.get();
    files.add(new File(name, read));
    bytes += read.length;
  }

  /**
   * The message for one file larger than a whole batch may be (the page's script says the same).
   */
  static String tooLarge(String name, long size, long limit) {
    return String.format(
        Locale.ROOT,
        "%s was not added: it is %,d bytes, more than the limit of %,d bytes for one batch"
            + " (factdesk.import.max-batch-bytes). Nothing of it was imported.",
        name,
        size,
        limit);
  }

  synchronized void clear() {
    files.clear();
    bytes = 0;
  }

  synchronized List<File> files() {
    return List.copyOf(files);
  }

  synchronized long bytes() {
    return bytes;
  }
}
