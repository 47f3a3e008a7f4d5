package org.factdesk.review;

import java.io.Serializable;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;
import java.util.stream.Collectors;
import org.factdesk.analysis.FlagType;
import org.factdesk.article.Flag;
import org.factdesk.article.FlagDecision;

/**
 * The working copy of one article's blocks and flags while an editor reviews it. Every step
 * (accept, reject, set a type, add a flag, split, merge) changes the copy and can be undone;
 * nothing reaches the database until {@link ReviewService#save} writes the copy against the article
 * version it was opened at.
 *
 * <p>Blocks are addressed by their position in the copy, flags by their position on the block. Each
 * block remembers which stretches of the stored blocks' text it holds ({@link Segment}), so that a
 * save can move claim candidates with the text they were found in.
 */
public final class ReviewDraft implements Serializable {

  private static final long serialVersionUID = 1L;

  /** How many steps undo remembers. */
  static final int UNDO_DEPTH = 500;

  /** The confidence "accept all at or above" uses by default. */
  public static final double CONFIDENT = 0.9;

  private final long articleId;
  private final long version;
  private final List<DraftBlock> opened;
  private List<DraftBlock> blocks;
  private final Deque<List<DraftBlock>> undo = new ArrayDeque<>();

  public ReviewDraft(long articleId, long version, List<DraftBlock> blocks) {
    this.articleId = articleId;
    this.version = version;
    this.opened = List.copyOf(blocks);
    this.blocks = List.copyOf(blocks);
  }

  /** A flag as the draft holds it; {@code id} is null for a flag not stored yet. */
  public record DraftFlag(
      Long id,
      FlagType type,
      FlagType originalType,
      double confidence,
      String detector,
      String reason,
      FlagDecision decision)
      implements Serializable {

    /** A flag an editor adds: sure, and already decided. */
    static DraftFlag byEditor(FlagType type) {
      return new DraftFlag(
          null, type, type, 1.0, Flag.BY_EDITOR, "Flagged by an editor", FlagDecision.ACCEPTED);
    }

    DraftFlag decided(FlagDecision next) {
      return new DraftFlag(id, type, originalType, confidence, detector, reason, next);
    }

    DraftFlag retyped(FlagType next) {
      return new DraftFlag(id, next, originalType, confidence, detector, reason, decision);
    }

    DraftFlag copy() {
      return new DraftFlag(null, type, originalType, confidence, detector, reason, decision);
    }

    /** Takes its block out of the clean text: accepted, or not decided yet. */
    public boolean removes() {
      return decision != FlagDecision.REJECTED;
    }
  }

  /**
   * A stretch of a stored block's text held by a draft block: characters {@code from..to} of block
   * {@code blockId} sit at offset {@code at} of the draft block's text.
   */
  public record Segment(long blockId, int from, int to, int at) implements Serializable {

    int length() {
      return to - from;
    }

    /** The part of this segment inside {@code [start, end)} of the draft text, moved to 0. */
    Segment clip(int start, int end) {
      int lo = Math.max(at, start);
      int hi = Math.min(at + length(), end);
      if (lo >= hi) {
        return null;
      }
      return new Segment(blockId, from + (lo - at), from + (hi - at), lo - start);
    }

    Segment shifted(int by) {
      return new Segment(blockId, from, to, at + by);
    }
  }

  /** A block as the draft holds it; {@code id} is null for a block made by a split. */
  public record DraftBlock(
      Long id,
      String kind,
      String text,
      int start,
      int end,
      List<DraftFlag> flags,
      List<Segment> segments)
      implements Serializable {

    public DraftBlock {
      flags = List.copyOf(flags);
      segments = List.copyOf(segments);
    }

    /** A stored block, opened for review: it holds all of its own text. */
    public static DraftBlock stored(
        long id, String kind, String text, int start, int end, List<DraftFlag> flags) {
      return new DraftBlock(
          id, kind, text, start, end, flags, List.of(new Segment(id, 0, text.length(), 0)));
    }

    DraftBlock withFlags(List<DraftFlag> next) {
      return new DraftBlock(id, kind, text, start, end, next, segments);
    }

    public boolean isFlagged() {
      return !flags.isEmpty();
    }

    /** Out of the clean text: some flag on it is accepted or still pending. */
    public boolean isRemoved() {
      return flags.stream().anyMatch(DraftFlag::removes);
    }

    public boolean hasPending() {
      return flags.stream().anyMatch(f -> f.decision() == FlagDecision.PENDING);
    }

    int indexOf(FlagType type) {
      for (int i = 0; i < flags.size(); i++) {
        if (flags.get(i).type() == type) {
          return i;
        }
      }
      return -1;
    }
  }

  public long articleId() {
    return articleId;
  }

  public long version() {
    return version;
  }

  public List<DraftBlock> blocks() {
    return blocks;
  }

  public DraftBlock block(int index) {
    requireBlock(index);
    return blocks.get(index);
  }

