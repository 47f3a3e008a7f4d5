package org.factdesk.article;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Tuple;
import jakarta.persistence.criteria.AbstractQuery;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Selection;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.factdesk.identity.Role;
import org.hibernate.search.engine.search.common.BooleanOperator;
import org.hibernate.search.engine.search.predicate.dsl.BooleanPredicateClausesStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.engine.search.query.SearchResult;
import org.hibernate.search.engine.search.sort.dsl.SearchSortFactory;
import org.hibernate.search.engine.search.sort.dsl.SortFinalStep;
import org.hibernate.search.engine.search.sort.dsl.SortOrder;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.session.SearchSession;

/**
 * The article list: one page at a time, filtered and sorted in the database. With words to find,
 * the full-text index answers instead (it holds the same filter columns), and only the page's
 * articles are read from the database.
 */
@Stateless
@RolesAllowed({Role.EDITOR_NAME, Role.ADMIN_NAME, Role.FACT_CHECKER_NAME})
public class ArticleSearch {

  /** Largest page the list asks for. */
  public static final int MAX_PAGE = 200;

  /**
   * The list counts a filter's matches up to here and then says "more than 10,000": counting every
   * match of a broad filter reads a million rows (decision 0029).
   */
  public static final int COUNT_CAP = 10_000;

  /**
   * How deep {@code GET /api/articles} pages by offset ({@code first + size}): deeper pages go on
   * with {@code after}, as fast at any depth (decision 0036; search engines cap offsets the same
   * way).
   */
  public static final int MAX_OFFSET_DEPTH = COUNT_CAP;

  @PersistenceContext private EntityManager em;

  @jakarta.ejb.EJB private ArticleStatistics statistics;

  @jakarta.ejb.EJB private StatisticCounts kept;

  /**
   * How many articles a list holds: exact, or at least {@code value} when {@code exact} is false
   * (then {@code value} is {@link #COUNT_CAP}).
   */
  public record Total(long value, boolean exact) implements java.io.Serializable {}

  /** What the list can be sorted by. */
  public enum Sort {
    IMPORTED("createdAt", "createdAt"),
    PUBLISHED("published", "published"),
    TITLE("titleKey", "titleSort"),
    OUTLET("outlet", "outlet"),
    STATE("state", "state"),
    PENDING("pendingFlags", "pendingFlags");

    private final String attribute;
    private final String indexField;

    Sort(String attribute, String indexField) {
      this.attribute = attribute;
      this.indexField = indexField;
    }
  }

  /** One page of rows. */
  public List<ArticleRow> rows(
      ArticleFilter filter, int first, int size, Sort sort, boolean ascending) {
    int max = Math.max(1, Math.min(size, MAX_PAGE));
    int offset = Math.max(0, first);
    Sort by = sort == null ? Sort.IMPORTED : sort;
    return filter.hasText()
        ? fromIndex(filter, offset, max, by, ascending)
        : fromDatabase(filter, null, offset, max, by, ascending);
  }

  /**
   * The page after a given article (keyset paging): a deep page costs what the first does, where an
   * offset reads and skips every row before it. For lists without words, sorted by a column every
   * article has (import time, state, pending flags).
   *
   * @throws IllegalArgumentException for words, another sort or an unknown article, saying which
   */
  public List<ArticleRow> rowsAfter(
      ArticleFilter filter, long afterId, int size, Sort sort, boolean ascending) {
    Sort by = sort == null ? Sort.IMPORTED : sort;
    if (filter.hasText()) {
      throw new IllegalArgumentException(
          "\"after\" pages the list without words; with words use \"first\".");
    }
    if (by != Sort.IMPORTED && by != Sort.STATE && by != Sort.PENDING) {
      throw new IllegalArgumentException(
          "\"after\" works with the sorts IMPORTED, STATE and PENDING, not " + by.name() + ".");
    }
    CriteriaBuilder cb = em.getCriteriaBuilder();
    CriteriaQuery<Object> value = cb.createQuery(Object.class);
    Root<Article> of = value.from(Article.class);
    value.select(of.get(by.attribute)).where(cb.equal(of.get("id"), afterId));
    List<Object> found = em.createQuery(value).getResultList();
    if (found.isEmpty()) {
      throw new IllegalArgumentException("\"after\" names no article " + afterId + ".");
    }
    return fromDatabase(
        filter,
        new After(afterId, found.get(0)),
        0,
        Math.max(1, Math.min(size, MAX_PAGE)),
        by,
        ascending);
  }

