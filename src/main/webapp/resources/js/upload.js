/*
 * The Import page: a file larger than one batch may hold (the setting
 * factdesk.import.max-batch-bytes) is refused here, before it is sent, with the message the server
 * gives for it. The server checks again on every upload: this only spares sending the file.
 */
window.Factdesk = window.Factdesk || {};

Factdesk.addIfWithinBatchLimit = function (widget, file, add, limit) {
  if (file.size > limit) {
    var bytes = function (n) {
      return n.toLocaleString("en-US");
    };
    widget.showMessage({
      summary:
        file.name + " was not added: it is " + bytes(file.size) + " bytes, more than the limit of " +
        bytes(limit) + " bytes for one batch (factdesk.import.max-batch-bytes). Nothing of it was imported.",
      detail: ""
    });
    return;
  }
  add(file);
};
