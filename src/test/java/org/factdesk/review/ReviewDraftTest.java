package org.factdesk.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.factdesk.analysis.FlagType;
import org.factdesk.article.Flag;
import org.factdesk.article.FlagDecision;
import org.factdesk.review.ReviewDraft.DraftBlock;
import org.factdesk.review.ReviewDraft.DraftFlag;
import org.factdesk.review.ReviewDraft.Segment;
import org.junit.jupiter.api.Test;

class ReviewDraftTest {

  private static DraftFlag pending(long id, FlagType type, double confidence) {
    return new DraftFlag(id, type, type, confidence, "rules", "because", FlagDecision.PENDING);
  }

  /** Five blocks: title, a paragraph, a glued disclaimer, a related header, another paragraph. */
  private static ReviewDraft draft() {
    return new ReviewDraft(
        7L,
        3L,
        List.of(
            DraftBlock.stored(
                10,
                "TITLE",
                "Port fees rise",
                0,
                14,
                List.of(pending(100, FlagType.METADATA, 0.6))),
            DraftBlock.stored(11, "PARAGRAPH", "Fees rose 12% in May.", 15, 36, List.of()),
            DraftBlock.stored(
                12,
                "PARAGRAPH",
                "The council met twice. This text was written by an AI tool.",
                37,
                96,
                List.of(pending(101, FlagType.AI_DISCLAIMER, 0.95))),
            DraftBlock.stored(
                13,
                "LINE",
                "Related",
                97,
                104,
                List.of(
                    pending(102, FlagType.SITE_CHROME, 0.5),
                    pending(103, FlagType.RELATED_LINKS, 0.8))),
            DraftBlock.stored(14, "PARAGRAPH", "Officials said more later.", 105, 131, List.of())));
  }

  @Test
  void cleanTextLeavesOutBlocksWithPendingOrAcceptedFlags() {
    ReviewDraft cut = draft();
    assertEquals("Fees rose 12% in May.\n\nOfficials said more later.", cut.cleanText());
    assertEquals(4, cut.pendingCount());
    assertFalse(cut.isChanged());
  }

  @Test
  void rejectingPutsTheBlockBackAndUndoTakesItOut() {
    ReviewDraft cut = draft();
    cut.reject(0);
    assertTrue(cut.cleanText().startsWith("Port fees rise\n\n"));
    assertEquals(FlagDecision.REJECTED, cut.block(0).flags().get(0).decision());
    assertTrue(cut.isChanged());

    assertTrue(cut.undo());
    assertEquals(FlagDecision.PENDING, cut.block(0).flags().get(0).decision());
    assertFalse(cut.isChanged());
    assertFalse(cut.undo());
  }

  @Test
  void acceptOrRejectOnAnUnflaggedBlockSaysWhatToDoInstead() {
    ReviewException e = assertThrows(ReviewException.class, () -> draft().accept(1));
    assertEquals("Block 2 has no flag to accept; give it a type (1–8) to flag it.", e.getMessage());
  }

  @Test
  void classifyAcceptsTheMatchingFlagAndRejectsTheOthers() {
    ReviewDraft cut = draft();
    cut.classify(3, FlagType.RELATED_LINKS);
    List<DraftFlag> flags = cut.block(3).flags();
    assertEquals(FlagDecision.REJECTED, flags.get(0).decision());
    assertEquals(FlagType.RELATED_LINKS, flags.get(1).type());
    assertEquals(FlagDecision.ACCEPTED, flags.get(1).decision());
  }

  @Test
  void classifyRetypesTheStrongestFlagWhenNoneHasTheType() {
    ReviewDraft cut = draft();
    cut.classify(3, FlagType.PROMOTIONAL);
    List<DraftFlag> flags = cut.block(3).flags();
    assertEquals(103L, flags.get(1).id());
    assertEquals(FlagType.PROMOTIONAL, flags.get(1).type());
    assertEquals(FlagType.RELATED_LINKS, flags.get(1).originalType());
    assertEquals(FlagDecision.ACCEPTED, flags.get(1).decision());
    assertEquals(FlagDecision.REJECTED, flags.get(0).decision());
  }

  @Test
  void classifyOnAnUnflaggedBlockAddsAnEditorsFlag() {
    ReviewDraft cut = draft();
    cut.classify(4, FlagType.OFF_TOPIC);
    DraftFlag added = cut.block(4).flags().get(0);
    assertNull(added.id());
    assertEquals(Flag.BY_EDITOR, added.detector());
    assertEquals(FlagDecision.ACCEPTED, added.decision());
    assertFalse(cut.cleanText().contains("Officials"));
  }

  @Test
  void retypeRefusesASecondFlagOfTheSameType() {
    ReviewDraft cut = draft();
    ReviewException e =
        assertThrows(ReviewException.class, () -> cut.retypeFlag(3, 0, FlagType.RELATED_LINKS));
    assertEquals("Block 4 already has a related links flag; decide that one.", e.getMessage());
    cut.retypeFlag(3, 0, FlagType.LEGAL_NOTICE);
    assertEquals(FlagType.LEGAL_NOTICE, cut.block(3).flags().get(0).type());
  }

