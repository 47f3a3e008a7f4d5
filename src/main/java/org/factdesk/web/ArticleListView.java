package org.factdesk.web;

import jakarta.ejb.EJBException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.factdesk.analysis.FlagType;
import org.factdesk.article.ArticleFilter;
import org.factdesk.article.ArticleLabel;
import org.factdesk.article.ArticleRow;
import org.factdesk.article.ArticleSearch;
import org.factdesk.article.ArticleState;
import org.factdesk.article.ArticleStatistics;
import org.factdesk.identity.Role;
import org.factdesk.review.ReviewException;
import org.factdesk.review.ReviewService;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/**
 * The article list: one page at a time from the database (or the search index for words), filters
 * above the table, counts per state, and bulk actions for editors.
 */
@Named
@ViewScoped
public class ArticleListView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private ArticleSearch search;
  @Inject private ArticleStatistics statistics;
  @Inject private ReviewService reviews;
  @Inject private Caller caller;
  @Inject private org.factdesk.workflow.WorkflowService workflow;

  private final ArticleTable table = new ArticleTable();
  private String text;
  private ArticleState state;
  private String outlet;
  private Long batchId;
  private FlagType flagType;
  private boolean pendingOnly;
  private LocalDate publishedFrom;
  private LocalDate publishedTo;
  private boolean duplicatesOnly;
  private List<ArticleRow> selected = new ArrayList<>();
  private String rejectReason;
  private Map<ArticleState, Long> counts;
  private List<String> outlets;
  private boolean totalExact = true;

  /** The label buttons' values; a label without one may be there or not. */
  private static final String WITH = "WITH";

  private static final String WITHOUT = "WITHOUT";

  private final EnumMap<ArticleLabel, String> labelChoice = new EnumMap<>(ArticleLabel.class);

  public LazyDataModel<ArticleRow> getTable() {
    return table;
  }

  /**
   * What the list shows.
   *
   * @throws IllegalArgumentException for a filter that cannot be answered, saying why
   */
  public ArticleFilter filter() {
    return new ArticleFilter(
        text,
        state,
        outlet,
        batchId,
        flagType,
        pendingOnly,
        publishedFrom,
        publishedTo,
        duplicatesOnly,
        chosen(WITH),
        chosen(WITHOUT));
  }

  private Set<ArticleLabel> chosen(String choice) {
    EnumSet<ArticleLabel> labels = EnumSet.noneOf(ArticleLabel.class);
    labelChoice.forEach(
        (label, c) -> {
          if (choice.equals(c)) {
            labels.add(label);
          }
        });
    return labels;
  }

  public List<ArticleLabel> getLabels() {
    return List.of(ArticleLabel.values());
  }

  /** Per label: {@value #WITH}, {@value #WITHOUT} or nothing (any), as the buttons set it. */
  public Map<ArticleLabel, String> getLabelChoice() {
    return labelChoice;
  }

  /** The required labels as the address holds them: "AGGREGATED,HAS_PROMOTIONAL_INSERTS". */
  public String getWith() {
    return names(chosen(WITH));
  }

  public void setWith(String names) {
    choose(names, WITH, "with");
  }

  /** The excluded labels as the address holds them. */
  public String getWithout() {
    return names(chosen(WITHOUT));
  }

  public void setWithout(String names) {
    choose(names, WITHOUT, "without");
  }

  private static String names(Set<ArticleLabel> labels) {
    return labels.isEmpty()
        ? null
        : labels.stream().map(ArticleLabel::name).collect(Collectors.joining(","));
  }

  private void choose(String names, String choice, String parameter) {
    if (names == null) {
      return;
    }
    for (String name : names.split(",")) {
      if (name.isBlank()) {
        continue;
      }
      try {
        labelChoice.put(ArticleLabel.valueOf(name.strip().toUpperCase(Locale.ROOT)), choice);
      } catch (IllegalArgumentException e) {
        Messages.error(
            "The address names no label \""
                + name.strip()
                + "\" in \""
                + parameter
                + "\"; the labels are "
                + names(EnumSet.allOf(ArticleLabel.class))
                + ".");
      }
    }
  }

  /**
   * The table's "1–25 of 1,234", or "of more than 10,000" when the filter matches more than the
   * list counts ({@link ArticleSearch#COUNT_CAP}).
   */
  public String getPageReport() {
    return totalExact
        ? "{startRecord}–{endRecord} of {totalRecords}"
        : "{startRecord}–{endRecord} of more than {totalRecords}";
  }

  /** Counted once per page view and again after a bulk action, not once per tile. */
  public Map<ArticleState, Long> getCounts() {
    if (counts == null) {
      counts = statistics.countByState();
    }
    return counts;
  }

  /** "2026-11-24 10:41 UTC". */
  public String when(java.time.Instant instant) {
    return instant == null ? "" : Pages.minute(instant);
  }

  public List<ArticleState> getStates() {
    return List.of(ArticleState.values());
  }

  public List<FlagType> getFlagTypes() {
    return List.of(FlagType.values());
  }

  public List<String> getOutlets() {
    if (outlets == null) {
      outlets = search.outlets();
    }
    return outlets;
  }

  public boolean isEditor() {
    return caller.hasAnyRole(Role.EDITOR_NAME, Role.ADMIN_NAME);
  }

  public void showState(ArticleState next) {
    state = next;
    showFilterInAddress();
  }

  /**
   * After the filters changed by ajax: the browser's address takes them (without a reload), so the
   * list as filtered can be bookmarked or sent to a colleague.
   */
  public void showFilterInAddress() {
    String path =
        jakarta.faces.context.FacesContext.getCurrentInstance()
                .getExternalContext()
                .getRequestContextPath()
            + "/articles/list.xhtml"
            + getAddressQuery();
    // the query holds only URL-encoded characters, none that ends a JavaScript string
    org.primefaces.PrimeFaces.current()
        .executeScript("history.replaceState(null, '', '" + path + "');");
  }

  /** The filters the address can hold, as a query: "?state=IN_REVIEW&with=AGGREGATED"; or "". */
  public String getAddressQuery() {
    List<String> parts = new ArrayList<>();
    add(parts, "q", text == null || text.isBlank() ? null : text.strip());
    add(parts, "state", state == null ? null : state.name());
    add(parts, "outlet", outlet);
    add(parts, "flag", flagType == null ? null : flagType.name());
    add(parts, "batch", batchId == null ? null : batchId.toString());
    add(parts, "pending", pendingOnly ? "true" : null);
    add(parts, "duplicates", duplicatesOnly ? "true" : null);
    add(parts, "from", publishedFrom == null ? null : publishedFrom.toString());
    add(parts, "to", publishedTo == null ? null : publishedTo.toString());
    add(parts, "with", getWith());
    add(parts, "without", getWithout());
    return parts.isEmpty() ? "" : "?" + String.join("&", parts);
  }

  private static void add(List<String> parts, String name, String value) {
    if (value != null) {
      parts.add(
          name + "=" + java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8));
    }
  }

  public void startReview() {
    if (selected.isEmpty()) {
      Messages.error("Select the articles to start reviewing.");
      return;
    }
    report(reviews.startReview(ids()), "review started");
  }

  /** Approves the selected ready articles; each that cannot be approved says why. */
  public void approve() {
    if (selected.isEmpty()) {
      Messages.error("Select the articles to approve.");
      return;
    }
    report(workflow.approveAll(ids()), "approved");
  }

  public void reject() {
    if (selected.isEmpty()) {
      Messages.error("Select the articles to reject.");
      return;
    }
    try {
      report(reviews.reject(ids(), rejectReason), "rejected");
      rejectReason = null;
    } catch (ReviewException e) {
      Messages.error(e.getMessage());
    } catch (EJBException e) {
      Messages.error("The articles could not be rejected: " + e.getMessage());
    }
  }

  private List<Long> ids() {
    return selected.stream().map(ArticleRow::id).toList();
  }

  private void report(List<String> refused, String done) {
    int worked = selected.size() - refused.size();
    if (worked > 0) {
      Messages.info(worked + (worked == 1 ? " article " : " articles ") + done + ".");
    }
    refused.forEach(Messages::error);
    selected = new ArrayList<>();
    counts = null;
  }

  /**
   * The page the table showed last: the next page of the same list is read after its last article
   * (keyset paging, as fast deep in the list as at its start); any other page by its offset.
   */
  private record Shown(
      ArticleFilter filter,
      ArticleSearch.Sort sort,
      boolean ascending,
      int pageSize,
      int first,
      long lastId)
      implements Serializable {

    boolean continuedBy(Shown next) {
      return next.filter.equals(filter)
          && !filter.hasText()
          && next.sort == sort
          && (sort == ArticleSearch.Sort.IMPORTED
              || sort == ArticleSearch.Sort.STATE
              || sort == ArticleSearch.Sort.PENDING)
          && next.ascending == ascending
          && next.pageSize == pageSize
          && next.first == first + pageSize;
    }

    Shown endingAt(long id) {
      return new Shown(filter, sort, ascending, pageSize, first, id);
    }
  }

  private class ArticleTable extends LazyDataModel<ArticleRow> {

    private static final long serialVersionUID = 1L;

    private Shown shown;

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
      try {
        ArticleSearch.Total total = search.total(filter());
        totalExact = total.exact();
        return Math.toIntExact(total.value());
      } catch (IllegalArgumentException e) {
        Messages.error(e.getMessage());
        return 0;
      }
    }

    @Override
    public List<ArticleRow> load(
        int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
      SortMeta sort = sortBy.values().stream().findFirst().orElse(null);
      ArticleSearch.Sort by =
          sort == null ? ArticleSearch.Sort.IMPORTED : ArticleSearch.Sort.valueOf(sort.getField());
      boolean ascending = sort != null && sort.getOrder() == SortOrder.ASCENDING;
      try {
        ArticleFilter filter = filter();
        Shown next = new Shown(filter, by, ascending, pageSize, first, 0);
        List<ArticleRow> rows = null;
        if (shown != null && shown.continuedBy(next)) {
          try {
            rows = search.rowsAfter(filter, shown.lastId(), pageSize, by, ascending);
          } catch (EJBException e) {
            // the last article shown is gone meanwhile: read the page by its offset
          }
        }
        if (rows == null) {
          rows = search.rows(filter, first, pageSize, by, ascending);
        }
        shown = rows.isEmpty() ? null : next.endingAt(rows.get(rows.size() - 1).id());
        return rows;
      } catch (IllegalArgumentException e) {
        // count said why
        return List.of();
      }
    }

    @Override
    public String getRowKey(ArticleRow row) {
      return String.valueOf(row.id());
    }

    @Override
    public ArticleRow getRowData(String rowKey) {
      return getWrappedData() == null
          ? null
          : getWrappedData().stream()
              .filter(row -> String.valueOf(row.id()).equals(rowKey))
              .findFirst()
              .orElse(null);
    }
  }

  public String getText() {
    return text;
  }

  public void setText(String text) {
    this.text = text;
  }

  public ArticleState getState() {
    return state;
  }

  public void setState(ArticleState state) {
    this.state = state;
  }

  public String getOutlet() {
    return outlet;
  }

  public void setOutlet(String outlet) {
    this.outlet = outlet;
  }

  public Long getBatchId() {
    return batchId;
  }

  public void setBatchId(Long batchId) {
    this.batchId = batchId;
  }

  public FlagType getFlagType() {
    return flagType;
  }

  public void setFlagType(FlagType flagType) {
    this.flagType = flagType;
  }

  public boolean isPendingOnly() {
    return pendingOnly;
  }

  public void setPendingOnly(boolean pendingOnly) {
    this.pendingOnly = pendingOnly;
  }

  public LocalDate getPublishedFrom() {
    return publishedFrom;
  }

  public void setPublishedFrom(LocalDate publishedFrom) {
    this.publishedFrom = publishedFrom;
  }

  public LocalDate getPublishedTo() {
    return publishedTo;
  }

  public void setPublishedTo(LocalDate publishedTo) {
    this.publishedTo = publishedTo;
  }

  public boolean isDuplicatesOnly() {
    return duplicatesOnly;
  }

  public void setDuplicatesOnly(boolean duplicatesOnly) {
    this.duplicatesOnly = duplicatesOnly;
  }

  public List<ArticleRow> getSelected() {
    return selected;
  }

  public void setSelected(List<ArticleRow> selected) {
    this.selected = selected == null ? new ArrayList<>() : selected;
  }

  public String getRejectReason() {
    return rejectReason;
  }

  public void setRejectReason(String rejectReason) {
    this.rejectReason = rejectReason;
  }
}