  /** Where a keyset page starts: after this article, whose sort column holds this value. */
  private record After(long id, Object value) {}

  /** How many articles match in all. */
  public long count(ArticleFilter filter) {
    if (filter.hasText()) {
      return Search.session(em)
          .search(Article.class)
          .where(f -> indexPredicates(f, filter))
          .fetchTotalHitCount();
    }
    CriteriaBuilder cb = em.getCriteriaBuilder();
    CriteriaQuery<Long> count = cb.createQuery(Long.class);
    Root<Article> counted = count.from(Article.class);
    count.select(cb.count(counted)).where(predicates(cb, count, counted, filter));
    return em.createQuery(count).getSingleResult();
  }

  /**
   * How many articles match, as the list shows it: words are counted by the search index; no filter
   * or a state alone from the counts per state (kept by PostgreSQL); any other filter up to {@link
   * #COUNT_CAP}, reading no more than that many ids.
   */
  public Total total(ArticleFilter filter) {
    return total(filter, COUNT_CAP);
  }

  /** {@link #total(ArticleFilter)} with another cap (the tests' small one). */
  public Total total(ArticleFilter filter, int cap) {
    if (filter.hasText()) {
      return new Total(count(filter), true);
    }
    if (stateAtMost(filter)) {
      Map<ArticleState, Long> counts = statistics.countByState();
      return new Total(
          filter.state() == null
              ? counts.values().stream().mapToLong(Long::longValue).sum()
              : counts.get(filter.state()),
          true);
    }
    CriteriaBuilder cb = em.getCriteriaBuilder();
    CriteriaQuery<Long> ids = cb.createQuery(Long.class);
    Root<Article> article = ids.from(Article.class);
    ids.select(article.get("id")).where(predicates(cb, ids, article, filter));
    int found = em.createQuery(ids).setMaxResults(cap + 1).getResultList().size();
    return found > cap ? new Total(cap, false) : new Total(found, true);
  }

