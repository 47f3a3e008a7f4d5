/*
 * The text selected in one block of an article, as the block's index and offsets in its text, for
 * marking a claim (the review page and the article page). The offsets are counted on the DOM text
 * of the block's .fd-block-text element, which holds the block's text exactly as stored (escaped
 * by the server, shown with white-space: pre-wrap).
 */
var Factdesk = window.Factdesk || {};
window.Factdesk = Factdesk;

Factdesk.selection = (function () {
  function blockTextOf(node) {
    var element = node && (node.nodeType === 1 ? node : node.parentElement);
    return element ? element.closest('.fd-block-text') : null;
  }

  /** Whether the range's text outside the element is only white space (a triple click's tail). */
  function onlySpaceOutside(range, element) {
    var inside = document.createRange();
    inside.selectNodeContents(element);
    if (range.compareBoundaryPoints(Range.START_TO_START, inside) > 0) {
      inside.setStart(range.startContainer, range.startOffset);
    }
    if (range.compareBoundaryPoints(Range.END_TO_END, inside) < 0) {
      inside.setEnd(range.endContainer, range.endOffset);
    }
    return range.toString().replace(/\s+/g, '') === inside.toString().replace(/\s+/g, '')
      ? inside : null;
  }

  /**
   * The selection as {index, start, end} in one block's text, or {error} saying what is wrong with
   * it. A block is the nearest element matching blockSelector, with a data-index attribute.
   */
  function inBlock(blockSelector) {
    var selection = window.getSelection();
    if (!selection || selection.rangeCount === 0 || selection.isCollapsed
        || !selection.toString().trim()) {
      return { error: 'Select the words of the claim in a block first.' };
    }
    var range = selection.getRangeAt(0);
    var first = blockTextOf(range.startContainer);
    var last = blockTextOf(range.endContainer);
    var text = first || last;
    if (!text) {
      return { error: "The selection is outside the blocks' text: select the words of the claim"
        + ' inside one block.' };
    }
    if (first !== last) {
      range = onlySpaceOutside(range, text);
      if (!range) {
        return { error: 'The selection runs across blocks: a claim is marked inside one block.' };
      }
    }
    var before = document.createRange();
    before.selectNodeContents(text);
    before.setEnd(range.startContainer, range.startOffset);
    var start = before.toString().length;
    var block = text.closest(blockSelector);
    return {
      index: parseInt(block.getAttribute('data-index'), 10),
      start: start,
      end: start + range.toString().length
    };
  }

  return { inBlock: inBlock };
})();

// The article page's "Mark selected text as a claim" button (no inline handler: the page's
// Content-Security-Policy runs none). fdArticleMark is the page's remote command.
if (!Factdesk.articleMarkBound) {
  Factdesk.articleMarkBound = true; // once, however often an update loads this file again
  document.addEventListener('click', function (event) {
    var button = event.target.closest ? event.target.closest('[data-fd-mark-article]') : null;
    if (!button) {
      return;
    }
    var s = Factdesk.selection.inBlock('li[data-index]');
    document.getElementById('markMessage').textContent = s.error || '';
    if (!s.error) {
      window.fdArticleMark([{ name: 'index', value: s.index },
        { name: 'start', value: s.start }, { name: 'end', value: s.end }]);
    }
  });
}
