package org.factdesk.dataset;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.factdesk.article.ArticleLabel;

/** Two frozen articles written for these tests, and a version around them. */
final class Fixtures {

  private Fixtures() {}

  static ArticleRecord harbour() {
    return new ArticleRecord(
        101,
        "https://lakeside.example/news/harbour-fees",
        "Lakeside Herald",
        "Harbour fees rise by 12%, \"council\" says",
        LocalDate.of(2025, 3, 3),
        "en",
        List.of(ArticleLabel.AI_GENERATED_DISCLOSED, ArticleLabel.HAS_PROMOTIONAL_INSERTS),
        "The council said harbour fees rise by 12% from April.\n\n"
            + "=HYPERLINK(\"http://evil.example\",\"click\") was pasted by a reader, a spokesperson"
            + " said.",
        List.of(
            new ArticleRecord.RemovedBlock(
                3, List.of("PROMOTIONAL"), "Get 20% off boat insurance!"),
            new ArticleRecord.RemovedBlock(
                5,
                List.of("AI_DISCLAIMER"),
                "AI Disclaimer: an automated system helped write this article.")),
        List.of(
            new ArticleRecord.ClaimRecord(
                7001,
                "Harbour fees rise by 12% from April",
                "The council said harbour fees rise by 12% from April.",
                "CHECKED",
                null,
                List.of(
                    new ArticleRecord.VerdictRecord(
                        1,
                        "MOSTLY_TRUE",
                        "The budget says 11.8%.",
                        "Lakeside council",
                        LocalDate.of(2025, 3, 2),
                        "checker",
                        Instant.parse("2025-03-04T09:15:00Z"),
                        List.of(
                            new ArticleRecord.EvidenceRecord(
                                "https://council.example/budget-2025", "Budget 2025", "table 4"))),
                    new ArticleRecord.VerdictRecord(
                        2,
                        "TRUE",
                        "The final budget rounds to 12%.",
                        "Lakeside council",
                        LocalDate.of(2025, 3, 2),
                        "lead",
                        Instant.parse("2025-03-05T10:00:00Z"),
                        List.of(
                            new ArticleRecord.EvidenceRecord(
                                "https://council.example/budget-2025-final",
                                "Final budget 2025",
                                null))))),
            new ArticleRecord.ClaimRecord(
                7002,
                "Ferries carried 61,300 passengers",
                "Ferries carried 61,300 passengers in April.",
                "DISMISSED",
                "not in dispute",
                List.of())),
        new ArticleRecord.Provenance(
            "a3f1c2d4e5b6a7980112233445566778899aabbccddeeff00112233445566778",
            "editor",
            Instant.parse("2025-03-03T08:00:00Z"),
            "editor",
            Instant.parse("2025-03-03T11:00:00Z"),
            "lead",
            Instant.parse("2025-03-06T12:30:00Z"),
            null),
        null);
  }

  static ArticleRecord pasted() {
    return new ArticleRecord(
        102,
        null,
        null,
        "-5 degrees: Über die Kälte",
        null,
        "de",
        List.of(),
        "@channel Die Stadt meldet 3 000 Anrufe.\r\nZweite Zeile, mit Komma.",
        List.of(),
        List.of(
            new ArticleRecord.ClaimRecord(
                7050,
                "Die Stadt meldet 3 000 Anrufe",
                "Die Stadt meldet 3 000 Anrufe.",
                "CHECKED",
                null,
                List.of(
                    new ArticleRecord.VerdictRecord(
                        1,
                        "UNVERIFIABLE",
                        "No public figures.",
                        "+Stadtwerke",
                        LocalDate.of(2025, 1, 9),
                        "checker",
                        Instant.parse("2025-01-10T16:45:30Z"),
                        List.of(
                            new ArticleRecord.EvidenceRecord(
                                "https://stadt.example/presse",
                                "Pressestelle",
                                "keine Zahlen")))))),
        new ArticleRecord.Provenance(
            "0000000000000000000000000000000000000000000000000000000000000001",
            "admin",
            Instant.parse("2025-01-10T07:00:00Z"),
            "editor",
            Instant.parse("2025-01-10T08:00:00Z"),
            "lead",
            Instant.parse("2025-01-11T09:00:00Z"),
            null),
        null);
  }

  static List<ArticleRecord> articles() {
    return List.of(harbour(), pasted());
  }

  static VersionMetadata frozen(byte[] manifest, byte[] card) {
    return new VersionMetadata(
        3,
        "Harbour & weather news",
        "Approved local news, spring 2025.",
        2,
        "admin",
        Instant.parse("2025-03-07T10:00:00Z"),
        new DatasetFilter(
            null, LocalDate.of(2025, 1, 1), null, Set.of(), Set.of(ArticleLabel.AGGREGATED)),
        "https://factdesk.example",
        manifest,
        card,
        1,
        null,
        SplitRule.NONE);
  }

  /** The same version as published since schema 2: a licence, a split by outlet. */
  static VersionMetadata frozenV2(byte[] manifest, byte[] card) {
    return new VersionMetadata(
        3,
        "Harbour & weather news",
        "Approved local news, spring 2025.",
        2,
        "admin",
        Instant.parse("2025-03-07T10:00:00Z"),
        new DatasetFilter(
            null, LocalDate.of(2025, 1, 1), null, Set.of(), Set.of(ArticleLabel.AGGREGATED)),
        "https://factdesk.example",
        manifest,
        card,
        2,
        "cc-by-4.0",
        SplitRule.of("outlet", "Lakeside Herald"));
  }

  /** The articles as schema 2 entries, each in its split, served two to a page. */
  static Exporter.Entries entriesV2(List<ArticleRecord> articles, SplitRule split) {
    List<Exporter.Entry> all = new ArrayList<>();
    for (int i = 0; i < articles.size(); i++) {
      ArticleRecord a = articles.get(i);
      all.add(
          new Exporter.Entry(
              i, ArticleJson.bytes(a.inSplit(split.splitOf(a.outlet(), a.published())), 2)));
    }
    return after -> all.stream().filter(e -> e.position() > after).limit(2).toList();
  }

  /** The articles as a version's entries, served two to a page as the database would. */
  static Exporter.Entries entries(List<ArticleRecord> articles) {
    List<Exporter.Entry> all = new ArrayList<>();
    for (int i = 0; i < articles.size(); i++) {
      all.add(new Exporter.Entry(i, ArticleJson.bytes(articles.get(i))));
    }
    return after -> all.stream().filter(e -> e.position() > after).limit(2).toList();
  }
}
