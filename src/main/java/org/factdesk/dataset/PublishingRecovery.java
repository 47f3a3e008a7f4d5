package org.factdesk.dataset;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.logging.Logger;

/**
 * At start-up, removes versions a server stop cut off while they were being published (still
 * PUBLISHING), with their entries. Such a version was never listed nor exported. Only versions
 * started more than an hour ago: in a cluster another instance may be publishing one right now.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigration")
public class PublishingRecovery {

  private static final Logger LOG = Logger.getLogger(PublishingRecovery.class.getName());

  @PersistenceContext private EntityManager em;

  @PostConstruct
  void atStartup() {
    Instant before = Instant.now().minus(1, ChronoUnit.HOURS);
    for (Object id :
        em.createQuery(
                "select v.id from DatasetVersion v where v.state = :state and v.publishedAt < :before")
            .setParameter("state", DatasetVersion.State.PUBLISHING)
            .setParameter("before", before)
            .getResultList()) {
      em.createNativeQuery("delete from dataset_entry where version_id = ?1")
          .setParameter(1, id)
          .executeUpdate();
      em.createNativeQuery("delete from dataset_version where id = ?1")
          .setParameter(1, id)
          .executeUpdate();
      LOG.warning(() -> "Dataset version " + id + " was cut off while publishing; removed");
    }
  }
}
