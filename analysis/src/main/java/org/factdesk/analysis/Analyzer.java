package org.factdesk.analysis;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.factdesk.analysis.claim.ClaimExtractor;
import org.factdesk.analysis.dedupe.ContentHash;
import org.factdesk.analysis.dedupe.NearDuplicateFingerprints;
import org.factdesk.analysis.detect.AiDisclaimerDetector;
import org.factdesk.analysis.detect.ArchiveToolbarDetector;
import org.factdesk.analysis.detect.DetectionContext;
import org.factdesk.analysis.detect.Detector;
import org.factdesk.analysis.detect.DuplicateTitleDetector;
import org.factdesk.analysis.detect.FlagSink;
import org.factdesk.analysis.detect.LearnedTypeDetector;
import org.factdesk.analysis.detect.LegalNoticeDetector;
import org.factdesk.analysis.detect.LineModelDetector;
import org.factdesk.analysis.detect.MetadataDetector;
import org.factdesk.analysis.detect.OffTopicDetector;
import org.factdesk.analysis.detect.OfferLineDetector;
import org.factdesk.analysis.detect.PromotionalDetector;
import org.factdesk.analysis.detect.RepetitionDetector;
import org.factdesk.analysis.detect.Rule;
import org.factdesk.analysis.detect.RuleDetector;
import org.factdesk.analysis.detect.RuleSet;
import org.factdesk.analysis.detect.SiteNameDetector;
import org.factdesk.analysis.detect.StoryLineDetector;
import org.factdesk.analysis.detect.StrayMetadataDetector;
import org.factdesk.analysis.detect.StructureDetector;
import org.factdesk.analysis.html.CharsetDeclaration;
import org.factdesk.analysis.html.HtmlExtraction;
import org.factdesk.analysis.html.HtmlExtractor;
import org.factdesk.analysis.meta.HeadlineFinder;
import org.factdesk.analysis.meta.OutletGuess;
import org.factdesk.analysis.meta.SiteName;
import org.factdesk.analysis.meta.TextHeader;
import org.factdesk.analysis.meta.TextHeaderReader;
import org.factdesk.analysis.text.DecodedText;
import org.factdesk.analysis.text.LanguageDetector;
import org.factdesk.analysis.text.PlainTextSegmenter;
import org.factdesk.analysis.text.TextDecoder;
import org.factdesk.analysis.text.TextNormalizer;
import org.factdesk.analysis.text.Words;

/**
 * The analysis engine: bytes in, {@link AnalysisResult} out.
 *
 * <p>One run: decode the bytes; segment them into blocks (lines of text, or block elements of HTML,
 * where the main content is found from DOM evidence and the rest is flagged); read the header and
 * metadata; run the detectors in a fixed order (metadata, duplicate title, rules, AI disclaimers,
 * legal notices, outlet repetition, promotion, structure, off-topic; for plain text the learned
 * line model before off-topic), each seeing what the earlier ones flagged; score claims in the
 * unflagged blocks; compute fingerprints.
 *
 * <p>Immutable and thread-safe: build one and share it. Deterministic: the same input gives the
 * same result.
 */
public final class Analyzer {
  private final RuleSet rules;
  private final List<Detector> detectors;

  /** The detectors of plain text: the same, with the line model before the off-topic one. */
  private final List<Detector> textDetectors;

  /** The detectors of HTML: the typed ones, with the learned types before the off-topic one. */
  private final List<Detector> htmlDetectors;

  private final ClaimExtractor claimExtractor = new ClaimExtractor();

  /** An analyzer with the rules shipped with the engine. */
  public Analyzer() {
    this(RuleSet.defaults());
  }

  /** An analyzer with the given rules, e.g. an admin's edited set being tried out. */
  public Analyzer(RuleSet rules) {
    this(rules, true);
  }

