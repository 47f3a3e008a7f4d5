package org.factdesk.dataset;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The files a dataset version is exported as. */
public enum ExportFormat {
  JSONL("jsonl", "application/x-ndjson; charset=UTF-8", "data.jsonl"),
  CSV("csv", "text/csv; charset=UTF-8", "data.csv"),
  CLAIMREVIEW("claimreview", "application/ld+json; charset=UTF-8", "claimreview.jsonld"),
  PARQUET("parquet", ParquetFile.MEDIA_TYPE, ParquetFile.FILE_NAME),
  ZIP("zip", "application/zip", "dataset.zip");

  private final String key;
  private final String mediaType;
  private final String fileName;

  ExportFormat(String key, String mediaType, String fileName) {
    this.key = key;
    this.mediaType = mediaType;
    this.fileName = fileName;
  }

  /** The format's name in the {@code format} parameter. */
  public String key() {
    return key;
  }

  public String mediaType() {
    return mediaType;
  }

  /** The file's name inside the zip and in the manifest. */
  public String fileName() {
    return fileName;
  }

  /** The name a download gets: {@code harbour-news-v3.jsonl}. */
  public String downloadName(String datasetName, int version) {
    String slug =
        datasetName.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
    String ext = fileName.substring(fileName.indexOf('.'));
    return (slug.isEmpty() ? "dataset" : slug) + "-v" + version + ext;
  }

  /** The format named by a parameter; an unknown one is refused with the names that are known. */
  public static ExportFormat named(String key) {
    if (key != null) {
      for (ExportFormat f : values()) {
        if (f.key.equalsIgnoreCase(key.strip())) {
          return f;
        }
      }
    }
    throw new DatasetException(
        "Unknown export format \""
            + key
            + "\"; use one of "
            + Arrays.stream(values()).map(ExportFormat::key).collect(Collectors.joining(", "))
            + ".");
  }
}
