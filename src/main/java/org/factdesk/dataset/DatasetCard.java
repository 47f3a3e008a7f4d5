package org.factdesk.dataset;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/** The README.md of a version's zip: what it holds, how it was made, its counts and files. */
public final class DatasetCard {

  public static final String FILE_NAME = "README.md";

  private DatasetCard() {}

  public static byte[] bytes(
      VersionMetadata v, VersionCounts counts, List<Manifest.FileSum> files) {
    StringBuilder s = new StringBuilder();
    if (v.hasParquet()) {
      hubHeader(s, v, counts);
    }
    s.append("# ").append(oneLine(v.datasetName())).append(", version ").append(v.number());
    s.append("\n\n");
    if (v.description() != null) {
      s.append(v.description().strip()).append("\n\n");
    }
    s.append("## What it holds\n\n");
    s.append(counts.articles())
        .append(" news articles: ")
        .append(v.filter().describe())
        .append(". Published by ")
        .append(v.publishedBy())
        .append(" on ")
        .append(ArticleJson.instant(v.publishedAt()))
        .append(" with Factdesk. This version never changes: later edits of an article reach only")
        .append(" a later version.\n\n");
    s.append("Files:\n\n");
    s.append("- `data.jsonl`: one article per line: id, url, outlet, title, published, language,")
        .append(" labels, the clean text, the blocks removed from it with their types, the claims")
        .append(
            " with every verdict and its evidence, and provenance (sha256 of the original bytes,")
        .append(" who imported, reviewed and approved it, and when).\n");
    if (v.hasParquet()) {
      s.append("- `data.parquet`: the same articles as typed Parquet columns (lists of structs for")
          .append(" removed blocks, claims, verdicts and evidence; a struct for provenance).\n");
      if (v.split().isSplit()) {
        s.append("- `data/train.parquet`, `data/test.parquet`, `data/train.jsonl`,")
            .append(" `data/test.jsonl`: the same rows by split, ")
            .append(v.split().describe())
            .append(".\n");
      }
      s.append("\nFields are named in snake_case in every file (schema version ")
          .append(v.schemaVersion())
          .append(", in the field `schema_version`); `split` says train or test (")
          .append(v.split().describe())
          .append("), never split by article. Licence: ")
          .append(v.license() == null ? "not chosen" : v.license())
          .append(".\n\n");
    }
    s.append("- `manifest.json`: the filter, the counts, and the size and sha256 of each file.\n");
    s.append("- `README.md`: this card.\n\n");
    s.append("The same version is also exported as CSV (one row per article) and as schema.org")
        .append(" ClaimReview JSON-LD (one ClaimReview per claim with a verdict, its newest).\n\n");
    s.append("## How it was made\n\n");
    s.append("Articles were scraped from news sites and imported into Factdesk, which stores their")
        .append(
            " original bytes and splits the text into blocks. Detectors flagged blocks that are")
        .append(" not article (AI disclaimers, promotional inserts, related links, site chrome,")
        .append(" legal and aggregator notices, off-topic padding, repeated titles, metadata); an")
        .append(
            " editor accepted or rejected every flag, and the clean text is the article without")
        .append(
            " the accepted blocks. Check-worthy claims were confirmed or dismissed with a reason;")
        .append(" fact-checkers gave each confirmed claim a verdict (TRUE, MOSTLY_TRUE, MIXED,")
        .append(" MISLEADING, FALSE or UNVERIFIABLE) with a rationale and evidence links. A second")
        .append(
            " editor approved each article (four-eyes rule). Labels follow from accepted flags:")
        .append(
            " AI_GENERATED_DISCLOSED (an AI disclaimer), HAS_PROMOTIONAL_INSERTS, AGGREGATED (a")
        .append(" notice says it aggregates other sources).\n\n");
    s.append("## Counts\n\n");
    s.append("| what | count |\n| --- | --- |\n");
    row(s, "articles", counts.articles());
    row(s, "blocks removed", counts.removedBlocks());
    row(s, "claims", counts.claims());
    row(s, "claims with a verdict", counts.checkedClaims());
    row(s, "claims dismissed", counts.dismissedClaims());
    row(s, "verdicts (all revisions)", counts.verdicts());
    table(s, "Articles per outlet", "outlet", counts.perOutlet());
    table(s, "Claims per verdict", "verdict", counts.perRating());
    table(s, "Articles per label", "label", counts.perLabel());
    s.append("\n## Files\n\n| file | bytes | sha256 |\n| --- | --- | --- |\n");
    for (Manifest.FileSum f : files) {
      s.append("| `")
          .append(f.name())
          .append("` | ")
          .append(f.bytes())
          .append(" | `")
          .append(f.sha256())
          .append("` |\n");
    }
    return s.toString().getBytes(StandardCharsets.UTF_8);
  }