  /**
   * @param learnedTypes whether the engine runs the learned insert types (decision 0023; on HTML
   *     with the words alone, decision 0040); false gives the engine as it was before them, for
   *     side-by-side figures
   */
  public Analyzer(RuleSet rules, boolean learnedTypes) {
    this.rules = Objects.requireNonNull(rules, "rules");
    List<Detector> typed =
        List.of(
            new MetadataDetector(),
            new DuplicateTitleDetector(),
            new RuleDetector(rules),
            new AiDisclaimerDetector(),
            new LegalNoticeDetector(),
            new RepetitionDetector(),
            new PromotionalDetector(),
            new StructureDetector(),
            new OffTopicDetector());
    this.detectors = typed;
    // on HTML the learned types read the words of what the block model and the typed detectors
    // left open, without embeddings and without taking flags back (decision 0040); the shape of
    // the lines (runs of headline-like lines, teasers after "Don't miss") is not read there: the
    // block model judges it with the DOM's evidence, and on the public pages the shape rules
    // flagged more article (lists of names, a sub-headed story) than they caught (decision 0043)
    List<Detector> html = new ArrayList<>(typed);
    html.removeIf(d -> d instanceof StructureDetector);
    if (learnedTypes) {
      html.add(html.size() - 1, LearnedTypeDetector.forHtml());
      html.addAll(html.size() - 1, retypers());
    }
    // the site's own name, known from the importer, is the outlet's line wherever it stands and
    // whatever the generic detectors called it (decision 0057)
    html.add(html.size() - 1, new SiteNameDetector());
    this.htmlDetectors = List.copyOf(html);
    // the line model judges what the typed detectors left before the off-topic detector reads
    // the article's vocabulary: on a page of chrome, the chrome would otherwise be "the article"
    // and the article's own section look off-topic
    List<Detector> text = new ArrayList<>(typed);
    // a page saved from the Wayback Machine opens with the archive's toolbar: its own furniture,
    // flagged before the line model looks for the article's first lines; on HTML the toolbar is
    // markup of its own, which the block model already reads as furniture
    text.add(0, new ArchiveToolbarDetector());
    text.add(text.size() - 1, new LineModelDetector());
    // the learned insert types (decision 0023) correct the generic detectors' types and judge
    // what they left uncertain, before the off-topic detector reads the article's vocabulary
    if (learnedTypes) {
      text.add(text.size() - 1, new LearnedTypeDetector());
      text.addAll(text.size() - 1, retypers());
    }
    text.add(text.size() - 1, new SiteNameDetector());
    // the article's own short lines inside the story (a subhead, a list's entries) are taken back
    // from the guessers before the off-topic detector reads the story (decision 0071)
    text.add(text.size() - 1, new StoryLineDetector());
    this.textDetectors = List.copyOf(text);
  }

  /**
   * After the learned types, the line's own form retypes a broad guess (decision 0061): an offer or
   * a sponsor's mark on a line flagged as furniture or a link is a promotion, a line that is only a
   * date or a byline is metadata. Part of the typing the learned types began; the engine without
   * them ({@code learnedTypes} false) stays as it was, for side-by-side figures.
   */
  private static List<Detector> retypers() {
    return List.of(new OfferLineDetector(), new StrayMetadataDetector());
  }

  public RuleSet rules() {
    return rules;
  }

  /**
   * The typed detectors in the order they run; the plain-text path adds the line model before the
   * off-topic detector. Immutable and stateless, as every detector is.
   */
  public List<Detector> typedDetectors() {
    return detectors;
  }

  /** Ids of the detectors in the order they run. */
  public List<String> detectorIds() {
    return detectors.stream().map(Detector::id).toList();
  }

  public AnalysisResult analyze(byte[] bytes, ContentHint hint, SourceInfo info) {
    return analyze(bytes, hint, info, OutletFingerprints.NONE);
  }

  /**
   * Analyses one article.
   *
   * @param bytes the article as imported
   * @param hint what the caller believes it is; AUTO sniffs for markup
   * @param info what the importer knows (may be {@link SourceInfo#NONE})
   * @param fingerprints the outlet's known boilerplate lines (may be {@link
   *     OutletFingerprints#NONE})
   * @throws UnreadableInputException when the input is empty, blank, binary or holds no text
   */
  public AnalysisResult analyze(
      byte[] bytes, ContentHint hint, SourceInfo info, OutletFingerprints fingerprints) {
    return prepare(bytes, hint, info).analyze(fingerprints);
  }

