package org.factdesk.web;

import jakarta.ejb.EJBException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.ConstraintViolationException;
import java.io.Serializable;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.factdesk.identity.IdentityException;
import org.factdesk.identity.Role;
import org.factdesk.identity.User;
import org.factdesk.identity.UserService;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/** The Users page (ADMIN): list, create, roles, disable and enable, password reset. */
@Named
@ViewScoped
public class UsersView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private UserService users;
  @Inject private Caller caller;

  // Holds a page of User entities: not replicated with the session, made again where needed.
  private transient UserTable table;
  private String search;

  private Long selectedId;
  private String selectedUsername;
  private Role[] selectedRoles = {};
  private String newPassword;

  private String createUsername;
  private String createDisplayName;
  private String createPassword;
  private Role[] createRoles = {Role.EDITOR};

  public LazyDataModel<User> getTable() {
    if (table == null) {
      table = new UserTable();
    }
    return table;
  }

  public List<Role> getAllRoles() {
    return List.of(Role.values());
  }

  public void create() {
    boolean created =
        attempt(
            () ->
                users.create(
                    createUsername, createDisplayName, createPassword, roleSet(createRoles)),
            "User '" + createUsername + "' created.");
    if (created) {
      createUsername = null;
      createDisplayName = null;
      createRoles = new Role[] {Role.EDITOR};
    }
  }

  /** Opens the roles and password dialog on one user. */
  public void select(User user) {
    selectedId = user.getId();
    selectedUsername = user.getUsername();
    selectedRoles = user.getRoles().toArray(Role[]::new);
    newPassword = null;
  }

  public void saveRoles() {
    attempt(
        () -> users.changeRoles(selectedId, roleSet(selectedRoles), actor()),
        "Roles of '" + selectedUsername + "' saved; their open sessions were ended.");
  }

  public void resetPassword() {
    attempt(
        () -> users.resetPassword(selectedId, newPassword, actor()),
        "Password of '" + selectedUsername + "' reset; their open sessions were ended.");
  }

  public void disable(User user) {
    attempt(
        () -> users.disable(user.getId(), actor()),
        "User '" + user.getUsername() + "' disabled; their open sessions were ended.");
  }

  public void enable(User user) {
    attempt(
        () -> users.enable(user.getId(), actor()), "User '" + user.getUsername() + "' enabled.");
  }

  /** Runs one action and reports how it went; passwords typed are never kept. */
  private boolean attempt(Supplier<User> action, String success) {
    try {
      action.get();
      Messages.info(success);
      return true;
    } catch (IdentityException e) {
      Messages.error(e.getMessage());
      return false;
    } catch (EJBException e) {
      Messages.error(explain(e));
      return false;
    } finally {
      newPassword = null;
      createPassword = null;
    }
  }

  private static String explain(EJBException e) {
    Throwable cause = e.getCause();
    if (cause instanceof ConstraintViolationException violations) {
      return violations.getConstraintViolations().iterator().next().getMessage();
    }
    if (cause instanceof IdentityException identity) {
      return identity.getMessage();
    }
    return "The change could not be saved: "
        + (cause == null ? e.getMessage() : cause.getMessage());
  }

  private static Set<Role> roleSet(Role[] roles) {
    return roles == null || roles.length == 0 ? null : EnumSet.copyOf(List.of(roles));
  }

  private String actor() {
    return caller.name();
  }

  public boolean isSelf(User user) {
    return user.getUsername().equals(actor());
  }

  /** The table asks the database for one page at a time. */
  private class UserTable extends LazyDataModel<User> {

    private static final long serialVersionUID = 1L;

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
      return Math.toIntExact(users.count(search));
    }

    @Override
    public List<User> load(
        int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
      SortMeta sort = sortBy.values().stream().findFirst().orElse(null);
      String field = sort == null ? "username" : sort.getField();
      boolean ascending = sort == null || sort.getOrder() != SortOrder.DESCENDING;
      return users.page(first, pageSize, field, ascending, search);
    }

    @Override
    public String getRowKey(User user) {
      return String.valueOf(user.getId());
    }

    @Override
    public User getRowData(String rowKey) {
      return users.find(Long.valueOf(rowKey));
    }
  }

  public String getSearch() {
    return search;
  }

  public void setSearch(String search) {
    this.search = search;
  }

  public String getSelectedUsername() {
    return selectedUsername;
  }

  public Role[] getSelectedRoles() {
    return selectedRoles;
  }

  public void setSelectedRoles(Role[] selectedRoles) {
    this.selectedRoles = selectedRoles;
  }

  public String getNewPassword() {
    return newPassword;
  }

  public void setNewPassword(String newPassword) {
    this.newPassword = newPassword;
  }

  public String getCreateUsername() {
    return createUsername;
  }

  public void setCreateUsername(String createUsername) {
    this.createUsername = createUsername;
  }

  public String getCreateDisplayName() {
    return createDisplayName;
  }

  public void setCreateDisplayName(String createDisplayName) {
    this.createDisplayName = createDisplayName;
  }

  public String getCreatePassword() {
    return createPassword;
  }

  public void setCreatePassword(String createPassword) {
    this.createPassword = createPassword;
  }

  public Role[] getCreateRoles() {
    return createRoles;
  }

  public void setCreateRoles(Role[] createRoles) {
    this.createRoles = createRoles;
  }
}
