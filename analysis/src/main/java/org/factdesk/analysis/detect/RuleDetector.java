package org.factdesk.analysis.detect;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.factdesk.analysis.FlagType;

/** Flags blocks that match a {@link RuleSet}: the admin-editable, data-driven detector. */
public final class RuleDetector implements Detector {
  public static final String ID = "rules";
  private final RuleSet rules;

  public RuleDetector(RuleSet rules) {
    this.rules = Objects.requireNonNull(rules, "rules");
  }

  @Override
  public String id() {
    return ID;
  }

  @Override
  public void detect(DetectionContext context, FlagSink sink) {
    RuleSet.BlockMatcher matcher = rules.matcher();
    boolean scanned = context.prefiltersFor(rules);
    for (int i = 0; i < context.size(); i++) {
      // an article's own title is never chrome, even when it happens to match a short rule
      if (i == context.titleIndex()) {
        continue;
      }
      String lower = context.features(i).lower();
      List<Rule> matched =
          scanned
              ? matcher.match(context.text(i), lower, context.prefilterHits(i))
              : matcher.match(context.text(i), lower);
      for (Rule rule : matched) {
        sink.add(i, rule.type(), rule.confidence(), ID, reason(rule));
      }
    }
  }

  private String reason(Rule rule) {
    String what =
        switch (rule.kind()) {
          case LINE -> "the whole line is '" + rule.pattern() + "'";
          case PHRASE -> "contains the phrase '" + rule.pattern() + "'";
          case REGEX -> "matches the pattern " + rule.pattern();
        };
    String note = rule.note().isEmpty() ? "" : " (" + rule.note() + ")";
    return what
        + note
        + ", "
        + label(rule.type())
        + " rule at line "
        + rule.lineNumber()
        + " of rules v"
        + rules.version();
  }

  private static String label(FlagType type) {
    return type.name().toLowerCase(Locale.ROOT).replace('_', ' ');
  }
}