  /** Analyses text that is already decoded (e.g. pasted into a form). */
  public AnalysisResult analyzeText(
      String text, ContentHint hint, SourceInfo info, OutletFingerprints fingerprints) {
    Objects.requireNonNull(text, "text");
    if (TextNormalizer.isBlank(text, 0, text.length())) {
      throw new UnreadableInputException(
          text.isEmpty() ? "the input is empty" : "the input contains only white space");
    }
    return analyze(new DecodedText(text, StandardCharsets.UTF_8, false), hint, info, fingerprints);
  }

  /**
   * The detection context the detectors of a run see for these bytes, without running them: what
   * the line model's training reads its features from, so that it learns from exactly what the
   * engine will show it.
   */
  public DetectionContext context(byte[] bytes, ContentHint hint, SourceInfo info) {
    return context(bytes, hint, info, true);
  }

  /**
   * As {@link #context(byte[], ContentHint, SourceInfo)}; with {@code headlineFromStory} false a
   * plain text's title is the header reader's alone, as line model v6 learnt it (decision 0080).
   */
  public DetectionContext context(
      byte[] bytes, ContentHint hint, SourceInfo info, boolean headlineFromStory) {
    Objects.requireNonNull(hint, "hint");
    DecodedText decoded = TextDecoder.decode(bytes, CharsetDeclaration.find(bytes));
    return prepare(decoded, hint, info, headlineFromStory).context(OutletFingerprints.NONE);
  }

  /**
   * The first half of {@link #analyze(byte[], ContentHint, SourceInfo, OutletFingerprints)}: the
   * bytes decoded and segmented into blocks, with their metadata and content hash, before any
   * detector runs. An import needs the outlet and the blocks to look up the outlet's known
   * boilerplate, and only then runs the detectors with it ({@link Prepared#analyze}), so that the
   * blocks are not segmented twice and the detectors run once.
   *
   * @throws UnreadableInputException when the input is empty, blank, binary or holds no text
   */
  public Prepared prepare(byte[] bytes, ContentHint hint, SourceInfo info) {
    Objects.requireNonNull(hint, "hint");
    String declared = info == null || info.charset() == null ? null : info.charset();
    DecodedText decoded =
        TextDecoder.decode(bytes, declared != null ? declared : CharsetDeclaration.find(bytes));
    return prepare(decoded, hint, info, true);
  }

  /**
   * An article decoded and segmented, not yet judged by the detectors: what {@link
   * Analyzer#prepare(byte[], ContentHint, SourceInfo)} returns. Its {@link #analyze} gives exactly
   * what the analyzer's {@code analyze} gives for the same input and fingerprints, and may be
   * called more than once (each call runs the detectors anew). Belongs to one caller: not to be
   * shared between threads.
   */
  public final class Prepared {
    private final DecodedText decoded;
    private final boolean html;
    private final List<TextBlock> blocks;
    private final List<String> texts;
    private final Map<Integer, DetectorFlag> preFlags;
    private final ArticleMetadata metadata;
    private final TextHeader header;
    private final String language;
    private final SiteName siteName;
    private String contentHash;

    private Prepared(
        DecodedText decoded,
        boolean html,
        List<TextBlock> blocks,
        List<String> texts,
        Map<Integer, DetectorFlag> preFlags,
        ArticleMetadata metadata,
        TextHeader header,
        String language,
        SiteName siteName) {
      this.decoded = decoded;
      this.html = html;
      this.blocks = blocks;
      this.texts = texts;
      this.preFlags = preFlags;
      this.metadata = metadata;
      this.header = header;
      this.language = language;
      this.siteName = siteName;
    }

    /** The metadata the result will have: the caller's, the page's and the text's header. */
    public ArticleMetadata metadata() {
      return metadata;
    }

    /** The text of each block in order, as the result's blocks will have it. */
    public List<String> blockTexts() {
      return texts;
    }

    /** The result's {@link AnalysisResult#contentHash()}: of the blocks' text, before any flag. */
    public String contentHash() {
      if (contentHash == null) {
        contentHash = ContentHash.ofBlocks(texts);
      }
      return contentHash;
    }

