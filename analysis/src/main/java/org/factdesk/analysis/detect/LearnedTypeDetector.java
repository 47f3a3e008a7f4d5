package org.factdesk.analysis.detect;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.factdesk.analysis.DetectorFlag;
import org.factdesk.analysis.FlagType;
import org.factdesk.analysis.embed.SentenceEmbedder;
import org.factdesk.analysis.html.HtmlExtractor;
import org.factdesk.analysis.meta.DateParser;
import org.factdesk.analysis.meta.SiteName;

/**
 * The learned insert types of decision 0023: the {@link InsertTypeModel}, trained on typed inserts
 * of real pages, read after the cheap detectors, on what they leave open.
 *
 * <ul>
 *   <li>A line flagged only by a generic detector (the line model, the structure detector), which
 *       knows that a line is furniture but guesses its type from a few keywords, is retyped when
 *       the model's words are sure of another type. Its flag is never taken back: words alone
 *       cannot tell a reader's comment or a sidebar written in sentences from the article, which
 *       the line model tells by place (taking flags back cost 0.11 of the plain-text F1 on real
 *       pages, decision 0041).
 *   <li>A line no detector flagged is flagged when the words model is sure it is an insert; when it
 *       is unsure, the sentence embedding decides with it. Embeddings cost ~4 ms a line, so at most
 *       {@link #MAX_EMBEDDED} lines of a text are embedded, the most uncertain first.
 *   <li>A short line above the title that the metadata reader took for the outlet's name or tagline
 *       by its place alone is retyped when the words are sure it is another type (decision 0031):
 *       "Skip navigation" above a headline is furniture, not an outlet.
 *   <li>On plain text, the line the header reader took for the headline is flagged as furniture
 *       when the words call it a menu ({@code menuTitle}): "Skip to main content" or "Home | News |
 *       Sport" above the real title (decision 0048).
 *   <li>An entry of a list under a section header (the structure detector's "Related Articles"
 *       list) is retyped when the words are very sure of a narrower type: a legal notice, a byline
 *       or dateline, an AI disclosure, a promotion (decision 0045).
 *   <li>Other flags of the typed detectors (rules, AI disclaimers, legal, promotion, datelines and
 *       bylines, repetition) stand as they are: they name their evidence already.
 * </ul>
 *
 * Every flag names the model's probability and the words that weighed most.
 *
 * <p>On HTML ({@link #forHtml()}, decision 0040) the same reading runs with the words model alone
 * and only retypes: there the generic flags are the block model's whose type is a guess from link
 * density (no element announced it), and whether a block is article text stays the block model's
 * call (flagging the blocks the words call inserts cost 0.3 points of main-text F1 on the dev
 * pages). No block is embedded: at ~4 ms a line, three embeddings a page would cost more than the
 * whole HTML analysis.
 */
public final class LearnedTypeDetector implements Detector {
  public static final String ID = "learned-types";

  /** The detectors whose type is a guess the model may correct. */
  static final Set<String> GENERIC =
      Set.of(LineModelDetector.ID, StructureDetector.ID, HtmlExtractor.ID);

  /** A type the words give with this probability or more is taken without embedding. */
  static final double SURE = 0.85;

  /**
   * A generic flag is retyped as a byline or dateline from this probability by words, when that is
   * the type the words give most (decision 0045): dates, "Posted by … at 7:10 AM" and "November 5,
   * 2012 | Permalink" lines that the line model calls furniture or links read as metadata at
   * 0.6–0.85 with model v3, and hardly any other insert does.
   */
  static final double SURE_METADATA = 0.6;

  /**
   * The same for a related-links entry: headings of link boxes ("Top Blogs", "More in search",
   * "Latest Comments") that the line model calls furniture read as links at 0.7–0.85 (decision
   * 0045).
   */
  static final double SURE_RELATED = 0.7;

  /**
   * An unflagged line whose article probability by words is below this is flagged with the type the
   * words give most (0.15 with model v1; v2 learnt from more article lines and says article more
   * readily, decision 0031).
   */
  static final double FLAG_BELOW_ARTICLE = 0.3;

  /**
   * An unflagged line whose article probability by words lies in [UNSURE, SURE_ARTICLE) is
   * embedded.
   */
  static final double UNSURE = 0.2;

  static final double SURE_ARTICLE = 0.8;

  /**
   * A line above the title that the metadata reader took for the outlet's name or tagline by its
   * place alone is retyped from this probability of another type by words ("Skip navigation",
   * "Register / Login", "Top News" are furniture and link headings, not an outlet's name).
   */
  static final double RETYPE_PLACE = 0.6;

  /**
   * The same when the importer gave the page's address and the line carries nothing of the site's
   * name ({@link #notTheSite}): the place then says little, and the words may retype from this
   * probability (decision 0061).
   */
  static final double RETYPE_PLACE_NOT_THE_SITE = 0.5;

  /**
   * The same when the words give page furniture: a section, a menu entry or a service above the
   * title of a site the words model has not seen reads as furniture at 0.4–0.5 (decision 0066).
   */
  static final double RETYPE_PLACE_NOT_THE_SITE_CHROME = 0.4;

  /**
   * The same for a related link: the line above the title is then often the article's own headline,
   * so the words must be surer.
   */
  static final double RETYPE_PLACE_RELATED = 0.9;

  /**
   * A type an element announced on HTML (site chrome for a footer, related links for a "related"
   * box, decision 0040), or a section header on plain text (the entries under "Related Articles",
   * decision 0045), gives way to a narrower one the words are this sure of.
   */
  static final double RETYPE_ANNOUNCED = 0.95;

  /**
   * A type an element or a section header announced swaps between page furniture and a
   * related-links entry when the words are this sure of the other (decision 0045): a headline in a
   * {@code <nav>} or a sidebar is a related link, "RSS" or "Careers & Jobs" in a "related" box is
   * furniture. The two are the engine's most confused types on HTML; the element says "furniture or
   * links", the words say which.
   */
  static final double RETYPE_SWAP = 0.8;

