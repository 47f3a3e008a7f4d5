package org.factdesk.identity;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;
import org.hibernate.Session;

/**
 * Seals the TOTP secrets still stored plain (rows of before V38, or written by an older instance
 * during a rolling upgrade) or sealed with a previous key, at every start (docs/decisions/0037). A
 * step at start rather than a Flyway migration: a migration runs once, perhaps before the key is
 * configured, and rows an older instance writes afterwards would stay plain. Each row is replaced
 * only if it still holds what was read, so two instances starting at once cannot undo each other; a
 * row used at sign-in before this ran is sealed then ({@link User#acceptCode}).
 */
@Singleton
@Startup
@DependsOn("DatabaseMigration")
public class TotpSealing {

  private static final Logger LOG = Logger.getLogger(TotpSealing.class.getName());

  private static final String STORED =
      "select id, username, totp_secret from app_user where totp_secret is not null";
  private static final String SEAL =
      "update app_user set totp_secret = ?, version = version + 1 where id = ? and totp_secret = ?";

  @PersistenceContext private EntityManager em;
  @Inject private TotpKeys keys;

  @PostConstruct
  void atStartup() {
    sealStoredSecrets();
  }

  /** Seals what is stored plain or under a previous key; returns how many rows it sealed. */
  public int sealStoredSecrets() {
    TotpCipher cipher = keys.cipher();
    record Row(long id, String username, String stored) {}
    return em.unwrap(Session.class)
        .doReturningWork(
            connection -> {
              List<Row> rows = new ArrayList<>();
              try (PreparedStatement read = connection.prepareStatement(STORED);
                  ResultSet row = read.executeQuery()) {
                while (row.next()) {
                  rows.add(new Row(row.getLong(1), row.getString(2), row.getString(3)));
                }
              }
              int plain = 0;
              int sealed = 0;
              try (PreparedStatement seal = connection.prepareStatement(SEAL)) {
                for (Row row : rows) {
                  if (!TotpCipher.isSealed(row.stored())) {
                    plain++;
                  }
                  if (!cipher.needsSealing(row.stored())) {
                    continue;
                  }
                  String secret;
                  try {
                    secret = cipher.open(row.username(), row.stored());
                  } catch (IdentityException unreadable) {
                    LOG.severe(unreadable.getMessage());
                    continue;
                  }
                  seal.setString(1, cipher.seal(row.username(), secret));
                  seal.setLong(2, row.id());
                  seal.setString(3, row.stored());
                  sealed += seal.executeUpdate();
                }
              }
              int sealedNow = sealed;
              if (sealedNow > 0) {
                LOG.info(() -> "TOTP secrets sealed at start: " + sealedNow);
              } else if (plain > 0 && !cipher.canSeal()) {
                int stillPlain = plain;
                LOG.warning(
                    () ->
                        stillPlain
                            + " TOTP secret(s) are stored unencrypted: set factdesk.totp.key to"
                            + " seal them");
              }
              return sealedNow;
            });
  }
}