    /** The whole analysis with the outlet's known boilerplate lines (may be NONE). */
    public AnalysisResult analyze(OutletFingerprints fingerprints) {
      return Analyzer.this.analyze(this, fingerprints);
    }

    private DetectionContext context(OutletFingerprints fingerprints) {
      OutletFingerprints known = fingerprints == null ? OutletFingerprints.NONE : fingerprints;
      return new DetectionContext(
          blocks, header, metadata.title(), language, known, rules, siteName);
    }
  }

  private Prepared prepare(
      DecodedText decoded, ContentHint hint, SourceInfo info, boolean headlineFromStory) {
    SourceInfo source = info == null ? SourceInfo.NONE : info;
    String text = decoded.text();
    // text with no '<' at all cannot be markup, whatever the caller believed
    boolean html =
        (hint == ContentHint.HTML && text.indexOf('<') >= 0)
            || (hint == ContentHint.AUTO && HtmlExtractor.looksLikeHtml(text));

    List<TextBlock> blocks;
    Map<Integer, DetectorFlag> preFlags = Map.of();
    ArticleMetadata htmlMeta = null;
    if (html) {
      HtmlExtraction extraction = HtmlExtractor.extract(text, source.urlValue().orElse(""));
      blocks = extraction.blocks();
      preFlags = extraction.boilerplate();
      htmlMeta = extraction.metadata();
    } else {
      blocks = PlainTextSegmenter.segment(text);
    }
    if (blocks.isEmpty()) {
      throw new UnreadableInputException(
          html ? "the HTML contains no readable text" : "the input contains no text");
    }

    List<String> texts = blocks.stream().map(TextBlock::text).toList();
    String knownTitle = source.titleValue().orElse(htmlMeta != null ? htmlMeta.title() : null);
    TextHeader header = TextHeaderReader.read(texts, knownTitle, !html);
    boolean belowMenu = false;
    if (!html && knownTitle == null && headlineFromStory) {
      // a whole page as its lines: the head may be the site's menu (decision 0080)
      int headline = HeadlineFinder.find(texts, header.titleIndex());
      if (headline >= 0 && headline != header.titleIndex()) {
        header = header.withTitle(headline, texts.get(headline));
        belowMenu = true;
      }
    }
    // only the guessed name changes: the line keeps its flag as the outlet's line; HTML names its
    // outlet in its meta tags and reads none from its lines
    String siteUrl = source.urlValue().orElse(null);
    String outlet = html ? header.outlet() : outletName(header, texts, siteUrl, belowMenu);
    String language = htmlMeta != null ? htmlMeta.language() : null;
    if (language == null || ArticleMetadata.UNDETERMINED.equals(language)) {
      language = LanguageDetector.detect(sample(texts));
    }
    ArticleMetadata given =
        new ArticleMetadata(
            source.titleValue().orElse(null),
            source.outletValue().orElse(null),
            null,
            source.published(),
            source.urlValue().orElse(null),
            null,
            null);
    ArticleMetadata fromText =
        new ArticleMetadata(
            header.title(),
            outlet,
            header.tagline(),
            header.published(),
            null,
            header.author(),
            language);
    ArticleMetadata metadata =
        htmlMeta == null ? given.orElse(fromText) : given.orElse(htmlMeta).orElse(fromText);
    // only what the importer knows names the site: a line the header reader took for the outlet
    // by its place may be a menu entry (decision 0057)
    SiteName siteName = SiteName.of(siteUrl, source.outletValue().orElse(null));
    return new Prepared(
        decoded, html, blocks, texts, preFlags, metadata, header, language, siteName);
  }