  /**
   * The stored position of the block at {@code index} while its text is still the stored text, for
   * what addresses stored text (marking a claim in it); empty once a split or merge since the draft
   * was opened made it a block the database does not hold yet.
   */
  public OptionalInt storedPosition(int index) {
    DraftBlock block = block(index);
    for (int position = 0; position < opened.size(); position++) {
      DraftBlock stored = opened.get(position);
      if (stored.id() != null
          && stored.id().equals(block.id())
          && stored.text().equals(block.text())) {
        // opened in stored order, and a save numbers positions 0, 1, 2 … (ReviewService)
        return OptionalInt.of(position);
      }
    }
    return OptionalInt.empty();
  }

  /** Blocks as they were when the draft was opened. */
  public List<DraftBlock> opened() {
    return opened;
  }

  /** Whether anything differs from what was opened. */
  public boolean isChanged() {
    return !blocks.equals(opened);
  }

  public boolean canUndo() {
    return !undo.isEmpty();
  }

  /** How many flags wait for a decision. */
  public int pendingCount() {
    return (int)
        blocks.stream()
            .flatMap(b -> b.flags().stream())
            .filter(f -> f.decision() == FlagDecision.PENDING)
            .count();
  }

  /** The text that remains: blocks no accepted or pending flag takes out, by blank lines. */
  public String cleanText() {
    return blocks.stream()
        .filter(b -> !b.isRemoved())
        .map(DraftBlock::text)
        .collect(Collectors.joining("\n\n"));
  }

  /** Accepts every flag on the block: it is not article. */
  public void accept(int index) {
    decideAll(index, FlagDecision.ACCEPTED);
  }

  /** Rejects every flag on the block: it is article after all. */
  public void reject(int index) {
    decideAll(index, FlagDecision.REJECTED);
  }

  private void decideAll(int index, FlagDecision decision) {
    DraftBlock block = block(index);
    if (!block.isFlagged()) {
      throw new ReviewException(
          "Block "
              + (index + 1)
              + " has no flag to "
              + (decision == FlagDecision.ACCEPTED ? "accept" : "reject")
              + "; give it a type (1–8) to flag it.");
    }
    change(index, block.withFlags(block.flags().stream().map(f -> f.decided(decision)).toList()));
  }

  /**
   * Says the block is not article, of this type: the flag of that type is accepted (a detector's
   * flag of another type becomes this type when there is none), every other flag on the block is
   * rejected, and an unflagged block gets an editor's flag.
   */
  public void classify(int index, FlagType type) {
    DraftBlock block = block(index);
    List<DraftFlag> next = new ArrayList<>();
    int keep = block.indexOf(type);
    if (keep < 0 && block.isFlagged()) {
      keep = strongest(block.flags());
    }
    for (int i = 0; i < block.flags().size(); i++) {
      DraftFlag flag = block.flags().get(i);
      next.add(
          i == keep
              ? flag.retyped(type).decided(FlagDecision.ACCEPTED)
              : flag.decided(FlagDecision.REJECTED));
    }
    if (keep < 0) {
      next.add(DraftFlag.byEditor(type));
    }
    change(index, block.withFlags(next));
  }

  private static int strongest(List<DraftFlag> flags) {
    int best = 0;
    for (int i = 1; i < flags.size(); i++) {
      if (flags.get(i).confidence() > flags.get(best).confidence()) {
        best = i;
      }
    }
    return best;
  }

  /** Adds a flag of this type to the block, decided as accepted, keeping its other flags. */
  public void addFlag(int index, FlagType type) {
    DraftBlock block = block(index);
    int existing = block.indexOf(type);
    List<DraftFlag> next = new ArrayList<>(block.flags());
    if (existing >= 0) {
      next.set(existing, next.get(existing).decided(FlagDecision.ACCEPTED));
    } else {
      next.add(DraftFlag.byEditor(type));
    }
    change(index, block.withFlags(next));
  }

  public void acceptFlag(int index, int flag) {
    decideOne(index, flag, FlagDecision.ACCEPTED);
  }

  public void rejectFlag(int index, int flag) {
    decideOne(index, flag, FlagDecision.REJECTED);
  }

  private void decideOne(int index, int flag, FlagDecision decision) {
    DraftBlock block = block(index);
    requireFlag(block, index, flag);
    List<DraftFlag> next = new ArrayList<>(block.flags());
    next.set(flag, next.get(flag).decided(decision));
    change(index, block.withFlags(next));
  }

  /** Changes one flag's type; a block holds at most one flag of each type. */
  public void retypeFlag(int index, int flag, FlagType type) {
    DraftBlock block = block(index);
    requireFlag(block, index, flag);
    int other = block.indexOf(type);
    if (other == flag) {
      return;
    }
    if (other >= 0) {
      throw new ReviewException(
          "Block " + (index + 1) + " already has a " + label(type) + " flag; decide that one.");
    }
    List<DraftFlag> next = new ArrayList<>(block.flags());
    next.set(flag, next.get(flag).retyped(type));
    change(index, block.withFlags(next));
  }

