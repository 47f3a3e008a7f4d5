package org.factdesk.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.factdesk.claim.ClaimException;
import org.factdesk.claim.ClaimFilter;
import org.factdesk.claim.ClaimRow;
import org.factdesk.claim.ClaimState;
import org.factdesk.claim.FactCheckService;
import org.factdesk.claim.Workload;
import org.primefaces.model.LazyDataModel;

/**
 * For editors: each fact-checker's load, and every claim (filtered by state, assignee or the open
 * pool) to assign or reassign in bulk.
 */
@Named
@ViewScoped
public class WorkloadView implements Serializable {

  private static final long serialVersionUID = 1L;

  /** The assignee filter's value for claims in the open pool. */
  public static final String POOL = "-pool-";

  @Inject private FactCheckService factCheck;

  private List<FactCheckService.Checker> factCheckers;

  private List<Workload> workload;
  private ClaimState state = ClaimState.CONFIRMED;
  private String assigneeFilter;
  private List<ClaimRow> selected = new ArrayList<>();
  private String assignTo;
  private LocalDate due;
  private LazyDataModel<ClaimRow> table;

  public List<Workload> getWorkload() {
    if (workload == null) {
      workload = factCheck.workload();
    }
    return workload;
  }

  public long getPoolSize() {
    return factCheck.count(ClaimFilter.openPool());
  }

  public LazyDataModel<ClaimRow> getTable() {
    if (table == null) {
      table = new ClaimTable(factCheck, this::filter);
    }
    return table;
  }

  private ClaimFilter filter() {
    boolean pool = POOL.equals(assigneeFilter);
    String who = pool || assigneeFilter == null || assigneeFilter.isBlank() ? null : assigneeFilter;
    return new ClaimFilter(null, state, who, pool, null, null);
  }

  /** Shows the claims of one fact-checker (or the pool) waiting for a verdict. */
  public void show(String username) {
    state = ClaimState.CONFIRMED;
    assigneeFilter = username;
    selected = new ArrayList<>();
  }

  public void assignSelected() {
    if (selected.isEmpty()) {
      Messages.error("Select the claims to assign first.");
      return;
    }
    try {
      List<String> refused =
          factCheck.assignAll(selected.stream().map(ClaimRow::id).toList(), assignTo, due);
      int done = selected.size() - refused.size();
      if (done > 0) {
        Messages.info(done + (done == 1 ? " claim" : " claims") + " assigned to " + assignTo + ".");
      }
      refused.forEach(Messages::error);
      selected = new ArrayList<>();
      workload = null;
    } catch (ClaimException e) {
      Messages.error(e.getMessage());
    }
  }

  /** The fact-checkers to choose from, read once per view. */
  public List<FactCheckService.Checker> getFactCheckers() {
    if (factCheckers == null) {
      factCheckers = factCheck.factCheckers();
    }
    return factCheckers;
  }

  public ClaimState[] getStates() {
    return ClaimState.values();
  }

  public String percent(Double score) {
    return score == null ? "" : Math.round(score * 100) + "%";
  }

  public String getPool() {
    return POOL;
  }

  public ClaimState getState() {
    return state;
  }

  public void setState(ClaimState state) {
    this.state = state;
  }

  public String getAssigneeFilter() {
    return assigneeFilter;
  }

  public void setAssigneeFilter(String assigneeFilter) {
    this.assigneeFilter = assigneeFilter;
  }

  public List<ClaimRow> getSelected() {
    return selected;
  }

  public void setSelected(List<ClaimRow> selected) {
    this.selected = selected == null ? new ArrayList<>() : selected;
  }

  public String getAssignTo() {
    return assignTo;
  }

  public void setAssignTo(String assignTo) {
    this.assignTo = assignTo;
  }

  public LocalDate getDue() {
    return due;
  }

  public void setDue(LocalDate due) {
    this.due = due;
  }
}
