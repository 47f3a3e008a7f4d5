package org.factdesk.platform;

import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.spi.PersistenceUnitInfo;
import java.util.HashMap;
import java.util.Map;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.hibernate.jpa.HibernatePersistenceProvider;

/**
 * Hibernate (docs/decisions/0001), plus the search settings that depend on the deployment: Payara
 * starts the persistence unit from persistence.xml, whose values are fixed in the WAR, and passes
 * no settings of its own. This provider adds those of {@link SearchBackend}, read from MicroProfile
 * Config (so from {@code microprofile-config.properties}, system properties or the environment),
 * before Hibernate starts.
 */
public class FactdeskPersistenceProvider extends HibernatePersistenceProvider {

  @Override
  @SuppressWarnings({"rawtypes", "unchecked"})
  public EntityManagerFactory createContainerEntityManagerFactory(
      PersistenceUnitInfo info, Map properties) {
    Map<Object, Object> settings = new HashMap<>();
    if (properties != null) {
      settings.putAll(properties);
    }
    Config config = ConfigProvider.getConfig(info.getClassLoader());
    Map<String, String> search =
        SearchBackend.hibernateProperties(key -> config.getOptionalValue(key, String.class));
    settings.putAll(search);
    if (search.containsKey("hibernate.search.coordination.strategy")) {
      // The outbox agent starts with the persistence unit and reads its tables at once: migrate
      // first (DatabaseMigration finds nothing left to do and validates the mappings later).
      DataSource dataSource = info.getJtaDataSource();
      DatabaseMigration.migrate(dataSource, DatabaseMigration.productName(dataSource));
    }
    return super.createContainerEntityManagerFactory(info, settings);
  }
}
