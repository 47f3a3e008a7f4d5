package org.factdesk.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.factdesk.claim.ClaimException;
import org.factdesk.claim.ClaimFilter;
import org.factdesk.claim.ClaimRow;
import org.factdesk.claim.FactCheckService;
import org.primefaces.model.LazyDataModel;

/**
 * "My queue" for fact-checkers: the claims assigned to them, the most urgent first, and the open
 * pool to take claims from.
 */
@Named
@ViewScoped
public class QueueView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private FactCheckService factCheck;
  @Inject private Caller caller;

  private LazyDataModel<ClaimRow> mine;
  private LazyDataModel<ClaimRow> pool;

  public LazyDataModel<ClaimRow> getMine() {
    if (mine == null) {
      String me = caller.name();
      mine = new ClaimTable(factCheck, () -> ClaimFilter.queueOf(me));
    }
    return mine;
  }

  public LazyDataModel<ClaimRow> getPool() {
    if (pool == null) {
      pool = new ClaimTable(factCheck, ClaimFilter::openPool);
    }
    return pool;
  }

  /** Takes a claim from the open pool; it moves to the person's queue. */
  public void take(long claimId) {
    try {
      factCheck.take(claimId);
      Messages.info("Claim " + claimId + " is in your queue now.");
    } catch (ClaimException e) {
      Messages.error(e.getMessage());
    }
  }

  public boolean overdue(ClaimRow row) {
    return row.overdue(LocalDate.now(ZoneOffset.UTC));
  }

  public String percent(Double score) {
    return score == null ? "" : Math.round(score * 100) + "%";
  }
}