  /**
   * The same for an entry under a section header on plain text: the header names the list ("More on
   * China"), so the words must be surer (a headline of a sample read as furniture at 0.88).
   */
  static final double RETYPE_SWAP_HEADED = 0.9;

  /**
   * A generic flag's guess between page furniture and a related-links entry (the line model's, a
   * headline run's) gives way to the other of the two from this probability by words, when that is
   * the type the words give most (decision 0048): the shape only says "furniture or links", the
   * words say which. On the dev pages of issue 16: 155 inserts typed right, 25 typed wrong, from
   * the 0.7 and 0.85 before.
   */
  static final double SWAP_GENERIC = 0.5;

  /**
   * On plain text, a generic flag's guess between furniture and a related link also gives way when
   * the words lean to the other of the two: it is the type they give most, at this probability or
   * more and at least twice the guessed type's ("Boot camp teen deaths shock US", which the words
   * read as 0.71 article, 0.29 links, in a run the line model calls furniture). The flag keeps the
   * generic detector's confidence: that the line is an insert is its call, only the type is the
   * words'. Issue 16, session 13, dev pages: 88 inserts typed right, 14 typed wrong (decision
   * 0054).
   */
  static final double SWAP_LEANING = 0.2;

  /**
   * An entry of a list under a section header (the structure detector's "Related Articles") is page
   * furniture when the words lean to furniture as {@link #SWAP_LEANING} says: it is the type they
   * give most, from 0.2 and at least twice the related link's ("Advertise | AdChoices", "Forgot
   * Password | Sign Up", "Jump to discussion" under "Top Stories" or "Related"). A header opens a
   * box, and the site's furniture that follows the box's headlines is taken into it. The caller
   * leaves the header itself ("Read These Next" reads as furniture at 0.34) and an entry between
   * two longer entries ({@code amongHeadlines}). Decision 0066.
   */
  static boolean leansToFurniture(double[] p) {
    return argmaxType(p) == CHROME && p[CHROME] >= SWAP_LEANING && p[CHROME] >= 2 * p[RELATED];
  }

  /**
   * Whether both neighbours of a headed entry are entries of the list of more than {@link
   * #SHORT_ENTRY_WORDS} words: the entry is then read as one of the headlines, whatever its words
   * lean to (decision 0054: "China, China, China!" among fifty headlines reads as furniture).
   */
  private static boolean amongHeadlines(DetectionContext context, FlagSink sink, int i) {
    return headlineEntry(context, sink, i - 1) && headlineEntry(context, sink, i + 1);
  }

  private static boolean headlineEntry(DetectionContext context, FlagSink sink, int j) {
    return j >= 0
        && j < context.size()
        && !shortLine(context, j)
        && sink.has(j, FlagType.RELATED_LINKS);
  }

  /** Furniture by words up to which a line's words hold nothing of furniture. */
  static final double NO_FURNITURE = 0.02;

  /** Related links by words from which such a line is read as a link. */
  static final double SOME_LINK = 0.08;

  /**
   * Whether the words hold nothing of page furniture (at most {@link #NO_FURNITURE}) and some of a
   * related link (from {@link #SOME_LINK}, the type they give most): a line the line model calls
   * furniture by its shape is then a headline of another story ("Sandy survivors face voting and
   * another storm", "Bidders say selection process was flawed"), which the words read as article
   * text first and as a link second. Decision 0066.
   */
  static boolean nothingOfFurniture(double[] p) {
    return p[CHROME] <= NO_FURNITURE && p[RELATED] >= SOME_LINK && argmaxType(p) == RELATED;
  }

  /** First words of a link box's heading ("More Boards", "Top Cities", "Latest Newscast"). */
  private static final Set<String> LINK_BOX_WORDS =
      Set.of(
          "more", "top", "latest", "popular", "recent", "most", "related", "trending", "featured");

  /**
   * Whether a line above the title starts like a link box's heading ("More BoardingArea Bloggers",
   * "Popular Tags"): the words then retype it as related links from {@link #RETYPE_PLACE}, as other
   * types, not from {@link #RETYPE_PLACE_RELATED}, and it is no outlet's name. Dev pages of issue
   * 16, session 13: 25 related-links inserts typed right, none wrong (decision 0054).
   */
  static boolean linkBoxHeading(String text) {
    java.util.regex.Matcher m = NAME_WORD.matcher(text);
    return m.find() && LINK_BOX_WORDS.contains(m.group().toLowerCase(Locale.ROOT));
  }

  /**
   * The line taken for the headline is flagged as page furniture from this probability by words,
   * with an article probability below {@link #FLAG_BELOW_ARTICLE} (decision 0048).
   */
  static final double MENU_TITLE = 0.5;

  /** The two broad types an element may announce, which the words may swap. */
  static final Set<FlagType> BROAD = Set.of(FlagType.SITE_CHROME, FlagType.RELATED_LINKS);

  /** The types narrower than an element's furniture or link box. */
  static final Set<FlagType> NARROWER =
      Set.of(
          FlagType.LEGAL_NOTICE, FlagType.METADATA, FlagType.AI_DISCLAIMER, FlagType.PROMOTIONAL);

  /**
   * Whether all of a block's flags name the evidence of their type: the HTML block model's with a
   * type an element announced, or the structure detector's entries of a list under a section header
   * ("Related Articles"; on plain text, decision 0045). A narrower type the words are very sure of
   * still wins: "Privacy policy" under a "More" header is a legal notice.
   */
  private static boolean announced(List<DetectorFlag> flags) {
    return !flags.isEmpty()
        && flags.stream()
            .allMatch(
                f ->
                    (f.detector().equals(HtmlExtractor.ID)
                            && !HtmlExtractor.typeFromShape(f)
                            && !HtmlExtractor.isReadersComments(f))
                        || headedList(f));
  }

  /** A structure flag of an entry under a section header (not a run of headline-like lines). */
  private static boolean headedList(DetectorFlag f) {
    return f.detector().equals(StructureDetector.ID)
        && f.type() == FlagType.RELATED_LINKS
        && !f.reason().startsWith(StructureDetector.RUN_REASON);
  }