  /** Whether the filter narrows by state or not at all. */
  private static boolean stateAtMost(ArticleFilter filter) {
    return (filter.outlet() == null || filter.outlet().isBlank())
        && filter.batchId() == null
        && filter.flagType() == null
        && !filter.pendingOnly()
        && filter.publishedFrom() == null
        && filter.publishedTo() == null
        && !filter.duplicatesOnly()
        && filter.withSorted().isEmpty()
        && filter.withoutSorted().isEmpty();
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private List<ArticleRow> fromDatabase(
      ArticleFilter filter, After after, int first, int max, Sort sort, boolean ascending) {
    CriteriaBuilder cb = em.getCriteriaBuilder();
    CriteriaQuery<Long> query = cb.createQuery(Long.class);
    Root<Article> article = query.from(Article.class);
    List<Predicate> where = new ArrayList<>(List.of(predicates(cb, query, article, filter)));
    Expression<Comparable> column = article.get(sort.attribute);
    if (after != null) {
      // written so that the index of (column, id) starts at the value: column <= v, and past the
      // article among the rows that hold v
      Comparable value = (Comparable) after.value();
      Expression<Long> id = article.get("id");
      where.add(
          ascending ? cb.greaterThanOrEqualTo(column, value) : cb.lessThanOrEqualTo(column, value));
      where.add(
          cb.or(
              ascending ? cb.greaterThan(column, value) : cb.lessThan(column, value),
              ascending ? cb.greaterThan(id, after.id()) : cb.lessThan(id, after.id())));
    }
    Expression<Comparable> sortBy = column;
    if (sort == Sort.IMPORTED && (filter.publishedFrom() != null || filter.publishedTo() != null)) {
      // Articles are imported soon after they are published, so the matches of a range of
      // publication dates lie together in import order, not spread over it as the planner
      // assumes: walking the import-time index from the newest stops after 25 matches in its
      // estimate, but reads every newer import first (800,000 rows for two months a year back;
      // decision 0036). Ordered by an expression no index holds, the page reads the range from
      // the index of (published, created_at, id) and sorts it instead.
      sortBy = cb.coalesce(column, column);
    }
    // the page's ids first, then its articles: the ids of an offset page come from the index
    // alone, without reading the table rows the offset skips
    query
        .select(article.get("id"))
        .where(where.toArray(Predicate[]::new))
        .orderBy(
            ascending ? cb.asc(sortBy) : cb.desc(sortBy),
            ascending ? cb.asc(article.get("id")) : cb.desc(article.get("id")));
    List<Long> ids = em.createQuery(query).setFirstResult(first).setMaxResults(max).getResultList();
    if (ids.isEmpty()) {
      return List.of();
    }
    Map<Long, Article> byId = new HashMap<>();
    for (Article a :
        em.createQuery("select a from Article a where a.id in :ids", Article.class)
            .setParameter("ids", ids)
            .getResultList()) {
      byId.put(a.getId(), a);
    }
    // the labels of the page's rows in a second query: as columns of the page query, PostgreSQL
    // planned AGGREGATED's EXISTS as a hashed subplan over every block (21 s at a million
    // articles; decision 0029), not knowing that only 25 rows would ask
    Map<Long, List<ArticleLabel>> labels = labelsOf(ids);
    return ids.stream()
        .map(byId::get)
        .filter(java.util.Objects::nonNull)
        .map(a -> ArticleRow.of(a, labels.getOrDefault(a.getId(), List.of())))
        .toList();
  }

  /** Whether the article carries each label, in their declared order: columns of a page query. */
  private static List<Expression<Boolean>> labelColumns(
      CriteriaBuilder cb, AbstractQuery<?> query, Root<Article> article) {
    List<Expression<Boolean>> columns = new ArrayList<>();
    for (ArticleLabel label : ArticleLabel.values()) {
      columns.add(
          cb.<Boolean>selectCase().when(label.holds(cb, query, article), true).otherwise(false));
    }
    return columns;
  }

  private static List<ArticleLabel> labels(Tuple row, int firstColumn) {
    List<ArticleLabel> labels = new ArrayList<>();
    for (ArticleLabel label : ArticleLabel.values()) {
      if (Boolean.TRUE.equals(row.get(firstColumn + label.ordinal(), Boolean.class))) {
        labels.add(label);
      }
    }
    return labels;
  }

  /** The labels of the articles the index found, in one query. */
  private Map<Long, List<ArticleLabel>> labelsOf(List<Long> ids) {
    if (ids.isEmpty()) {
      return Map.of();
    }
    CriteriaBuilder cb = em.getCriteriaBuilder();
    CriteriaQuery<Tuple> query = cb.createTupleQuery();
    Root<Article> article = query.from(Article.class);
    List<Selection<?>> columns = new ArrayList<>();
    columns.add(article.get("id"));
    columns.addAll(labelColumns(cb, query, article));
    query.multiselect(columns).where(article.get("id").in(ids));
    Map<Long, List<ArticleLabel>> labels = new HashMap<>();
    for (Tuple row : em.createQuery(query).getResultList()) {
      labels.put(row.get(0, Long.class), labels(row, 1));
    }
    return labels;
  }

  private static Predicate[] predicates(
      CriteriaBuilder cb, AbstractQuery<?> query, Root<Article> article, ArticleFilter filter) {
    List<Predicate> all = new ArrayList<>();
    if (filter.state() != null) {
      all.add(cb.equal(article.get("state"), filter.state()));
    }
    if (filter.outlet() != null && !filter.outlet().isBlank()) {
      all.add(cb.equal(article.get("outlet"), filter.outlet().strip()));
    }
    if (filter.batchId() != null) {
      all.add(cb.equal(article.get("batch").get("id"), filter.batchId()));
    }
    if (filter.flagType() != null) {
      all.add(cb.like(article.get("flagTypes"), "% " + filter.flagType().name() + " %"));
    }
    if (filter.pendingOnly()) {
      all.add(cb.greaterThan(article.get("pendingFlags"), 0));
    }
    if (filter.publishedFrom() != null) {
      all.add(cb.greaterThanOrEqualTo(article.get("published"), filter.publishedFrom()));
    }
    if (filter.publishedTo() != null) {
      all.add(cb.lessThanOrEqualTo(article.get("published"), filter.publishedTo()));
    }
    if (filter.duplicatesOnly()) {
      all.add(cb.greaterThan(article.get("duplicateCount"), 0));
    }
    for (ArticleLabel label : filter.withSorted()) {
      all.add(label.holds(cb, query, article));
    }
    for (ArticleLabel label : filter.withoutSorted()) {
      all.add(cb.not(label.holds(cb, query, article)));
    }
    return all.toArray(Predicate[]::new);
  }

  private List<ArticleRow> fromIndex(
      ArticleFilter filter, int first, int max, Sort sort, boolean ascending) {
    SearchSession search = Search.session(em);
    SearchResult<Article> result =
        search
            .search(Article.class)
            .where(f -> indexPredicates(f, filter))
            .sort(f -> indexSort(f, sort, ascending))
            .fetch(first, max);
    Map<Long, List<ArticleLabel>> labels =
        labelsOf(result.hits().stream().map(Article::getId).toList());
    return result.hits().stream()
        .map(a -> ArticleRow.of(a, labels.getOrDefault(a.getId(), List.of())))
        .toList();
  }

  private static BooleanPredicateClausesStep<?> indexPredicates(
      SearchPredicateFactory f, ArticleFilter filter) {
    BooleanPredicateClausesStep<?> all =
        f.bool()
            .must(
                f.simpleQueryString()
                    .field("title")
                    .boost(3)
                    .field("text")
                    .matching(filter.text().strip())
                    .defaultOperator(BooleanOperator.AND));
    if (filter.state() != null) {
      all = all.filter(f.match().field("state").matching(filter.state()));
    }
    if (filter.outlet() != null && !filter.outlet().isBlank()) {
      all = all.filter(f.match().field("outlet").matching(filter.outlet().strip()));
    }
    if (filter.batchId() != null) {
      all = all.filter(f.match().field("batchId").matching(filter.batchId()));
    }
    if (filter.flagType() != null) {
      all = all.filter(f.match().field("flagTypes").matching(filter.flagType().name()));
    }
    if (filter.pendingOnly()) {
      all = all.filter(f.range().field("pendingFlags").atLeast(1));
    }
    if (filter.publishedFrom() != null || filter.publishedTo() != null) {
      all =
          all.filter(
              f.range().field("published").between(filter.publishedFrom(), filter.publishedTo()));
    }
    if (filter.duplicatesOnly()) {
      all = all.filter(f.range().field("duplicateCount").atLeast(1));
    }
    // the labels read from the flag summary, which the index holds (ArticleFilter refuses the
    // others with words)
    for (ArticleLabel label : filter.withSorted()) {
      all = all.filter(f.match().field("flagTypes").matching(label.flagType().name()));
    }
    for (ArticleLabel label : filter.withoutSorted()) {
      all = all.mustNot(f.match().field("flagTypes").matching(label.flagType().name()));
    }
    return all;
  }

  private static SortFinalStep indexSort(SearchSortFactory f, Sort sort, boolean ascending) {
    SortOrder order = ascending ? SortOrder.ASC : SortOrder.DESC;
    if (sort == Sort.IMPORTED && !ascending) {
      // Most relevant first when words are given and no other order is asked for.
      return f.composite().add(f.score()).add(f.field("createdAt").order(SortOrder.DESC));
    }
    return f.composite().add(f.field(sort.indexField).order(order)).add(f.score());
  }

  /**
   * The distinct outlets, for the list's outlet filter: on PostgreSQL from the counts per outlet
   * the database keeps (a distinct over a million rows is not read on every page view).
   */
  public List<String> outlets() {
    if (kept.kept()) {
      return kept.read(StatisticCounts.ARTICLE_OUTLET).keySet().stream()
          .sorted()
          .limit(1000)
          .toList();
    }
    return em.createQuery(
            "select distinct a.outlet from Article a where a.outlet is not null order by a.outlet",
            String.class)
        .setMaxResults(1000)
        .getResultList();
  }

  /**
   * Queues a fresh index entry for articles changed by a bulk update (which the index does not see
   * by itself); written when the transaction commits.
   */
  public static void reindexLater(EntityManager em, Collection<Long> ids) {
    var plan = Search.session(em).indexingPlan();
    ids.forEach(id -> plan.addOrUpdate(em.getReference(Article.class, id)));
  }
}
