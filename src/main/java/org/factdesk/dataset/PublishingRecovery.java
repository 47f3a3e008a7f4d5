package org.factdesk.dataset;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.logging.Logger;

/**
 * At start-up, marks as failed the versions a server stop cut off while they were being published:
 * still PUBLISHING and without progress for {@link DatasetVersion#CUT_OFF_AFTER} (in a cluster,
 * another instance may be publishing one right now, and it saves progress every second or so).
 * Their entries and files are removed; such a version was never listed nor exported. A version cut
 * off more recently is found the same way when its dataset is next published.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigration")
public class PublishingRecovery {

  static final String CUT_OFF =
      "Publishing was cut off (the server stopped while it ran); publish the version again.";

  private static final Logger LOG = Logger.getLogger(PublishingRecovery.class.getName());

  @PersistenceContext private EntityManager em;

  @PostConstruct
  void atStartup() {
    Instant now = Instant.now();
    for (DatasetVersion version :
        em.createQuery(
                "select v from DatasetVersion v where v.state = :state", DatasetVersion.class)
            .setParameter("state", DatasetVersion.State.PUBLISHING)
            .getResultList()) {
      if (!version.isCutOff(now)) {
        continue;
      }
      PublishSteps.removeContent(em, version.getId());
      version.failed(CUT_OFF);
      LOG.warning(() -> "Dataset version " + version.getId() + " was cut off while publishing");
    }
  }
}