  /**
   * The outlet's name read from the lines (decision 0082): above an article's title, the short line
   * the header reader took for it by its place, unless it is a menu entry or script; else (and
   * always above a headline found below the site's menu, a whole page) the first short line above
   * the title that is the site's own name by its address, else the first that the page signs with
   * (its copyright line), else none.
   */
  private String outletName(TextHeader header, List<String> texts, String url, boolean belowMenu) {
    String guess = header.outlet();
    if (!belowMenu && guess != null && nameLike(guess)) {
      return guess;
    }
    // no name where the outlet stands: the lines above the title may still hold it
    SiteName site = SiteName.of(url, null);
    List<String> signatures = null; // read once, when a line first needs them
    String signed = null;
    for (int i = 0; i < header.titleIndex(); i++) {
      String line = texts.get(i);
      int words = Words.count(line);
      if (words > TextHeaderReader.OUTLET_WORDS || !nameLike(line)) {
        continue;
      }
      if (site.matches(line)) {
        return line;
      }
      // one word signs a page by chance ("News", "May"), unless it is part of the site's name
      if (signed == null && (words >= 2 || site.echoes(line))) {
        if (signatures == null) {
          signatures = OutletGuess.signatures(texts);
        }
        signed = OutletGuess.signs(line, signatures) ? line : null;
      }
    }
    return signed;
  }

  /** A line that can be a name and that the rule set does not call site chrome. */
  private boolean nameLike(String line) {
    if (!OutletGuess.nameShaped(line)) {
      return false;
    }
    for (Rule rule : rules.match(line)) {
      if (rule.type() == FlagType.SITE_CHROME) {
        return false;
      }
    }
    return true;
  }

  private AnalysisResult analyze(
      DecodedText decoded, ContentHint hint, SourceInfo info, OutletFingerprints fingerprints) {
    return analyze(prepare(decoded, hint, info, true), fingerprints);
  }

  private AnalysisResult analyze(Prepared run, OutletFingerprints fingerprints) {
    boolean html = run.html;
    DecodedText decoded = run.decoded;
    DetectionContext context = run.context(fingerprints);
    FlagSink sink = new FlagSink(run.blocks.size());
    run.preFlags.forEach(sink::add);
    for (Detector detector : html ? htmlDetectors : textDetectors) {
      detector.detect(context, sink);
    }
    List<TextBlock> flagged = new ArrayList<>(run.blocks.size());
    for (TextBlock b : run.blocks) {
      flagged.add(b.withFlags(sink.flagsOf(b.index())));
    }

    NearDuplicateFingerprints nearDuplicate =
        NearDuplicateFingerprints.ofWordHashes(nearDuplicateWordHashes(flagged, context));
    return new AnalysisResult(
        html ? ContentHint.HTML : ContentHint.TEXT,
        decoded.charset().name(),
        decoded.malformed(),
        decoded.text(),
        run.metadata,
        flagged,
        claimExtractor.extract(flagged),
        run.contentHash(),
        nearDuplicate.minHash(),
        nearDuplicate.simHash(),
        rules.version());
  }

  /**
   * The hashes of the word tokens of the clean text, or of all blocks when nothing is clean: the
   * blocks' own tokens in order, which equals tokenising the joined text because tokens never span
   * the line breaks {@link AnalysisResult#cleanText} joins with. Each distinct word is hashed once.
   */
  private static long[] nearDuplicateWordHashes(List<TextBlock> flagged, DetectionContext context) {
    boolean clean = false;
    for (TextBlock b : flagged) {
      if (b.isArticle() && !b.text().isBlank()) {
        clean = true;
        break;
      }
    }
    long[] out = new long[256];
    int count = 0;
    long[] hashOfWord = new long[0];
    for (TextBlock b : flagged) {
      if (clean && !b.isArticle()) {
        continue;
      }
      int[] ids = context.wordIds(b.index());
      if (hashOfWord.length < context.words().size()) {
        int old = hashOfWord.length;
        hashOfWord = Arrays.copyOf(hashOfWord, context.words().size());
        for (int id = old; id < hashOfWord.length; id++) {
          hashOfWord[id] = NearDuplicateFingerprints.wordHash(context.words().word(id));
        }
      }
      if (count + ids.length > out.length) {
        out = Arrays.copyOf(out, Math.max(out.length * 2, count + ids.length));
      }
      for (int id : ids) {
        out[count++] = hashOfWord[id];
      }
    }
    return Arrays.copyOf(out, count);
  }

  /** Enough text to guess the language without scanning a whole long page. */
  private static String sample(List<String> texts) {
    StringBuilder sb = new StringBuilder();
    for (String t : texts) {
      if (sb.length() > 8_000) {
        break;
      }
      sb.append(t).append(' ');
    }
    return sb.toString().toLowerCase(Locale.ROOT);
  }
}