  /** The detectors whose named type a narrower type of the words may replace. */
  private static final Set<String> ANNOUNCING = Set.of(HtmlExtractor.ID, StructureDetector.ID);

  /** Most lines embedded per text: bounds the cost to ~12 ms a text. */
  static final int MAX_EMBEDDED = 3;

  /** Lines longer than this are paragraphs: the model was trained on inserts and article lines. */
  static final int MAX_WORDS = 60;

  private final InsertTypeModel model;
  private final boolean embed;

  /** Whether unflagged lines may be flagged (plain text), or flags only retyped (HTML). */
  private final boolean decideArticle;

  /** The shipped model, with sentence embeddings for the uncertain lines. */
  public LearnedTypeDetector() {
    this(null, true);
  }

  /**
   * @param model another model (e.g. one being trained), or null for the shipped one
   * @param embed whether uncertain lines may be embedded (false: the words model alone)
   */
  public LearnedTypeDetector(InsertTypeModel model, boolean embed) {
    this(model, embed, true);
  }

  private LearnedTypeDetector(InsertTypeModel model, boolean embed, boolean decideArticle) {
    this.model = model;
    this.embed = embed;
    this.decideArticle = decideArticle;
  }

  /**
   * The HTML reading: the shipped words model alone, retyping flags whose type is a guess but never
   * flagging a block or taking a flag back (the block model decides what is article text there).
   */
  public static LearnedTypeDetector forHtml() {
    return new LearnedTypeDetector(null, false, false);
  }

  @Override
  public String id() {
    return ID;
  }

  private record Open(int block, double[] byWords) {}

