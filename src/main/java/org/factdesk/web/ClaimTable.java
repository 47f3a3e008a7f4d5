package org.factdesk.web;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.factdesk.claim.ClaimFilter;
import org.factdesk.claim.ClaimRow;
import org.factdesk.claim.FactCheckService;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/** A page of claims from the database, the most urgent first, for a filter a page holds. */
class ClaimTable extends LazyDataModel<ClaimRow> {

  private static final long serialVersionUID = 1L;

  private final FactCheckService factCheck;
  private final SerializableFilter filter;

  /** {@code factCheck} is a serializable EJB proxy; {@code filter} must be serializable too. */
  ClaimTable(FactCheckService factCheck, SerializableFilter filter) {
    this.factCheck = factCheck;
    this.filter = filter;
  }

  /** A filter the view can keep across requests. */
  interface SerializableFilter extends Supplier<ClaimFilter>, java.io.Serializable {}

  @Override
  public int count(Map<String, FilterMeta> filterBy) {
    return Math.toIntExact(factCheck.count(filter.get()));
  }

  @Override
  public List<ClaimRow> load(
      int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
    return factCheck.rows(filter.get(), first, pageSize);
  }

  @Override
  public String getRowKey(ClaimRow row) {
    return String.valueOf(row.id());
  }

  @Override
  public ClaimRow getRowData(String rowKey) {
    return getWrappedData() == null
        ? null
        : getWrappedData().stream()
            .filter(row -> String.valueOf(row.id()).equals(rowKey))
            .findFirst()
            .orElse(null);
  }
}
