package org.factdesk.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.List;
import org.factdesk.analysis.claim.SpanType;
import org.factdesk.article.ArticleDetail;
import org.factdesk.claim.ClaimDetail;
import org.factdesk.web.Highlights.Mark;
import org.factdesk.web.Highlights.Segment;

/**
 * The pieces the {@code fd:highlighted} component shows, for any page: a claim's spans or a claim
 * candidate's (whose offsets count from the start of its block, see {@link Highlights#placed}).
 */
@Named
@ApplicationScoped
public class SpanHighlighter {

  /** The sentence cut at its spans; a span of a kind not known here is dropped. */
  public List<Segment> of(String text, List<?> spans) {
    List<Mark> marks = new ArrayList<>();
    for (Object span : spans == null ? List.of() : spans) {
      if (span instanceof ClaimDetail.Span s) {
        marks.add(new Mark(s.start(), s.end(), s.type().name(), s.text()));
      } else if (span instanceof ArticleDetail.SpanView s) {
        marks.add(new Mark(s.start(), s.end(), s.type(), s.text()));
      }
    }
    return Highlights.segments(text, Highlights.placed(text, marks));
  }

  /** Every kind of span, for the legend. */
  public List<SpanType> getTypes() {
    return List.of(SpanType.values());
  }
}