  @Override
  public void detect(DetectionContext context, FlagSink sink) {
    InsertTypeModel m = model != null ? model : InsertTypeModel.shipped();
    List<Open> uncertain = new ArrayList<>();
    int n = context.size();
    double[][] probabilities = new double[n][];
    boolean[] open = new boolean[n];
    boolean[] generics = new boolean[n];
    double[] titleWords = null;
    for (int i = 0; i < n; i++) {
      if (context.features(i).words() > MAX_WORDS) {
        continue;
      }
      List<DetectorFlag> flags = sink.flagsOf(i);
      if (i == context.titleIndex()) {
        // the line taken for the headline is read only for menus (decision 0048); its words are
        // kept apart: a headline reads like a related link, and is no neighbour of a list
        if (decideArticle && flags.isEmpty()) {
          open[i] = true;
          titleWords = m.byWords(context.text(i));
        }
        continue;
      }
      if (flags.isEmpty() && !decideArticle) {
        continue; // HTML
      }
      // a generic guess above the metadata reader's byline or dateline is open too (decision 0057)
      generics[i] =
          !flags.isEmpty()
              && isGeneric(flags.get(0))
              && flags.stream().allMatch(f -> isGeneric(f) || credit(f));
      open[i] = flags.isEmpty() || generics[i] || byPlace(flags) || announced(flags);
      if (open[i]) {
        probabilities[i] = m.byWords(context.text(i));
      }
      if (flags.isEmpty() && sink.heldAsArticleList(i) && !heldButSure(probabilities[i])) {
        open[i] = false; // an entry of a list the article holds (decisions 0048, 0083)
        probabilities[i] = null;
      }
    }
    int[] span = textSpan(context, sink);
    boolean[] quietRun = quietRuns(sink, probabilities, span);
    ArticleBody body = new ArticleBody(context, sink, span);
    for (int i = 0; i < n; i++) {
      if (!open[i]) {
        continue;
      }
      List<DetectorFlag> flags = sink.flagsOf(i);
      boolean generic = generics[i];
      String text = context.text(i);
      double[] p = i == context.titleIndex() ? titleWords : probabilities[i];
      int best = argmaxType(p);
      if (i == context.titleIndex()) {
        if (menuTitle(text, p, best)) {
          String why =
              best == CHROME
                  ? reason(m, text, best, p[best], false)
                  : String.format(
                      Locale.ROOT,
                      "a menu of %d items: its words read as page furniture or related links"
                          + " together (%.2f)",
                      menuItems(text),
                      p[CHROME] + p[RELATED]);
          sink.add(
              i,
              FlagType.SITE_CHROME,
              Math.min(1, p[CHROME] + (best == CHROME ? 0 : p[RELATED])),
              ID,
              why + "; the line taken for the headline reads like the site's menu");
        } else if (best == RELATED
            && p[InsertTypeModel.ARTICLE] < FLAG_BELOW_ARTICLE
            && p[best] >= 0.5
            && body.offTopicHeadline(i)
            && body.sharedTerms(i) == 0) {
          // the line taken for the headline shares no content word with the body: a headline of
          // the article shares one at least far more often (dev pages: 51 inserts, 3 headlines)
          sink.add(
              i,
              FlagType.RELATED_LINKS,
              p[best],
              ID,
              reason(m, text, best, p[best], false)
                  + "; "
                  + body.offTopicReason(i)
                  + " (the line taken for the headline)");
        }
      } else if (announced(flags)) {
        // an element or a section header named the type (a <footer> says furniture, "More"
        // says links); a narrower type the words are very sure of wins: the copyright line of a
        // footer, the byline of a header, "Privacy policy" under "More"; furniture and links
        // swap when the words are sure: a headline in a <nav> is a related link
        FlagType type = InsertTypeModel.type(best);
        FlagType announcedType = flags.get(0).type();
        boolean narrower = NARROWER.contains(type) && p[best] >= RETYPE_ANNOUNCED;
        boolean headed = flags.get(0).detector().equals(StructureDetector.ID);
        boolean swap =
            BROAD.contains(type)
                && BROAD.contains(announcedType)
                && (p[best] >= swapThreshold(headed, type, context, i)
                    || (headed
                        && decideArticle
                        && !flags.get(0).reason().startsWith(StructureDetector.HEADER_REASON)
                        && leansToFurniture(p)
                        && !amongHeadlines(context, sink, i)));
        if (type != announcedType && (narrower || swap)) {
          sink.withdraw(i, ANNOUNCING);
          sink.add(
              i,
              type,
              p[best],
              ID,
              reason(m, text, best, p[best], false)
                  + (headed ? "; the structure detector saw " : "; the page's markup said ")
                  + label(flags.get(0).type()));
        }
      } else if (!generic && !flags.isEmpty()) {
        // the metadata reader's outlet or tagline line, typed by its place above the title; a
        // name stays the outlet's (the words model learnt outlet names at the top of pages as
        // furniture, which is how the labelling of the public pages calls them)
        FlagType type = InsertTypeModel.type(best);
        if (decideArticle && menuRow(text)) {
          sink.withdraw(i, Set.of(MetadataDetector.ID));
          sink.add(
              i,
              FlagType.SITE_CHROME,
              MENU_ROW_CONFIDENCE,
              ID,
              menuRowReason(
                  text, "the metadata reader took it for the outlet's line above the title"));
        } else if (flags.stream().anyMatch(StructureDetector::emptyLabel)) {
          // a label with nothing after it ("Skip to:", "Feeds:", "Our Properties:") names no
          // outlet: the structure detector's furniture stands (decision 0063)
          sink.withdraw(i, Set.of(MetadataDetector.ID));
        } else if (type != FlagType.METADATA && siteNamedElsewhere(context, i)) {
          // the page names its site on another line (decision 0057): this one is no outlet line
          sink.withdraw(i, Set.of(MetadataDetector.ID));
          sink.add(
              i,
              type,
              flags.get(0).confidence(),
              ID,
              reason(m, text, best, p[best], false)
                  + "; the metadata reader took it for the outlet's line above the title, but"
                  + " the site's own name"
                  + (context.siteName().host() == null
                      ? ""
                      : " (" + context.siteName().host() + ")")
                  + " is another line of the page");
        } else if ((!nameLike(text) || notTheSite(context, text))
            && type != FlagType.METADATA
            && p[best]
                >= (type == FlagType.RELATED_LINKS && !linkBoxHeading(text)
                    ? RETYPE_PLACE_RELATED
                    : notTheSite(context, text)
                        ? (type == FlagType.SITE_CHROME
                            ? RETYPE_PLACE_NOT_THE_SITE_CHROME
                            : RETYPE_PLACE_NOT_THE_SITE)
                        : RETYPE_PLACE)) {
          sink.withdraw(i, Set.of(MetadataDetector.ID));
          sink.add(
              i,
              type,
              p[best],
              ID,
              reason(m, text, best, p[best], false)
                  + "; the metadata reader took it for the outlet's line above the title");
        }
      } else if (generic
          && decideArticle
          && menuRow(text)
          && flags.get(0).type() != FlagType.SITE_CHROME) {
        FlagType current = flags.get(0).type();
        sink.withdraw(i, GENERIC);
        sink.add(
            i,
            FlagType.SITE_CHROME,
            MENU_ROW_CONFIDENCE,
            ID,
            menuRowReason(text, flags.get(0).detector() + " saw " + label(current)));
      } else if (generic) {
        FlagType current = flags.get(0).type();
        FlagType type = InsertTypeModel.type(best);
        double sure =
            switch (type) {
              case METADATA -> SURE_METADATA;
              case RELATED_LINKS -> SURE_RELATED;
              default -> SURE;
            };
        boolean broad = BROAD.contains(type) && BROAD.contains(current);
        if (broad) {
          sure = Math.min(sure, SWAP_GENERIC); // the shape said "furniture or links"
        }
        // on plain text the words may lean: twice as much of the other broad type, from 0.2
        boolean leaning =
            broad
                && decideArticle
                && ((p[best] >= SWAP_LEANING && p[best] >= 2 * p[InsertTypeModel.classOf(current)])
                    || (current == FlagType.SITE_CHROME
                        && type == FlagType.RELATED_LINKS
                        && nothingOfFurniture(p)));
        boolean credit = flags.stream().anyMatch(LearnedTypeDetector::credit);
        if ((p[best] >= sure || leaning)
            && type != current
            && (type == FlagType.METADATA || !credit)
            && InsertTypeModel.classOf(current) >= 0) {
          sink.withdraw(i, GENERIC);
          sink.add(
              i,
              type,
              p[best] >= sure ? p[best] : flags.get(0).confidence(),
              ID,
              reason(m, text, best, p[best], false)
                  + "; "
                  + flags.get(0).detector()
                  + " saw "
                  + label(current));
        } else if (credit) {
          // the reader's pattern (a byline, a date) names the type; the shape only guessed it
          sink.withdraw(i, GENERIC);
        }
      } else if (p[InsertTypeModel.ARTICLE] < FLAG_BELOW_ARTICLE
          && p[best] >= 0.5
          && (best != RELATED || listEntry(sink, probabilities, i) || body.offTopicHeadline(i))
          && !subheading(context, sink, i, best)
          && !quietLineOfTheText(sink, probabilities, span, i, best, p[best])
          && !quietRun[i]) {
        if (best == RELATED && !listEntry(sink, probabilities, i) && body.offTopicHeadline(i)) {
          sink.add(
              i,
              FlagType.RELATED_LINKS,
              p[best],
              ID,
              reason(m, text, best, p[best], false) + "; " + body.offTopicReason(i));
        } else if (menuRow(text) && InsertTypeModel.type(best) != FlagType.SITE_CHROME) {
          sink.add(
              i,
              FlagType.SITE_CHROME,
              MENU_ROW_CONFIDENCE,
              ID,
              menuRowReason(text, "its words read as " + label(InsertTypeModel.type(best))));
        } else {
          sink.add(
              i, InsertTypeModel.type(best), p[best], ID, reason(m, text, best, p[best], false));
        }
      } else if (p[InsertTypeModel.ARTICLE] < SURE_ARTICLE
          && p[InsertTypeModel.ARTICLE] >= UNSURE) {
        uncertain.add(new Open(i, p));
      }
    }
    if (!embed || uncertain.isEmpty()) {
      return;
    }
    // the closest calls first: the unflagged lines whose article probability is nearest one half
    uncertain.sort(
        (a, b) ->
            Double.compare(
                Math.abs(a.byWords()[InsertTypeModel.ARTICLE] - 0.5),
                Math.abs(b.byWords()[InsertTypeModel.ARTICLE] - 0.5)));
    List<Open> chosen = uncertain.subList(0, Math.min(MAX_EMBEDDED, uncertain.size()));
    List<String> texts = new ArrayList<>(chosen.size());
    for (Open o : chosen) {
      String t = context.text(o.block());
      texts.add(t.length() > 600 ? t.substring(0, 600) : t);
    }
    List<float[]> vectors = SentenceEmbedder.shared().embedAll(texts);
    for (int k = 0; k < chosen.size(); k++) {
      Open o = chosen.get(k);
      double[] q = m.byMeaning(vectors.get(k));
      double[] both = new double[q.length];
      for (int c = 0; c < q.length; c++) {
        both[c] = (q[c] + o.byWords()[c]) / 2;
      }
      int best = argmaxType(both);
      String text = context.text(o.block());
      if (both[InsertTypeModel.ARTICLE] < 0.35
          && both[best] >= 0.4
          && (best != RELATED || listEntry(sink, probabilities, o.block()))
          && !subheading(context, sink, o.block(), best)
          && !quietLineOfTheText(sink, probabilities, span, o.block(), best, both[best])) {
        sink.add(
            o.block(),
            InsertTypeModel.type(best),
            both[best],
            ID,
            reason(m, text, best, both[best], true));
      }
    }
  }

