/*
 * Keyboard for the review page. j / k move between blocks here in the browser; every other key
 * goes to the server with the current block (remote command fdKey), which changes the draft and
 * re-renders the blocks. After a decision the next block becomes current.
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

  document.addEventListener('click', function (event) {
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
    /** Applies a key to the current block, for the toolbar's type buttons. */
    key: send,
    /** Whether a key is still on its way (tests wait for it). */
    isBusy: function () { return busy; }
  };
})();

document.addEventListener('DOMContentLoaded', function () {
  Factdesk.review.refresh();
});
