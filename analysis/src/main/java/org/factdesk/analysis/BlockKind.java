package org.factdesk.analysis;

/** The structural role a block had in its source, as far as the source tells. */
public enum BlockKind {
  /** A line of plain text (plain text carries no structure beyond lines). */
  LINE,
  PARAGRAPH,
  HEADING,
  LIST_ITEM,
  QUOTE,
  CAPTION,
  TABLE_CELL,
  /** Text directly inside a container element such as a div. */
  OTHER
}