  private static final int RELATED = InsertTypeModel.classOf(FlagType.RELATED_LINKS);

  /** Content terms from which a line's share of the article's vocabulary is evidence. */
  static final int TOPIC_MIN_TERMS = 2;

  /** The share of a line's content terms in the article's body up to which it is off its topic. */
  static final double TOPIC_MAX_SHARED = 0.25;

  /** Words up to which a line is headline-shaped (a longer one is the article's prose). */
  static final int TOPIC_MAX_WORDS = StructureDetector.PROSE_WORDS;

  /**
   * The article's body for topic evidence (decision 0058): the content terms of its paragraphs of
   * the main prose that no detector has flagged when the first question comes. A lone line the
   * words take for a related link, outside the text (above the line just before its first
   * paragraph, or after its last), that shares at most a quarter of its content terms (two at
   * least) with those paragraphs is another story's headline: an article's own headline, dek or
   * closing line continues its topic. The line just above the first paragraph is left alone: that
   * is where the article's own headline stands, and headlines are often written in words the body
   * does not repeat.
   */
  private static final class ArticleBody {
    private final DetectionContext context;
    private final FlagSink sink;
    private final int[] span;
    private TermVector terms;

    ArticleBody(DetectionContext context, FlagSink sink, int[] span) {
      this.context = context;
      this.sink = sink;
      this.span = span;
    }

    boolean offTopicHeadline(int i) {
      if (span[0] < 0 || (i >= span[0] - 1 && i <= span[1])) {
        return false;
      }
      if (context.features(i).words() > TOPIC_MAX_WORDS) {
        return false;
      }
      TermVector line = context.termVector(i);
      int n = line.size();
      return n >= TOPIC_MIN_TERMS && line.termsSharedWith(body()) <= TOPIC_MAX_SHARED * n;
    }

    int sharedTerms(int i) {
      return context.termVector(i).termsSharedWith(body());
    }

    String offTopicReason(int i) {
      TermVector line = context.termVector(i);
      return String.format(
          Locale.ROOT,
          "a lone headline %s the article's text that shares %d of its %d content words with it:"
              + " another story's",
          i < span[0] ? "above" : "after",
          line.termsSharedWith(body()),
          line.size());
    }

    private TermVector body() {
      if (terms == null) {
        terms = new TermVector(256);
        for (int j = span[0]; j <= span[1]; j++) {
          if (j >= 0 && prose(context, sink, j)) {
            terms.add(context.termVector(j), 1);
          }
        }
      }
      return terms;
    }
  }

  /**
   * An entry under a section header that the words take for page furniture, with this probability
   * or more, is furniture when it is short (three words at most) or a row of links between bars:
   * "Accessibility", "Sony", "Forgot Password | Sign Up" under "Related Stories", and has a short
   * line beside it (the header, or another short entry). A longer entry, or a short one among
   * headlines, is a headline, which the words often misread as furniture (a sample's "China, China,
   * China!" among fifty headlines reads as furniture at 0.88), and keeps {@link
   * #RETYPE_SWAP_HEADED}. Issue 16, session 13, dev pages: 59 site-chrome inserts typed right for 1
   * related link typed wrong (decision 0054).
   */
  static final double RETYPE_SWAP_HEADED_SHORT = 0.5;

  /** Words of an entry under a section header up to which it counts as short. */
  static final int SHORT_ENTRY_WORDS = 3;

  private static double swapThreshold(
      boolean headed, FlagType type, DetectionContext context, int i) {
    if (!headed) {
      return RETYPE_SWAP;
    }
    boolean shortEntry =
        (shortLine(context, i) || menuItems(context.text(i)) >= 2)
            && (shortLine(context, i - 1) || shortLine(context, i + 1));
    return type == FlagType.SITE_CHROME && shortEntry
        ? RETYPE_SWAP_HEADED_SHORT
        : RETYPE_SWAP_HEADED;
  }

  private static boolean shortLine(DetectionContext context, int i) {
    return i >= 0 && i < context.size() && context.features(i).words() <= SHORT_ENTRY_WORDS;
  }

  /** Items from which a row of links between bars or bullets is the site's navigation. */
  static final int MENU_ROW_ITEMS = 4;

  static final double MENU_ROW_CONFIDENCE = 0.8;

  private static final java.util.regex.Pattern COPYRIGHT =
      java.util.regex.Pattern.compile(
          "©|\\(c\\) ?\\d{4}|\\bcopyright\\b|all rights reserved",
          java.util.regex.Pattern.CASE_INSENSITIVE);

