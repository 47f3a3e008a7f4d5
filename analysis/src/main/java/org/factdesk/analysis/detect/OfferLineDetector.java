package org.factdesk.analysis.detect;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.factdesk.analysis.DetectorFlag;
import org.factdesk.analysis.FlagType;

/**
 * A line another detector flagged as page furniture or a related link that carries an offer or a
 * sponsor's mark ("Up to 45% off", "BUY NOW", "Coupon Codes", "Featured Broker sponsored link",
 * "Presented by …") is {@link FlagType#PROMOTIONAL} (decision 0061). The shape detectors see a
 * short line in a run of short lines or under "Related Stories" and say "furniture or links"; the
 * words model knows the offers of the sites it was trained on, not the next site's. The cue is the
 * commerce itself, which reads the same on every site. That the line is an insert stays the other
 * detector's call (its confidence is kept); only the type changes. Runs after the learned types, on
 * both paths; a row of menu links ("About | Advertising | Contact") and a long line are left.
 */
public final class OfferLineDetector implements Detector {
  public static final String ID = "offer";

  /** Offers, prices cut, calls to buy, and the marks of paid or sponsored content. */
  static final Pattern OFFER =
      Pattern.compile(
          "\\b(?:sponsor(?:ed|s)?|coupons?|(?:promo|discount|coupon) codes?|\\d+ ?% off|buy now"
              + "|order (?:now|today)|shop now|you save|presented by|brought to you by"
              + "|advertisements?|paid (?:post|content)|special offers?)\\b",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  /** A line longer than this is a sentence, which the promotional detector judges. */
  static final int MAX_WORDS = 25;

  /** Separators of a menu row: three or more make the line navigation, whatever its words. */
  private static final Pattern SEPARATOR = Pattern.compile("\\s[|•·]\\s");

  private static final Set<FlagType> BROAD = Set.of(FlagType.SITE_CHROME, FlagType.RELATED_LINKS);

  @Override
  public String id() {
    return ID;
  }

  @Override
  public void detect(DetectionContext context, FlagSink sink) {
    for (int i = 0; i < context.size(); i++) {
      if (!sink.isFlagged(i) || context.features(i).words() > MAX_WORDS) {
        continue;
      }
      DetectorFlag top = sink.flagsOf(i).get(0);
      if (!BROAD.contains(top.type())) {
        continue;
      }
      String text = context.text(i);
      Matcher m = OFFER.matcher(text);
      if (!m.find() || separators(text) >= 2) {
        continue;
      }
      sink.withdrawDetectorsFlagging(i, BROAD::contains);
      sink.add(
          i,
          FlagType.PROMOTIONAL,
          top.confidence(),
          ID,
          "an offer or a sponsor's line ('"
              + m.group().toLowerCase(Locale.ROOT)
              + "'); "
              + top.detector()
              + " saw "
              + (top.type() == FlagType.SITE_CHROME ? "page furniture" : "a related link"));
    }
  }

  private static int separators(String text) {
    Matcher m = SEPARATOR.matcher(text);
    int n = 0;
    while (m.find()) {
      n++;
    }
    return n;
  }
}
