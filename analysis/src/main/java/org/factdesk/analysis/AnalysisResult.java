package org.factdesk.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.factdesk.analysis.claim.FoundClaim;
import org.factdesk.analysis.dedupe.MinHashSignature;
import org.factdesk.analysis.dedupe.SimHash;
import org.factdesk.analysis.detect.LineFingerprint;

/**
 * Everything the engine found in one article. Immutable.
 *
 * @param format what the input was treated as: {@link ContentHint#TEXT} or {@link ContentHint#HTML}
 * @param charset name of the charset the bytes were decoded with
 * @param malformedInput true when some bytes were invalid and replaced by U+FFFD
 * @param decodedText the decoded input (text or markup) that block offsets refer to
 * @param metadata title, outlet, date, url, author, language
 * @param blocks all blocks in reading order, each with its flags
 * @param claims check-worthy sentences of the unflagged blocks
 * @param contentHash SHA-256 hex of the normalised text of all blocks: the exact-duplicate key
 * @param minHash near-duplicate signature of the clean text (of all blocks if nothing is clean)
 * @param simHash 64-bit SimHash of the same text
 * @param rulesVersion version of the rule set used, stored with flags for evaluation
 */
public record AnalysisResult(
    ContentHint format,
    String charset,
    boolean malformedInput,
    String decodedText,
    ArticleMetadata metadata,
    List<TextBlock> blocks,
    List<FoundClaim> claims,
    String contentHash,
    MinHashSignature minHash,
    long simHash,
    String rulesVersion) {

  public AnalysisResult {
    Objects.requireNonNull(format, "format");
    Objects.requireNonNull(metadata, "metadata");
    blocks = List.copyOf(blocks);
    claims = List.copyOf(claims);
  }

  /**
   * The article body as the engine sees it: the unflagged blocks joined by blank lines. The caller
   * recomputes it from the editor's decisions with {@link #cleanText(List)}.
   */
  public String cleanText() {
    return cleanText(blocks);
  }

  /** Blocks without flags, joined by "\n\n". */
  public static String cleanText(List<TextBlock> blocks) {
    return blocks.stream()
        .filter(TextBlock::isArticle)
        .map(TextBlock::text)
        .collect(Collectors.joining("\n\n"));
  }

  public List<TextBlock> flaggedBlocks() {
    return blocks.stream().filter(b -> !b.isArticle()).toList();
  }

  /** {@link LineFingerprint} of every block, by block index, for the outlet's repetition store. */
  public List<String> lineFingerprints() {
    List<String> out = new ArrayList<>(blocks.size());
    for (TextBlock b : blocks) {
      out.add(LineFingerprint.of(b.text()));
    }
    return out;
  }

  public String simHashHex() {
    return SimHash.toHex(simHash);
  }
}