  /**
   * Whether a line is a row of four links or more between bars, bullets or backslashes without a
   * copyright notice: navigation, whatever its items say ("About Us | Site Map | Terms of Use |
   * Privacy Policy | Careers" is a footer's menu, not a legal notice; "Jackson Citizen Patriot |
   * Kalamazoo Gazette | Muskegon Chronicle | Saginaw News" a network's menu, not related links). On
   * the dev pages of issue 16 (session 13): 93 site-chrome inserts typed right, 2 typed wrong. A
   * row of three ("Privacy | Terms | Cookies") is left to the words.
   */
  static boolean menuRow(String text) {
    return menuItems(text) >= MENU_ROW_ITEMS && !COPYRIGHT.matcher(text).find();
  }

  private static String menuRowReason(String text, String besides) {
    return "a row of "
        + menuItems(text)
        + " links between bars or bullets: the site's navigation; "
        + besides;
  }

  private static final int CHROME = InsertTypeModel.classOf(FlagType.SITE_CHROME);

  /**
   * Whether the line the header reader took for the headline (the first headline-like line of the
   * head, decision 0031) is page furniture by its words: "Skip to main content", "Subscribe to this
   * blog's feed", "Login | Register | FAQ" above the real title. Furniture only when the words give
   * it most: headlines read as related links to them, datelines as metadata. A line of three items
   * or more between bars or bullets ("Home | News | Sport | National | League") is a menu when
   * furniture and links together reach one half, as its words often split between the two (0.45 and
   * 0.47). On the dev pages of issue 16: 104 more inserts caught, 3 more article lines flagged
   * (decision 0048).
   */
  static boolean menuTitle(String text, double[] p, int best) {
    if (p[InsertTypeModel.ARTICLE] >= FLAG_BELOW_ARTICLE) {
      return false;
    }
    return (best == CHROME && p[best] >= MENU_TITLE)
        || (BROAD.contains(InsertTypeModel.type(best))
            && p[CHROME] + p[RELATED] >= MENU_TITLE
            && menuItems(text) >= 3);
  }

  private static final java.util.regex.Pattern MENU_SEPARATOR =
      java.util.regex.Pattern.compile("\\s[|•\\\\]+\\s");

  /** The items of a line between bars, bullets or backslashes ("Home | News" has two). */
  static int menuItems(String text) {
    int items = 0;
    for (String part : MENU_SEPARATOR.split(" " + text + " ")) {
      if (!part.isBlank()) {
        items++;
      }
    }
    return items;
  }

  /**
   * Whether an unflagged line the words take for furniture or a related link stands between two
   * unflagged paragraphs of the main prose: a subheading ("Economy", "Photos get better", "About
   * Logitech"), as the structure detector and the line model already judged it. On the dev pages of
   * issue 16, 75 article lines and 4 inserts were flagged so (decision 0048); the narrower types (a
   * legal notice, a byline, a promotion, an AI disclosure) still flag it.
   */
  static boolean subheading(DetectionContext context, FlagSink sink, int i, int best) {
    return BROAD.contains(InsertTypeModel.type(best))
        && prose(context, sink, i - 1)
        && prose(context, sink, i + 1);
  }

  /**
   * The words' certainty from which a line inside the article's text is flagged whatever its
   * neighbours.
   */
  static final double SURE_INSIDE = 0.9;

  /**
   * The article's text: from its first to its last unflagged paragraph of the main prose ({@code
   * [first, last]}), or {@code [-1, -1]} when it has none.
   */
  private static int[] textSpan(DetectionContext context, FlagSink sink) {
    int first = -1;
    int last = -1;
    for (int i = 0; i < context.size(); i++) {
      if (prose(context, sink, i)) {
        first = first < 0 ? i : first;
        last = i;
      }
    }
    return new int[] {first, last};
  }

  /**
   * Whether a line the words take for furniture or a related link, without being sure, stands
   * inside the article's text (after its first paragraph of the main prose and before its last)
   * with neighbours that are no inserts: neither flagged (a byline or dateline aside) nor lines the
   * words take for one. Such a line is a piece of the article the words do not know: a table's cell
   * or heading ("Capital", "GDP (nominal)", "July (°C)"), an entry of a recipe or a list ("Fresh
   * Cranberry Relish"), a step ("2. Add Lines"). Furniture and links come in runs and at the edges
   * of the text; the narrower types (a legal notice, a promotion, a byline, an AI disclosure) still
   * flag such a line. On the dev pages of issue 16: 77 article lines and 2 inserts were flagged so
   * (decision 0050). A short run of such lines is read alike by {@link #quietRuns}.
   */
  static boolean quietLineOfTheText(
      FlagSink sink, double[][] probabilities, int[] span, int i, int best, double sureness) {
    if (!BROAD.contains(InsertTypeModel.type(best))
        || sureness >= SURE_INSIDE
        || i <= span[0]
        || i >= span[1]) {
      return false;
    }
    return !insertLike(sink, probabilities, i - 1) && !insertLike(sink, probabilities, i + 1);
  }

  /**
   * Whether the words flag an entry of a list the article holds all the same: when they are sure
   * ({@link #SURE}) of a narrower type than furniture or a link. A byline or a copyright line under
   * a list (the lines a colon announced run on to it) is no entry of the list (decision 0083).
   */
  static boolean heldButSure(double[] p) {
    int best = argmaxType(p);
    return NARROWER.contains(InsertTypeModel.type(best))
        && p[InsertTypeModel.ARTICLE] < FLAG_BELOW_ARTICLE
        && p[best] >= SURE;
  }

  /** Lines a run of {@link #quietRuns} has at the most. */
  static final int QUIET_RUN_LINES = 8;

