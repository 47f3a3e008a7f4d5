package org.factdesk.identity;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Order;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.servlet.http.HttpSession;
import jakarta.validation.constraints.NotNull;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;
import java.util.regex.Pattern;

/** User administration: the Users page and its REST twin. ADMIN only. */
@Stateless
@RolesAllowed(Role.ADMIN_NAME)
public class UserService {

  private static final Logger LOG = Logger.getLogger(UserService.class.getName());
  private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{1,63}");

  /** Columns the Users table may sort by. */
  public static final Set<String> SORTABLE = Set.of("username", "displayName", "lastLoginAt");

  @PersistenceContext private EntityManager em;

  @Inject private PasswordHasher hasher;

  @Inject private SessionRegistry sessions;

  @Inject private SignInGuard guard;

  @Resource private SessionContext context;

  private final PasswordPolicy policy = new PasswordPolicy();

  /** One page of users, filtered by a fragment of the user name or display name. */
  public List<User> page(int first, int size, String sortField, boolean ascending, String filter) {
    CriteriaBuilder cb = em.getCriteriaBuilder();
    CriteriaQuery<User> query = cb.createQuery(User.class);
    Root<User> user = query.from(User.class);
    query.select(user).where(matching(cb, user, filter));
    String field = SORTABLE.contains(sortField) ? sortField : "username";
    Order order = ascending ? cb.asc(user.get(field)) : cb.desc(user.get(field));
    query.orderBy(order, cb.asc(user.get("id")));
    return em.createQuery(query).setFirstResult(first).setMaxResults(size).getResultList();
  }

  public long count(String filter) {
    CriteriaBuilder cb = em.getCriteriaBuilder();
    CriteriaQuery<Long> query = cb.createQuery(Long.class);
    Root<User> user = query.from(User.class);
    query.select(cb.count(user)).where(matching(cb, user, filter));
    return em.createQuery(query).getSingleResult();
  }

  private static Predicate matching(CriteriaBuilder cb, Root<User> user, String filter) {
    if (filter == null || filter.isBlank()) {
      return cb.conjunction();
    }
    String like = "%" + filter.trim().toLowerCase(Locale.ROOT).replace("%", "") + "%";
    return cb.or(
        cb.like(cb.lower(user.get("username")), like),
        cb.like(cb.lower(user.get("displayName")), like));
  }

  public User find(@NotNull(message = "Which user?") Long id) {
    User user = em.find(User.class, id);
    if (user == null) {
      throw new IdentityException("There is no user with id " + id + ".");
    }
    return user;
  }

  public User create(
      @NotNull(message = "Enter a user name.") String username,
      String displayName,
      @NotNull(message = "Enter a password.") String password,
      @NotNull(message = "Choose at least one role.") Set<Role> roles) {
    String name = username.trim();
    if (!USERNAME.matcher(name).matches()) {
      throw new IdentityException(
          "User name '"
              + Authenticator.printable(name)
              + "' is not allowed: use 2 to 64 lower-case letters, digits, '.', '_' or '-',"
              + " starting with a letter or digit.");
    }
    if (!em.createNamedQuery(User.BY_USERNAME, User.class)
        .setParameter("username", name)
        .getResultList()
        .isEmpty()) {
      throw new IdentityException("User name '" + name + "' is taken.");
    }
    String shownName = displayName == null || displayName.isBlank() ? name : displayName.trim();
    requireAcceptable(password, name, shownName);
    User user = new User(name, shownName, hasher.hash(password), roles);
    em.persist(user);
    LOG.info(() -> "User '" + name + "' created with roles " + user.roleNames());
    return user;
  }

  public User changeRoles(
      Long id, @NotNull(message = "Choose at least one role.") Set<Role> roles, String actor) {
    User user = find(id);
    if (user.getUsername().equals(actor)
        && user.hasRole(Role.ADMIN)
        && !roles.contains(Role.ADMIN)) {
      throw new IdentityException("You cannot take the ADMIN role from yourself.");
    }
    if (user.hasRole(Role.ADMIN) && !roles.contains(Role.ADMIN)) {
      requireAnotherAdmin(user);
    }
    user.assignRoles(roles);
    sessions.endSessionsOf(user.getUsername(), "roles changed by " + actor);
    LOG.info(
        () ->
            "User '"
                + user.getUsername()
                + "' now has roles "
                + user.roleNames()
                + " (by "
                + actor
                + ")");
    return user;
  }