  /**
   * The YAML header the Hugging Face hub reads: name, licence, languages, size, task, and the files
   * of each configuration by split.
   */
  private static void hubHeader(StringBuilder s, VersionMetadata v, VersionCounts counts) {
    s.append("---\n");
    s.append("pretty_name: ")
        .append(quoted(v.datasetName() + ", version " + v.number()))
        .append('\n');
    s.append("license: ").append(v.license() == null ? "unknown" : v.license()).append('\n');
    List<String> languages =
        counts.perLanguage().keySet().stream()
            .filter(l -> l.matches("[a-z]{2,3}") && !l.equals("und"))
            .toList();
    if (!languages.isEmpty()) {
      s.append("language:\n");
      languages.forEach(l -> s.append("- ").append(l).append('\n'));
    }
    s.append("size_categories:\n- ").append(sizeCategory(counts.articles())).append('\n');
    s.append("task_categories:\n- text-classification\n");
    s.append("task_ids:\n- fact-checking\n");
    s.append("tags:\n- news\n- fact-checking\n- claim-review\n");
    s.append("configs:\n");
    config(s, "default", "parquet", v.split().isSplit());
    config(s, "jsonl", "jsonl", v.split().isSplit());
    s.append("---\n\n");
  }

  private static void config(StringBuilder s, String name, String extension, boolean split) {
    s.append("- config_name: ").append(name).append('\n');
    s.append("  data_files:\n");
    if (split) {
      for (String part : List.of(SplitRule.TRAIN, SplitRule.TEST)) {
        s.append("  - split: ").append(part).append('\n');
        s.append("    path: data/").append(part).append('.').append(extension).append('\n');
      }
    } else {
      s.append("  - split: train\n");
      s.append("    path: data.").append(extension).append('\n');
    }
  }

  /** The hub's size categories. */
  static String sizeCategory(long n) {
    if (n < 1_000) {
      return "n<1K";
    }
    if (n < 10_000) {
      return "1K<n<10K";
    }
    if (n < 100_000) {
      return "10K<n<100K";
    }
    if (n < 1_000_000) {
      return "100K<n<1M";
    }
    if (n < 10_000_000) {
      return "1M<n<10M";
    }
    return "10M<n<100M";
  }

  /** A YAML double-quoted scalar (JSON's escapes are YAML's). */
  private static String quoted(String text) {
    StringBuilder q = new StringBuilder("\"");
    for (char c : oneLine(text).toCharArray()) {
      if (c == '"' || c == '\\') {
        q.append('\\').append(c);
      } else if (c < 0x20) {
        q.append(String.format(java.util.Locale.ROOT, "\\u%04x", (int) c));
      } else {
        q.append(c);
      }
    }
    return q.append('"').toString();
  }

  private static void table(StringBuilder s, String title, String what, Map<String, Long> counts) {
    s.append("\n### ").append(title).append("\n\n");
    if (counts.isEmpty()) {
      s.append("None.\n");
      return;
    }
    s.append("| ").append(what).append(" | count |\n| --- | --- |\n");
    counts.forEach((k, n) -> row(s, k, n));
  }

  private static void row(StringBuilder s, String what, long n) {
    s.append("| ").append(oneLine(what).replace("|", "\\|")).append(" | ").append(n).append(" |\n");
  }

  private static String oneLine(String text) {
    return text.replaceAll("\\s+", " ").strip();
  }
}
