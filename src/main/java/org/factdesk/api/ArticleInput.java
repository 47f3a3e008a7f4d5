package org.factdesk.api;

import jakarta.ws.rs.BadRequestException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.factdesk.analysis.ContentHint;
import org.factdesk.analysis.SourceInfo;
import org.factdesk.article.ImportRequest;

/**
 * One article as JSON, the same shape as a line of a JSONL import: {@code text} or {@code html},
 * plus optional {@code url}, {@code title}, {@code outlet} and {@code published} (yyyy-MM-dd).
 */
public record ArticleInput(
    String text, String html, String url, String title, String outlet, String published) {

  static ArticleInput require(ArticleInput input) {
    if (input == null) {
      throw new BadRequestException(
          "The body is empty: send {\"text\": \"...\"} or {\"html\": \"...\"}.");
    }
    return input;
  }

  ImportRequest toRequest(String origin) {
    boolean hasText = text != null && !text.isBlank();
    boolean hasHtml = html != null && !html.isBlank();
    if (hasText == hasHtml) {
      throw new BadRequestException(
          hasText
              ? "Give either \"text\" or \"html\", not both."
              : "Field \"text\" or \"html\" is required and must not be blank.");
    }
    byte[] bytes = (hasText ? text : html).getBytes(StandardCharsets.UTF_8);
    SourceInfo source = new SourceInfo(url, outlet, title, date(published));
    return new ImportRequest(bytes, hasText ? ContentHint.TEXT : ContentHint.HTML, source, origin);
  }

  static LocalDate date(String published) {
    return Params.date("Field \"published\"", published);
  }
}
