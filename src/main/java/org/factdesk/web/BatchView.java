package org.factdesk.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import org.factdesk.article.ImportBatch;
import org.factdesk.article.ImportBatches;

/** A batch import's progress and results, refreshed while it runs. */
@Named
@ViewScoped
public class BatchView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private ImportBatches batches;

  private Long id;
  // Entities: not kept in the replicated session, read again after a move to another instance.
  private transient ImportBatches.BatchView batch;

  public void load() throws IOException {
    batch = id == null ? null : batches.view(id).orElse(null);
    if (batch == null) {
      Pages.notFound("There is no import batch " + id + ".");
    }
  }

  /** Called by the page's poll while the batch runs. */
  public void refresh() {
    batch = batches.view(id).orElse(getBatch());
  }

  public boolean isRunning() {
    ImportBatch.State state = getBatch().batch().getState();
    return state == ImportBatch.State.RUNNING || state == ImportBatch.State.READING;
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public ImportBatches.BatchView getBatch() {
    if (batch == null && id != null) {
      batch = batches.view(id).orElse(null);
    }
    return batch;
  }
}
