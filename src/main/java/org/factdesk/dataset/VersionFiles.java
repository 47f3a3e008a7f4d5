package org.factdesk.dataset;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.PreparedStatement;
import java.util.List;
import org.factdesk.identity.Role;
import org.hibernate.Session;

/**
 * The files of a version stored at publish (table {@code dataset_file}: CSV, ClaimReview, Parquet
 * and the zip; JSONL is the entries themselves), each in numbered parts, so that a download copies
 * bytes (docs/decisions/0011). Written by {@link VersionPublisher}, read by downloads.
 */
@Stateless
public class VersionFiles {

  /**
   * The largest part of a stored file. Small, so that neither the JVM (a 256 MB heap treats arrays
   * of 512 KiB and more as humongous, needing contiguous regions) nor H2's page writer (a page
   * holds several rows) handles big single values.
   */
  static final int PART_SIZE = 32 * 1024;

  /** Parts stored per transaction (one JDBC batch), and read per query: 1 MiB. */
  static final int PARTS_PER_WRITE = 32;

  @PersistenceContext private EntityManager em;

  /** Stores parts of a file of a version being published, numbered from {@code first} on. */
  @RolesAllowed(Role.ADMIN_NAME)
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void store(long versionId, ExportFormat format, int first, List<byte[]> parts) {
    em.unwrap(Session.class)
        .doWork(
            connection -> {
              try (PreparedStatement insert =
                  connection.prepareStatement(
                      "insert into dataset_file (version_id, format, part, bytes)"
                          + " values (?, ?, ?, ?)")) {
                for (int i = 0; i < parts.size(); i++) {
                  insert.setLong(1, versionId);
                  insert.setString(2, format.name());
                  insert.setInt(3, first + i);
                  insert.setBytes(4, parts.get(i));
                  insert.addBatch();
                }
                insert.executeBatch();
              }
            });
  }

  /** The stored parts of a version's file from part {@code from} on, a page of them, in order. */
  @RolesAllowed({Role.ADMIN_NAME, Role.EDITOR_NAME, Role.FACT_CHECKER_NAME})
  public List<byte[]> parts(long versionId, ExportFormat format, int from) {
    @SuppressWarnings("unchecked")
    List<byte[]> parts =
        em.createNativeQuery(
                // the whole key in the order: H2 then reads the primary key in order, not sorting
                "select bytes from dataset_file where version_id = ?1 and format = ?2"
                    + " and part >= ?3 order by version_id, format, part")
            .setParameter(1, versionId)
            .setParameter(2, format.name())
            .setParameter(3, from)
            .setMaxResults(PARTS_PER_WRITE)
            .getResultList();
    return parts;
  }

  /** Removes all stored files of a version, in the caller's transaction. */
  static void removeAll(EntityManager em, long versionId) {
    em.createNativeQuery("delete from dataset_file where version_id = ?1")
        .setParameter(1, versionId)
        .executeUpdate();
  }
}
