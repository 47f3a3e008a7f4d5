package org.factdesk.platform;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnit;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.hibernate.SessionFactory;

/**
 * Brings the schema up to date with Flyway before anything else touches the database, then lets
 * Hibernate validate its mappings against the result. A failure here stops the deployment: the
 * application never runs on a schema it does not understand.
 *
 * <p>Hibernate's own validation at deploy time is switched off in persistence.xml because the
 * persistence unit starts before this bean; validating here, after the migrations, gives the same
 * guarantee in the right order.
 */
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
public class DatabaseMigration {

  private static final Logger LOG = Logger.getLogger(DatabaseMigration.class.getName());

  @Resource(lookup = DatabaseConfiguration.JNDI_NAME)
  private DataSource dataSource;

  @PersistenceUnit private EntityManagerFactory entityManagerFactory;

  private String databaseProduct;

  @PostConstruct
  void migrateAndValidate() {
    databaseProduct = productName();
    migrate(dataSource, databaseProduct);
    entityManagerFactory.unwrap(SessionFactory.class).getSchemaManager().validateMappedObjects();
    LOG.info("Hibernate mappings match the schema");
  }

  /**
   * Migrates the schema; also called before the persistence unit starts when its search
   * coordination needs tables at once ({@link FactdeskPersistenceProvider}).
   */
  static void migrate(DataSource dataSource, String databaseProduct) {
    Flyway flyway =
        Flyway.configure(DatabaseMigration.class.getClassLoader())
            .dataSource(dataSource)
            .locations(locationsFor(databaseProduct))
            .failOnMissingLocations(false)
            .load();
    MigrateResult result = flyway.migrate();
    LOG.info(
        () ->
            "Schema on "
                + databaseProduct
                + " is at version "
                + flyway.info().current().getVersion()
                + " ("
                + result.migrationsExecuted
                + " migrations applied now)");
  }

  /** The database product as the JDBC driver names it, e.g. "H2" or "PostgreSQL". */
  public String databaseProduct() {
    return databaseProduct;
  }

  private String productName() {
    return productName(dataSource);
  }

  static String productName(DataSource dataSource) {
    try (Connection connection = dataSource.getConnection()) {
      return connection.getMetaData().getDatabaseProductName();
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot reach the database: " + e.getMessage(), e);
    }
  }

  /**
   * Common migrations plus the vendor's own folder. Flyway's {vendor} placeholder does not resolve
   * inside Payara, so the folder is picked from the JDBC metadata.
   */
  static String[] locationsFor(String product) {
    String vendor = product.toLowerCase(Locale.ROOT).contains("postgres") ? "postgresql" : "h2";
    return new String[] {"classpath:db/migration/common", "classpath:db/migration/" + vendor};
  }
}
