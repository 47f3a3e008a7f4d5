package org.factdesk.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.factdesk.article.ArticleState;
import org.factdesk.article.ArticleStatistics;
import org.factdesk.identity.Role;
import org.factdesk.identity.UserService;

/** The dashboard: live counts from the database. */
@Named
@ViewScoped
public class DashboardView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private ArticleStatistics articles;
  @Inject private UserService users;
  @Inject private ShellView shell;

  private Map<ArticleState, Long> articlesByState;
  private Map<Role, Long> usersByRole;
  private List<ArticleStatistics.Recent> recent;

  public void load() {
    articlesByState = articles.countByState();
    recent = articles.recent(10);
    usersByRole = shell.isAdmin() ? users.countByRole() : Map.of();
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