  public User disable(Long id, String actor) {
    User user = find(id);
    if (user.getUsername().equals(actor)) {
      throw new IdentityException("You cannot disable your own account.");
    }
    if (user.hasRole(Role.ADMIN)) {
      requireAnotherAdmin(user);
    }
    user.disable();
    int ended = sessions.endSessionsOf(user.getUsername(), "disabled by " + actor);
    LOG.info(
        () ->
            "User '"
                + user.getUsername()
                + "' disabled by "
                + actor
                + "; "
                + ended
                + " session(s) ended");
    return user;
  }

  public User enable(Long id, String actor) {
    User user = find(id);
    user.enable();
    LOG.info(() -> "User '" + user.getUsername() + "' enabled by " + actor);
    return user;
  }

  public User resetPassword(
      Long id, @NotNull(message = "Enter a password.") String password, String actor) {
    User user = find(id);
    requireAcceptable(password, user.getUsername(), user.getDisplayName());
    user.changePasswordHash(hasher.hash(password));
    sessions.endSessionsOf(user.getUsername(), "password reset by " + actor);
    LOG.info(() -> "Password of '" + user.getUsername() + "' reset by " + actor);
    return user;
  }

  /**
   * The caller changes their own password: the current one first (so that an unattended signed-in
   * browser is not enough), then the policy. Their other sessions end.
   */
  @RolesAllowed({Role.ADMIN_NAME, Role.EDITOR_NAME, Role.FACT_CHECKER_NAME})
  public void changeOwnPassword(
      @NotNull(message = "Enter your current password.") String current,
      @NotNull(message = "Enter a new password.") String password,
      HttpSession keep) {
    String me = context.getCallerPrincipal().getName();
    User user =
        em.createNamedQuery(User.BY_USERNAME, User.class)
            .setParameter("username", me)
            .setLockMode(LockModeType.PESSIMISTIC_WRITE)
            .getSingleResult();
    boolean right;
    try {
      right = guard.gate().run(() -> hasher.matches(current, user.getPasswordHash()));
    } catch (HashGate.Busy busy) {
      throw new IdentityException(busy.getMessage());
    }
    if (!right) {
      throw new IdentityException("Your current password is not right: nothing changed.");
    }
    if (current.equals(password)) {
      throw new IdentityException("The new password is the same as the current one.");
    }
    requireAcceptable(password, user.getUsername(), user.getDisplayName());
    user.changePasswordHash(hasher.hash(password));
    int ended = sessions.endOtherSessionsOf(me, keep, "password changed");
    LOG.info(() -> "'" + me + "' changed their password; " + ended + " other session(s) ended");
  }

  /** Enabled users per role, for the dashboard. */
  public Map<Role, Long> countByRole() {
    Map<Role, Long> counts = new EnumMap<>(Role.class);
    for (Role role : Role.values()) {
      counts.put(role, 0L);
    }
    for (Object[] row : em.createNamedQuery(User.COUNT_BY_ROLE, Object[].class).getResultList()) {
      counts.put((Role) row[0], (Long) row[1]);
    }
    return counts;
  }

  private void requireAcceptable(String password, String username, String displayName) {
    policy
        .problemWith(password, username, displayName)
        .ifPresent(
            problem -> {
              throw new IdentityException(problem);
            });
  }

  private void requireAnotherAdmin(User leaving) {
    Long otherAdmins =
        em.createQuery(
                "select count(u) from User u join u.roles r"
                    + " where r = :admin and u.enabled = true and u <> :user",
                Long.class)
            .setParameter("admin", Role.ADMIN)
            .setParameter("user", leaving)
            .getSingleResult();
    if (otherAdmins == 0) {
      throw new IdentityException(
          "'"
              + leaving.getUsername()
              + "' is the last enabled admin: make someone else admin first.");
    }
  }
}
