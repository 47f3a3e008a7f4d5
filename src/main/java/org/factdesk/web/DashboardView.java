package org.factdesk.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.factdesk.analysis.FlagType;
import org.factdesk.article.ArticleState;
import org.factdesk.article.ArticleStatistics;
import org.factdesk.article.FlagDecision;
import org.factdesk.claim.FactCheckService;
import org.factdesk.claim.Rating;
import org.factdesk.identity.Role;
import org.factdesk.identity.UserService;
import org.factdesk.workflow.WorkflowService;

/**
 * The dashboard, live from the database: articles per state, each person's own work (editors: to
 * review and to approve; fact-checkers: their queue), and charts of imports and approvals per day,
 * flags by type and decision, and verdicts by rating.
 */
@Named
@ViewScoped
public class DashboardView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private ArticleStatistics articles;
  @Inject private UserService users;
  @Inject private ShellView shell;
  @Inject private FactCheckService factCheck;
  @Inject private WorkflowService workflow;

  /** The charts of activity look back this many days. */
  static final int DAYS = 30;

  private Map<ArticleState, Long> articlesByState;
  private Map<Role, Long> usersByRole;
  private List<ArticleStatistics.Recent> recent;
  private long readyToApprove;
  private FactCheckService.MyQueue myQueue;
  private String activityChart;
  private String flagChart;
  private String verdictChart;

  public void load() {
    articlesByState = articles.countByState();
    recent = articles.recent(10);
    usersByRole = shell.isAdmin() ? users.countByRole() : Map.of();
    if (shell.isEditor() || shell.isAdmin()) {
      readyToApprove = articles.readyToApproveBy(shell.getUsername(), workflow.isFourEyes());
    }
    if (shell.isFactChecker()) {
      myQueue = factCheck.myQueue();
    }
    activityChart = activity();
    flagChart = flags();
    verdictChart = verdicts();
  }

  /** Imports and approvals per day over the last {@link #DAYS} days, every day shown. */
  private String activity() {
    LocalDate today = LocalDate.now(ZoneOffset.UTC);
    LocalDate since = today.minusDays(DAYS - 1L);
    Map<LocalDate, Long> imports = byDay(articles.importsPerDay(since));
    Map<LocalDate, Long> approvals = byDay(articles.approvalsPerDay(since));
    List<String> labels = new ArrayList<>();
    List<Long> imported = new ArrayList<>();
    List<Long> approved = new ArrayList<>();
    for (LocalDate d = since; !d.isAfter(today); d = d.plusDays(1)) {
      labels.add(d.toString().substring(5));
      imported.add(imports.getOrDefault(d, 0L));
      approved.add(approvals.getOrDefault(d, 0L));
    }
    return Charts.bar(
        labels,
        List.of(new Charts.Series("Imported", imported), new Charts.Series("Approved", approved)),
        false);
  }

  private static Map<LocalDate, Long> byDay(List<ArticleStatistics.Day> days) {
    Map<LocalDate, Long> map = new HashMap<>();
    days.forEach(d -> map.put(d.day(), d.count()));
    return map;
  }

  /** Flags per type, stacked by the editors' decision. */
  private String flags() {
    Map<FlagType, Map<FlagDecision, Long>> counts = articles.flagsByType();
    List<String> labels = new ArrayList<>();
    for (FlagType type : FlagType.values()) {
      labels.add(type.name());
    }
    List<Charts.Series> series = new ArrayList<>();
    for (FlagDecision decision : FlagDecision.values()) {
      List<Long> values = new ArrayList<>();
      for (FlagType type : FlagType.values()) {
        values.add(counts.getOrDefault(type, Map.of()).getOrDefault(decision, 0L));
      }
      series.add(new Charts.Series(decision.name().toLowerCase(java.util.Locale.ROOT), values));
    }
    return Charts.bar(labels, series, true);
  }

  /** Claims per newest verdict rating. */
  private String verdicts() {
    Map<Rating, Long> counts = factCheck.countByRating();
    return Charts.doughnut(
        counts.keySet().stream().map(Rating::label).toList(),
        List.copyOf(counts.values()),
        counts.keySet().stream().map(DashboardView::colour).toList());
  }

  /** From green (true) to red (false); grey for unverifiable. */
  private static String colour(Rating rating) {
    return switch (rating) {
      case TRUE -> "#16a34a";
      case MOSTLY_TRUE -> "#84cc16";
      case MIXED -> "#f59e0b";
      case MISLEADING -> "#f97316";
      case FALSE -> "#dc2626";
      case UNVERIFIABLE -> "#94a3b8";
    };
  }

  public long getToReview() {
    return articlesIn(ArticleState.IMPORTED) + articlesIn(ArticleState.IN_REVIEW);
  }

  public long getReadyToApprove() {
    return readyToApprove;
  }

  public FactCheckService.MyQueue getMyQueue() {
    return myQueue;
  }

  public String getActivityChart() {
    return activityChart;
  }

  public String getFlagChart() {
    return flagChart;
  }

  public String getVerdictChart() {
    return verdictChart;
  }

  public List<ArticleStatistics.Recent> getRecent() {
    return recent;
  }

  public List<ArticleState> getStates() {
    return List.of(ArticleState.values());
  }

  public List<Role> getRoles() {
    return List.of(Role.values());
  }

  public long articlesIn(ArticleState state) {
    return articlesByState.getOrDefault(state, 0L);
  }

  public long getTotalArticles() {
    return articlesByState.values().stream().mapToLong(Long::longValue).sum();
  }

  public long usersWith(Role role) {
    return usersByRole.getOrDefault(role, 0L);
  }
}
