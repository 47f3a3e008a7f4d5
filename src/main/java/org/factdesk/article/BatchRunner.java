package org.factdesk.article;

import jakarta.ejb.Asynchronous;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Works through a batch in the background, one item (and one transaction) at a time. */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class BatchRunner {

  private static final Logger LOG = Logger.getLogger(BatchRunner.class.getName());

  @EJB private BatchItemImporter items;

  @Asynchronous
  public void run(long batchId, List<BatchReader.Entry> entries, String importer) {
    LOG.info(
        () -> "Batch " + batchId + ": importing " + entries.size() + " item(s) for " + importer);
    for (int position = 0; position < entries.size(); position++) {
      BatchReader.Entry entry = entries.get(position);
      if (entry.isFailed()) {
        continue; // recorded as failed when the batch was created
      }
      try {
        items.importItem(batchId, position, entry, importer);
      } catch (ImportException e) {
        items.recordFailure(batchId, position, e.getMessage());
      } catch (EJBException e) {
        LOG.log(Level.WARNING, "Batch " + batchId + ": " + entry.name() + " failed", e);
        items.recordFailure(
            batchId, position, entry.name() + ": could not be stored: " + rootMessage(e));
      }
    }
    items.finish(batchId);
    LOG.info(() -> "Batch " + batchId + " finished");
  }

  private static String rootMessage(Throwable e) {
    Throwable cause = e;
    while (cause.getCause() != null) {
      cause = cause.getCause();
    }
    return cause.getMessage();
  }
}
