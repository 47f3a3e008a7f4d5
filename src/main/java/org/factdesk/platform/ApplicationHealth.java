package org.factdesk.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;

/** Alive once the schema is migrated and validated: {@code /health/live}. */
@Liveness
@ApplicationScoped
public class ApplicationHealth implements HealthCheck {

  @Inject private DatabaseMigration migration;

  @Override
  public HealthCheckResponse call() {
    return HealthCheckResponse.named("factdesk")
        .up()
        .withData("database", String.valueOf(migration.databaseProduct()))
        .build();
  }
}
