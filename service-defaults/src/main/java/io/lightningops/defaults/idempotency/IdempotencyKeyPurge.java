package io.lightningops.defaults.idempotency;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.quarkus.scheduler.Scheduled;

/** Forgets idempotency keys after their retention (24 hours by default), as clients retry within minutes. */
@ApplicationScoped
public class IdempotencyKeyPurge {

    private static final Logger LOG = Logger.getLogger(IdempotencyKeyPurge.class);

    private final Instance<DataSource> dataSource;
    private final Duration retention;

    public IdempotencyKeyPurge(Instance<DataSource> dataSource,
            @ConfigProperty(name = "lightning.idempotency.retention", defaultValue = "PT24H") Duration retention) {
        this.dataSource = dataSource;
        this.retention = retention;
    }

    @Scheduled(every = "{lightning.idempotency.purge-every}", delayed = "1m",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void purge() {
        if (!dataSource.isResolvable()) {
            return;
        }
        try (Connection c = dataSource.get().getConnection();
                PreparedStatement delete = c.prepareStatement(
                        "DELETE FROM idempotency_keys WHERE created_at < now() - make_interval(secs => ?)")) {
            delete.setLong(1, retention.toSeconds());
            int purged = delete.executeUpdate();
            if (purged > 0) {
                LOG.debugf("Purged %d idempotency keys", purged);
            }
        } catch (SQLException e) {
            LOG.warn("Could not purge idempotency keys: " + e.getMessage());
        }
    }
}