  /**
   * The lines of short runs the words doubt inside the article's text: the same evidence as {@link
   * #quietLineOfTheText}, for a run instead of a lone line. Two to {@link #QUIET_RUN_LINES} lines
   * in a row, after the text's first paragraph of the main prose and before its last, that no other
   * detector flagged and that the words take for furniture or a related link without being sure
   * (from 0.5 to under {@link #SURE_INSIDE}), with a line above and a line below that is no insert
   * (neither flagged nor one the words take for one). Such a run is a short list of the article the
   * words do not know: its entries look alike, so each was the other's insert-like neighbour
   * ("Nikon – FX (full frame), DX (cropped)" under "Canon – EF (full frame)…", "Sugars: refined,
   * processed, white", two names under a photo). A link box spliced into the text has a header or
   * an entry the words are sure of, which ends the run there. Read before this detector flags
   * anything, so its own flags do not make a neighbour. On the dev pages held out by site: 16
   * article lines no longer flagged, no insert missed (decision 0083).
   *
   * @return for each line, whether it belongs to such a run
   */
  static boolean[] quietRuns(FlagSink sink, double[][] probabilities, int[] span) {
    int n = probabilities.length;
    boolean[] quiet = new boolean[n];
    int i = span[0] + 1;
    while (i < span[1]) {
      if (!doubtedEntry(sink, probabilities, i)) {
        i++;
        continue;
      }
      int end = i;
      while (end < span[1] && doubtedEntry(sink, probabilities, end)) {
        end++;
      }
      if (end - i >= 2
          && end - i <= QUIET_RUN_LINES
          && end < span[1]
          && !insertLike(sink, probabilities, i - 1)
          && !insertLike(sink, probabilities, end)) {
        Arrays.fill(quiet, i, end, true);
      }
      i = end;
    }
    return quiet;
  }

  /** A line no detector flagged that the words take for furniture or a link, not sure of it. */
  private static boolean doubtedEntry(FlagSink sink, double[][] probabilities, int j) {
    double[] p = probabilities[j];
    if (p == null || sink.isFlagged(j)) {
      return false;
    }
    int best = argmaxType(p);
    return BROAD.contains(InsertTypeModel.type(best))
        && p[InsertTypeModel.ARTICLE] < FLAG_BELOW_ARTICLE
        && p[best] >= 0.5
        && p[best] < SURE_INSIDE;
  }

  /** A flagged line (a byline or dateline aside), or one the words take for an insert. */
  private static boolean insertLike(FlagSink sink, double[][] probabilities, int j) {
    if (j < 0 || j >= probabilities.length) {
      return false;
    }
    if (sink.flagsOf(j).stream().anyMatch(f -> f.type() != FlagType.METADATA)) {
      return true;
    }
    double[] p = probabilities[j];
    return p != null && p[InsertTypeModel.ARTICLE] < FLAG_BELOW_ARTICLE && p[argmaxType(p)] >= 0.5;
  }

  private static boolean prose(DetectionContext context, FlagSink sink, int i) {
    return i >= 0
        && i < context.size()
        && i != context.titleIndex()
        && !sink.isFlagged(i)
        && context.features(i).paragraph()
        && context.features(i).words() >= StructureDetector.PROSE_WORDS;
  }

  /**
   * Whether a line the model takes for a related link has a neighbour that is one too: a list of
   * links has two entries at least, and a lone headline-like line between paragraphs is a
   * subheading.
   */
  private static boolean listEntry(FlagSink sink, double[][] probabilities, int i) {
    for (int j = i - 1; j <= i + 1; j += 2) {
      if (j < 0 || j >= probabilities.length) {
        continue;
      }
      if (sink.has(j, FlagType.RELATED_LINKS)
          || (probabilities[j] != null && probabilities[j][RELATED] >= 0.5)) {
        return true;
      }
    }
    return false;
  }

  /** The metadata reader's byline or dateline flag: a pattern of the line, not its place. */
  private static boolean credit(DetectorFlag flag) {
    return flag.detector().equals(MetadataDetector.ID)
        && (flag.reason().equals(MetadataDetector.BYLINE_REASON)
            || flag.reason().equals(MetadataDetector.DATELINE_REASON));
  }

  /**
   * A flag whose type is a guess from shape: the line model's, a structure flag of a headline run,
   * or the HTML block model's where no element announced the type. A structure flag under a section
   * header ("Related Articles") or a block inside {@code <nav>} names its evidence and stands.
   */
  static boolean isGeneric(DetectorFlag flag) {
    return flag.detector().equals(LineModelDetector.ID)
        || (flag.detector().equals(StructureDetector.ID)
            && flag.reason().startsWith(StructureDetector.RUN_REASON))
        || HtmlExtractor.typeFromShape(flag);
  }

  private static final java.util.regex.Pattern NAME_WORD =
      java.util.regex.Pattern.compile("[\\p{L}\\p{N}'.&-]+");

  private static final java.util.regex.Pattern NOT_IN_NAMES =
      java.util.regex.Pattern.compile("[|/»›:•<>#@©]");

  private static final Set<String> NAME_PARTICLES = Set.of("of", "the", "and", "de", "la", "&");