  /** Accepts every pending flag at or above the confidence; returns how many. */
  public int acceptAtOrAbove(double confidence) {
    List<DraftBlock> next = new ArrayList<>();
    int accepted = 0;
    for (DraftBlock block : blocks) {
      List<DraftFlag> flags = new ArrayList<>();
      for (DraftFlag flag : block.flags()) {
        if (flag.decision() == FlagDecision.PENDING && flag.confidence() >= confidence) {
          flags.add(flag.decided(FlagDecision.ACCEPTED));
          accepted++;
        } else {
          flags.add(flag);
        }
      }
      next.add(block.withFlags(flags));
    }
    if (accepted > 0) {
      replace(next);
    }
    return accepted;
  }

  /**
   * Splits a block where segmentation ran two things together: the text before {@code at} stays in
   * the block, the rest becomes a new block right after it carrying copies of the same flags. White
   * space at the cut is dropped.
   */
  public void split(int index, int at) {
    DraftBlock block = block(index);
    String text = block.text();
    int headEnd = at;
    while (headEnd > 0 && Character.isWhitespace(text.charAt(headEnd - 1))) {
      headEnd--;
    }
    int tailStart = at;
    while (tailStart < text.length() && Character.isWhitespace(text.charAt(tailStart))) {
      tailStart++;
    }
    if (at <= 0 || at >= text.length() || headEnd == 0 || tailStart == text.length()) {
      throw new ReviewException(
          "Block " + (index + 1) + " cannot be split there: both parts need some text.");
    }
    int span = block.end() - block.start();
    DraftBlock head =
        new DraftBlock(
            block.id(),
            block.kind(),
            text.substring(0, headEnd),
            block.start(),
            block.start() + Math.min(headEnd, span),
            block.flags(),
            clip(block.segments(), 0, headEnd));
    DraftBlock tail =
        new DraftBlock(
            null,
            block.kind(),
            text.substring(tailStart),
            block.start() + Math.min(tailStart, span),
            block.end(),
            block.flags().stream().map(DraftFlag::copy).toList(),
            clip(block.segments(), tailStart, text.length()));
    List<DraftBlock> next = new ArrayList<>(blocks);
    next.set(index, head);
    next.add(index + 1, tail);
    replace(next);
  }

  private static List<Segment> clip(List<Segment> segments, int start, int end) {
    List<Segment> clipped = new ArrayList<>();
    for (Segment segment : segments) {
      Segment part = segment.clip(start, end);
      if (part != null) {
        clipped.add(part);
      }
    }
    return clipped;
  }

  /**
   * Joins a block with the next one, by a space: the merged block keeps both texts and the flags of
   * both (one of each type, the first block's when both have it).
   */
  public void mergeWithNext(int index) {
    DraftBlock first = block(index);
    if (index + 1 >= blocks.size()) {
      throw new ReviewException("Block " + (index + 1) + " is the last block: nothing to merge.");
    }
    DraftBlock second = blocks.get(index + 1);
    int shift = first.text().length() + 1;
    List<DraftFlag> flags = new ArrayList<>(first.flags());
    for (DraftFlag flag : second.flags()) {
      if (first.indexOf(flag.type()) < 0) {
        flags.add(flag);
      }
    }
    List<Segment> segments = new ArrayList<>(first.segments());
    second.segments().forEach(s -> segments.add(s.shifted(shift)));
    DraftBlock merged =
        new DraftBlock(
            first.id() != null ? first.id() : second.id(),
            first.kind(),
            first.text() + " " + second.text(),
            first.start(),
            Math.max(first.end(), second.end()),
            flags,
            segments);
    List<DraftBlock> next = new ArrayList<>(blocks);
    next.set(index, merged);
    next.remove(index + 1);
    replace(next);
  }

  /** Takes back the last step; false when there is none. */
  public boolean undo() {
    if (undo.isEmpty()) {
      return false;
    }
    blocks = undo.pop();
    return true;
  }

  private void change(int index, DraftBlock block) {
    List<DraftBlock> next = new ArrayList<>(blocks);
    next.set(index, block);
    replace(next);
  }

  private void replace(List<DraftBlock> next) {
    undo.push(blocks);
    if (undo.size() > UNDO_DEPTH) {
      undo.removeLast();
    }
    blocks = List.copyOf(next);
  }

  private void requireBlock(int index) {
    if (index < 0 || index >= blocks.size()) {
      throw new ReviewException(
          "There is no block " + (index + 1) + "; the article has " + blocks.size() + ".");
    }
  }

  private static void requireFlag(DraftBlock block, int index, int flag) {
    if (flag < 0 || flag >= block.flags().size()) {
      throw new ReviewException("Block " + (index + 1) + " has no flag " + (flag + 1) + ".");
    }
  }

  /** "RELATED_LINKS" as people read it: "related links". */
  static String label(FlagType type) {
    return type.name().toLowerCase(Locale.ROOT).replace('_', ' ');
  }
}
