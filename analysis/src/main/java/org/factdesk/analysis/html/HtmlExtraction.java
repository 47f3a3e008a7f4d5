package org.factdesk.analysis.html;

import java.util.List;
import java.util.Map;
import org.factdesk.analysis.ArticleMetadata;
import org.factdesk.analysis.DetectorFlag;
import org.factdesk.analysis.TextBlock;

/**
 * What HTML extraction produced.
 *
 * @param blocks all text blocks in reading order, offsets into the markup
 * @param boilerplate flags for blocks outside the main content or inside boilerplate elements, by
 *     block index
 * @param metadata from meta tags, JSON-LD and the html lang attribute
 */
public record HtmlExtraction(
    List<TextBlock> blocks, Map<Integer, DetectorFlag> boilerplate, ArticleMetadata metadata) {
  public HtmlExtraction {
    blocks = List.copyOf(blocks);
    boilerplate = Map.copyOf(boilerplate);
  }
}