  /**
   * Words of site furniture: a line made of these alone ("Home Page", "More…", "Recent Comments",
   * "Search This Site", "About the Author") names a menu entry or a link box, not an outlet
   * (decision 0048). An outlet's name has a word of its own ("CBS News", "Harbour Ledger"). Session
   * 13 added the common words of services and sections ("Subscriber Services", "Member Center",
   * "Reviews", "Football", "Crosswords"): on the dev pages 68 such lines above the title were typed
   * as the outlet's name, against 4 article lines ("Football News") (decision 0054).
   */
  static final Set<String> FURNITURE_WORDS =
      Set.of(
          "a",
          "about",
          "account",
          "add",
          "admin",
          "ads",
          "advanced",
          "advertise",
          "all",
          "and",
          "archive",
          "archives",
          "arts",
          "athletics",
          "author",
          "authors",
          "autos",
          "back",
          "bar",
          "baseball",
          "basketball",
          "blog",
          "blogs",
          "books",
          "business",
          "buy",
          "career",
          "careers",
          "cars",
          "categories",
          "category",
          "center",
          "centre",
          "chat",
          "classifieds",
          "columnists",
          "columns",
          "comics",
          "comment",
          "comments",
          "community",
          "contact",
          "content",
          "contributors",
          "cricket",
          "crosswords",
          "culture",
          "delivery",
          "directory",
          "discover",
          "donate",
          "edition",
          "editions",
          "education",
          "email",
          "entertainment",
          "event",
          "events",
          "family",
          "faq",
          "fashion",
          "feature",
          "features",
          "feed",
          "feeds",
          "finance",
          "follow",
          "food",
          "football",
          "for",
          "forum",
          "forums",
          "free",
          "galleries",
          "gallery",
          "games",
          "gaming",
          "go",
          "golf",
          "health",
          "help",
          "hide",
          "hockey",
          "home",
          "homes",
          "horoscopes",
          "in",
          "international",
          "investing",
          "jobs",
          "join",
          "latest",
          "life",
          "lifestyle",
          "link",
          "links",
          "listings",
          "living",
          "loading",
          "local",
          "log",
          "login",
          "main",
          "make",
          "markets",
          "member",
          "members",
          "menu",
          "money",
          "more",
          "most",
          "movies",
          "music",
          "my",
          "national",
          "navigation",
          "network",
          "new",
          "newer",
          "news",
          "newsletter",
          "next",
          "obituaries",
          "of",
          "older",
          "olympics",
          "on",
          "opinion",
          "page",
          "pages",
          "photo",
          "photos",
          "pictures",
          "podcast",
          "podcasts",
          "politics",
          "popular",
          "post",
          "posts",
          "premium",
          "previous",
          "print",
          "products",
          "property",
          "publications",
          "puzzles",
          "quick",
          "radio",
          "read",
          "recent",
          "regional",
          "register",
          "related",
          "review",
          "reviews",
          "rss",
          "rugby",
          "schedule",
          "schedules",
          "science",
          "search",
          "section",
          "sections",
          "services",
          "set",
          "share",
          "shopping",
          "sign",
          "site",
          "skip",
          "soccer",
          "sport",
          "sports",
          "standings",
          "stories",
          "story",
          "style",
          "subscribe",
          "subscriber",
          "subscribers",
          "support",
          "tag",
          "tags",
          "tech",
          "technology",
          "tennis",
          "the",
          "theater",
          "theatre",
          "this",
          "to",
          "today",
          "tools",
          "top",
          "travel",
          "trending",
          "tutorials",
          "tv",
          "uk",
          "us",
          "video",
          "videos",
          "viewed",
          "weather",
          "with",
          "world",
          "your",
          "youth");

  /**
   * Whether another line of the page, not line {@code i}, is the site's own name as the importer
   * knows it ({@link DetectionContext#siteName}, decision 0057).
   */
  private static boolean siteNamedElsewhere(DetectionContext context, int i) {
    SiteName site = context.siteName();
    if (!site.known() || site.matches(context.text(i))) {
      return false;
    }
    for (int j = 0; j < context.size(); j++) {
      if (j != i && SiteNameDetector.namesSite(context, j)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the importer gave the page's address and the line carries nothing of the site's name
   * ({@link SiteName#echoes}): a name-like line above the title is then a section, a menu entry or
   * another site's name ("Eye Candy", "Drew Peterson", "TV PATROL"), not this outlet's, and its
   * words may retype it as for any other line (decision 0061). Without an address a name-like line
   * stays the outlet's.
   */
  private static boolean notTheSite(DetectionContext context, String text) {
    SiteName site = context.siteName();
    // a day's number or a month above the title is a date badge, not a name
    return site.host() != null && !site.echoes(text) && !DateParser.isDatePart(text);
  }

  /**
   * Whether a line reads like a name ("Harbour Ledger", "Example.com"): five words at most, each
   * capitalised (or a number, or a particle such as "of"), no separators of menus, and not made of
   * {@link #FURNITURE_WORDS} alone.
   */
  static boolean nameLike(String text) {
    if (NOT_IN_NAMES.matcher(text).find() || linkBoxHeading(text)) {
      return false;
    }
    java.util.regex.Matcher m = NAME_WORD.matcher(text);
    int words = 0;
    boolean ownWord = false;
    while (m.find()) {
      String w = m.group();
      char c = w.charAt(0);
      String lower = w.toLowerCase(Locale.ROOT);
      if (++words > 5
          || !(Character.isUpperCase(c)
              || Character.isDigit(c)
              || NAME_PARTICLES.contains(lower))) {
        return false;
      }
      ownWord |= !FURNITURE_WORDS.contains(stripDots(lower));
    }
    return words > 0 && ownWord;
  }

  private static String stripDots(String word) {
    int end = word.length();
    while (end > 0 && (word.charAt(end - 1) == '.' || word.charAt(end - 1) == '…')) {
      end--;
    }
    return word.substring(0, end);
  }

  /** Whether all the line's flags are the metadata reader's outlet or tagline, given by place. */
  static boolean byPlace(List<DetectorFlag> flags) {
    return !flags.isEmpty()
        && outletByPlace(flags.get(0))
        && flags.stream().allMatch(f -> outletByPlace(f) || StructureDetector.emptyLabel(f));
  }

  private static boolean outletByPlace(DetectorFlag f) {
    return f.detector().equals(MetadataDetector.ID)
        && (f.reason().equals(MetadataDetector.OUTLET_REASON)
            || f.reason().equals(MetadataDetector.TAGLINE_REASON));
  }

  private static int argmaxType(double[] p) {
    int best = 1;
    for (int c = 2; c < p.length; c++) {
      if (p[c] > p[best]) {
        best = c;
      }
    }
    return best;
  }

  private static String reason(
      InsertTypeModel m, String text, int c, double p, boolean withMeaning) {
    StringBuilder sb = new StringBuilder();
    sb.append(
        String.format(
            Locale.ROOT,
            "reads like %s learnt from real pages (%.2f, by its words%s)",
            label(InsertTypeModel.type(c)),
            p,
            withMeaning ? " and its meaning" : ""));
    List<String> words = m.evidence(text, c, 3);
    if (!words.isEmpty()) {
      sb.append(": '").append(String.join("', '", words)).append('\'');
    }
    return sb.toString();
  }

  private static String label(FlagType type) {
    return switch (type) {
      case AI_DISCLAIMER -> "an AI disclosure";
      case PROMOTIONAL -> "promotion";
      case RELATED_LINKS -> "a related-links entry";
      case SITE_CHROME -> "page furniture";
      case LEGAL_NOTICE -> "a legal notice";
      case METADATA -> "a byline or dateline";
      default -> type.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    };
  }
}