  @Test
  void acceptAtOrAboveTouchesOnlyConfidentPendingFlags() {
    ReviewDraft cut = draft();
    cut.reject(2);
    cut.undo();
    assertEquals(1, cut.acceptAtOrAbove(ReviewDraft.CONFIDENT));
    assertEquals(FlagDecision.ACCEPTED, cut.block(2).flags().get(0).decision());
    assertEquals(FlagDecision.PENDING, cut.block(3).flags().get(1).decision());
    assertEquals(0, cut.acceptAtOrAbove(0.99));
  }

  @Test
  void splitCutsAtTheOffsetCopiesTheFlagsAndRemembersTheSourceText() {
    ReviewDraft cut = draft();
    int at = "The council met twice.".length();
    cut.split(2, at);
    assertEquals(6, cut.blocks().size());
    DraftBlock head = cut.block(2);
    DraftBlock tail = cut.block(3);
    assertEquals("The council met twice.", head.text());
    assertEquals("This text was written by an AI tool.", tail.text());
    assertEquals(12L, head.id());
    assertNull(tail.id());
    assertEquals(101L, head.flags().get(0).id());
    assertNull(tail.flags().get(0).id());
    assertEquals(FlagType.AI_DISCLAIMER, tail.flags().get(0).type());
    assertEquals(List.of(new Segment(12, 0, at, 0)), head.segments());
    assertEquals(List.of(new Segment(12, at + 1, 59, 0)), tail.segments());
    assertEquals(37 + at, head.end());
    assertEquals(37 + at + 1, tail.start());

    cut.reject(2);
    assertTrue(cut.cleanText().contains("The council met twice."));
    assertFalse(cut.cleanText().contains("AI tool"));
  }

  @Test
  void splitNeedsTextOnBothSides() {
    ReviewException e = assertThrows(ReviewException.class, () -> draft().split(1, 0));
    assertEquals("Block 2 cannot be split there: both parts need some text.", e.getMessage());
  }

  @Test
  void mergeJoinsByASpaceKeepsOneFlagPerTypeAndUndoRestoresBoth() {
    ReviewDraft cut = draft();
    cut.mergeWithNext(1);
    assertEquals(4, cut.blocks().size());
    DraftBlock merged = cut.block(1);
    assertEquals(
        "Fees rose 12% in May. The council met twice. This text was written by an AI tool.",
        merged.text());
    assertEquals(11L, merged.id());
    assertEquals(101L, merged.flags().get(0).id());
    assertEquals(List.of(new Segment(11, 0, 21, 0), new Segment(12, 0, 59, 22)), merged.segments());
    assertEquals(15, merged.start());
    assertEquals(96, merged.end());

    cut.undo();
    assertEquals(5, cut.blocks().size());
    assertEquals(draft().blocks(), cut.blocks());
  }

  @Test
  void splitThenMergeGivesBackTheSameSegments() {
    ReviewDraft cut = draft();
    cut.split(2, 22);
    cut.mergeWithNext(2);
    assertEquals(
        List.of(new Segment(12, 0, 22, 0), new Segment(12, 23, 59, 23)), cut.block(2).segments());
  }

  @Test
  void aBlockKeepsItsStoredPositionUntilASplitOrMergeChangesItsText() {
    ReviewDraft cut = draft();
    assertEquals(java.util.OptionalInt.of(3), cut.storedPosition(3));
    cut.mergeWithNext(1);
    assertEquals(java.util.OptionalInt.empty(), cut.storedPosition(1));
    // The block after the merged pair now sits at index 2 of the draft, still position 3 stored.
    assertEquals(java.util.OptionalInt.of(3), cut.storedPosition(2));
    cut.undo();
    cut.split(2, 22);
    assertEquals(java.util.OptionalInt.empty(), cut.storedPosition(2));
    assertEquals(java.util.OptionalInt.empty(), cut.storedPosition(3));
    assertEquals(java.util.OptionalInt.of(4), cut.storedPosition(5));
  }

  @Test
  void mergingTheLastBlockIsRefused() {
    ReviewException e = assertThrows(ReviewException.class, () -> draft().mergeWithNext(4));
    assertEquals("Block 5 is the last block: nothing to merge.", e.getMessage());
  }

  @Test
  void unknownBlocksAndFlagsAreNamed() {
    assertEquals(
        "There is no block 9; the article has 5.",
        assertThrows(ReviewException.class, () -> draft().accept(8)).getMessage());
    assertEquals(
        "Block 1 has no flag 3.",
        assertThrows(ReviewException.class, () -> draft().acceptFlag(0, 2)).getMessage());
  }

  @Test
  void undoRemembersAtMostItsDepth() {
    ReviewDraft cut = draft();
    for (int i = 0; i < ReviewDraft.UNDO_DEPTH + 20; i++) {
      cut.reject(0);
    }
    int undone = 0;
    while (cut.undo()) {
      undone++;
    }
    assertEquals(ReviewDraft.UNDO_DEPTH, undone);
  }
}
