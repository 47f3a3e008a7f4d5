package org.factdesk.dataset;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.List;
import org.factdesk.identity.Role;
import org.hibernate.Session;

/**
 * A version's entries (table {@code dataset_entry}): one frozen article each, its JSON as
 * published, numbered by position. Publishing adds them a page at a time ({@link
 * PublishSteps#freezePage}); exports read them back a page at a time.
 */
@Stateless
public class VersionEntries {

  /** Entries read per query while exporting. */
  static final int READ_PAGE = 500;

  @PersistenceContext private EntityManager em;

  /** The entries of a version after a position, at most a page of them, in order. */
  @RolesAllowed({Role.ADMIN_NAME, Role.EDITOR_NAME, Role.FACT_CHECKER_NAME})
  public List<Exporter.Entry> after(long versionId, int afterPosition) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                // the whole key in the order: H2 then reads the primary key in order, not sorting
                "select position, body from dataset_entry where version_id = ?1 and position > ?2"
                    + " order by version_id, position")
            .setParameter(1, versionId)
            .setParameter(2, afterPosition)
            .setMaxResults(READ_PAGE)
            .getResultList();
    List<Exporter.Entry> entries = new ArrayList<>(rows.size());
    for (Object[] row : rows) {
      entries.add(new Exporter.Entry(((Number) row[0]).intValue(), (byte[]) row[1]));
    }
    return entries;
  }

  /**
   * Adds entries to a version from {@code position} on, in the caller's transaction (one JDBC
   * batch).
   */
  static void insert(
      EntityManager em, long versionId, int position, List<Long> articleIds, List<byte[]> bodies) {
    em.unwrap(Session.class)
        .doWork(
            connection -> {
              try (PreparedStatement insert =
                  connection.prepareStatement(
                      "insert into dataset_entry (version_id, position, article_id, body)"
                          + " values (?, ?, ?, ?)")) {
                for (int i = 0; i < articleIds.size(); i++) {
                  insert.setLong(1, versionId);
                  insert.setInt(2, position + i);
                  insert.setLong(3, articleIds.get(i));
                  insert.setBytes(4, bodies.get(i));
                  insert.addBatch();
                }
                insert.executeBatch();
              }
            });
  }

  /** Removes all entries of a version, in the caller's transaction. */
  static void removeAll(EntityManager em, long versionId) {
    em.createNativeQuery("delete from dataset_entry where version_id = ?1")
        .setParameter(1, versionId)
        .executeUpdate();
  }
}
