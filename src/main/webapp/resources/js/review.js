/*
 * Keyboard for the review page. j / k move between blocks here in the browser; every other key
 * goes to the server with the current block (remote command fdKey), which changes the draft and
 * re-renders the blocks. After a decision the next block becomes current.
 *
 * c (or the "Mark as claim" button) marks the text selected in one block as a claim: the block's
 * index and the selection's offsets in the block's text go to the server (remote command fdMark).
 * The offsets are counted on the DOM text of the block's .fd-block-text element, which holds the
 * block's text exactly as stored (escaped by the server, shown with white-space: pre-wrap).
 */
var Factdesk = window.Factdesk || {};
window.Factdesk = Factdesk;

Factdesk.review = (function () {
  var current = 0;
  // True from a key sent to the server until the page has been updated and marked again.
  var busy = false;
  var SERVER_KEYS = 'arumx12345678';

  function blocks() {
    return document.querySelectorAll('.fd-rblock');
  }

  function select(index, scroll) {
    var all = blocks();
    if (!all.length) {
      return;
    }
    current = Math.max(0, Math.min(index, all.length - 1));
    all.forEach(function (b) { b.classList.remove('fd-current'); });
    var block = all[current];
    block.classList.add('fd-current');
    if (scroll) {
      block.scrollIntoView({ block: 'nearest' });
    }
  }

  function typing(event) {
    var t = event.target;
    return t && (t.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(t.tagName));
  }

  function message(text) {
    var box = document.getElementById('markMessage');
    if (box) {
      box.textContent = text || '';
    }
  }

  function markSelection() {
    var marked = Factdesk.selection.inBlock('.fd-rblock');
    if (marked.error) {
      message(marked.error);
      return;
    }
    message('Marking…');
    busy = true;
    window.fdMark([
      { name: 'index', value: marked.index },
      { name: 'start', value: marked.start },
      { name: 'end', value: marked.end }
    ]);
  }

  /** "12 / 75" beside a claim reviewed line, marked when over. */
  function count(input) {
    var counter = input.nextElementSibling;
    if (!counter || !counter.classList.contains('fd-counter')) {
      return;
    }
    var max = parseInt(counter.getAttribute('data-max'), 10);
    var length = input.value.trim().length;
    counter.textContent = length + ' / ' + max;
    counter.classList.toggle('fd-over', length > max);
  }

  function counters() {
    document.querySelectorAll('.fd-claim-line').forEach(count);
  }

  document.addEventListener('input', function (event) {
    if (event.target.classList && event.target.classList.contains('fd-claim-line')) {
      count(event.target);
    }
  });

  // Enter in a claim's line or reason presses that claim's own button, not the form's first one
  // (which the browser's implicit submission would press: "Accept all ≥ 90%").
  document.addEventListener('keydown', function (event) {
    var t = event.target;
    if (event.key !== 'Enter' || !t || t.tagName !== 'INPUT') {
      return;
    }
    var form = t.closest('.fd-claim-form, .fd-claim-actions');
    var button = form && form.querySelector('.fd-enter');
    if (button) {
      event.preventDefault();
      button.click();
    }
  });

  function send(key) {
    busy = true;
    window.fdKey([{ name: 'index', value: current }, { name: 'key', value: key }]);
  }

  document.addEventListener('keydown', function (event) {
    if (event.ctrlKey || event.metaKey || event.altKey || typing(event)) {
      return;
    }
    if (!document.querySelector('.fd-review-blocks')) {
      return;
    }
    var key = event.key;
    if (key === 'j') {
      select(current + 1, true);
    } else if (key === 'k') {
      select(current - 1, true);
    } else if (key === '?') {
      PF('keys').show();
    } else if (key === 'c') {
      markSelection();
    } else if (key === 's') {
      busy = true;
      window.fdSave();
    } else if (key.length === 1 && SERVER_KEYS.indexOf(key) >= 0) {
      send(key);
    } else {
      return;
    }
    event.preventDefault();
  });

  // The toolbar's buttons, bound here rather than in onclick attributes (the page's
  // Content-Security-Policy runs no inline handlers).
  document.addEventListener('mousedown', function (event) {
    if (event.target.closest && event.target.closest('.fd-mark-button')) {
      event.preventDefault(); // keeps the text selection
    }
  });

  document.addEventListener('click', function (event) {
    var typeButton = event.target.closest ? event.target.closest('.fd-type-button[data-key]') : null;
    if (typeButton) {
      send(typeButton.getAttribute('data-key'));
      return;
    }
    if (event.target.closest && event.target.closest('.fd-mark-button')) {
      markSelection();
      return;
    }
    var block = event.target.closest ? event.target.closest('.fd-rblock') : null;
    if (block) {
      select(parseInt(block.getAttribute('data-index'), 10), false);
    }
  });

  return {
    /** After an update: mark the current block again, move on after a decision. */
    refresh: function (args) {
      busy = false;
      if (args && args.advance) {
        select(current + 1, true);
      } else {
        select(current, false);
      }
      if (args && args.split) {
        PF('split').show();
      }
    },
    /** After a claim was marked: show it in the Claims tab. */
    marked: function (args) {
      busy = false;
      if (args && args.marked) {
        message('');
        window.getSelection().removeAllRanges();
        var tabs = Array.from(document.querySelectorAll('.fd-review-side .ui-tabs-nav > li'));
        var claimsTab = tabs.findIndex(function (t) { return t.querySelector("a[href*='claimsTab']"); });
        if (claimsTab >= 0) {
          PF('views').select(claimsTab);
        }
        var claim = document.querySelector('.fd-claim[data-claim="' + args.marked + '"]');
        if (claim) {
          claim.scrollIntoView({ block: 'nearest' });
        }
      } else {
        message('Not marked: see the message.');
      }
      counters();
    },
    /** Marks the selected text as a claim, for the toolbar's button. */
    markSelection: markSelection,
    /** Updates the claim reviewed counters after an update. */
    counters: counters,
    /** Applies a key to the current block, for the toolbar's type buttons. */
    key: send,
    /** Whether a key is still on its way (tests wait for it). */
    isBusy: function () { return busy; }
  };
})();

document.addEventListener('DOMContentLoaded', function () {
  Factdesk.review.refresh();
  Factdesk.review.counters();
  if (window.jQuery) {
    jQuery(document).on('pfAjaxComplete', Factdesk.review.counters);
  }
});
