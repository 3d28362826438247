package io.lightningops.analytics.service;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;

import io.lightningops.analytics.client.AlertReport;
import io.lightningops.analytics.client.IncidentRef;
import io.lightningops.analytics.client.RiskClient;
import io.lightningops.analytics.client.RiskRefusedException;
import io.lightningops.analytics.config.AlertConfig;
import io.lightningops.analytics.config.MetricsConfig;
import io.lightningops.analytics.domain.AlertSettings;
import io.lightningops.analytics.repository.AlertSettingsRepository;
import io.lightningops.analytics.repository.AlertStore;
import io.lightningops.analytics.repository.AlertStore.DueCheck;
import io.lightningops.analytics.repository.AlertStore.Report;
import io.lightningops.analytics.repository.KpiQueries;

/**
 * The background work of alerts. Evaluation: ingestion queues each (account, day) it touched; once the day is
 * over in the reporting zone, its figures are judged against the days before it and each rule that fires stores
 * one alert (once per account, type and day) with its report queued in the outbox, in one transaction.
 * Delivery: due reports are claimed (SKIP LOCKED, with a lease, so replicas share the work), sent to risk-service,
 * and marked DELIVERED, rescheduled with exponential backoff, or FAILED after the last attempt.
 */
@ApplicationScoped
public class AlertJobs {

    private static final Logger LOG = Logger.getLogger(AlertJobs.class);
    private static final int CHECKS_PER_RUN = 200;

    private final AlertStore store;
    private final KpiQueries queries;
    private final AlertSettingsRepository settings;
    private final RiskClient risk;
    private final AlertConfig config;
    private final ZoneId zone;

    public AlertJobs(AlertStore store, KpiQueries queries, AlertSettingsRepository settings, RiskClient risk,
            AlertConfig config, MetricsConfig metrics) {
        this.store = store;
        this.queries = queries;
        this.settings = settings;
        this.risk = risk;
        this.config = config;
        this.zone = metrics.zone();
    }

    @Scheduled(identity = "alert-evaluation", every = "{lightning.alerts.check-every}", delayed = "1s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void evaluateDueDays() {
        int evaluated;
        do {
            evaluated = QuarkusTransaction.requiringNew().call(() -> {
                List<DueCheck> due = store.takeDueChecks(zone, CHECKS_PER_RUN);
                for (DueCheck check : due) {
                    evaluate(check);
                }
                return due.size();
            });
        } while (evaluated == CHECKS_PER_RUN);
    }

    private void evaluate(DueCheck check) {
        AlertSettings own = settings.findById(check.accountId());
        BigDecimal playsDrop = own == null ? config.playsDrop().threshold() : own.playsDropThreshold;
        BigDecimal engagementDrop = own == null ? config.engagementCollapse().threshold() : own.engagementDropThreshold;
        List<KpiQueries.DayTotals> days = queries.perDay(check.accountId(),
                check.day().minusDays(config.baselineDays()), check.day());
        for (AlertRules.Finding finding : AlertRules.evaluate(check.day(), days, playsDrop, engagementDrop, config)) {
            if (store.raise(check.accountId(), finding.type(), check.day(), finding.observed(), finding.baseline(),
                    finding.threshold(), finding.message())) {
                LOG.infof("Alert %s for account %s on %s: %s", finding.type(), check.accountId(), check.day(),
                        finding.message());
            }
        }
    }

    @Scheduled(identity = "alert-delivery", every = "{lightning.alerts.delivery.every}", delayed = "2s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void deliverDueReports() {
        List<Report> due = QuarkusTransaction.requiringNew()
                .call(() -> store.claimDue(config.delivery().batchSize(), config.delivery().lease()));
        for (Report report : due) {
            deliver(report);
        }
    }

    private void deliver(Report report) {
        int attempt = report.attempts() + 1;
        try {
            IncidentRef incident = risk.reportAlert(new AlertReport(report.alertId().toString(), report.accountId(), null,
                    report.type().name(), Ratios.plain(report.observed()), Ratios.plain(report.baseline()),
                    report.detectedAt().atOffset(ZoneOffset.UTC), report.message()));
            QuarkusTransaction.requiringNew().run(() -> store.delivered(report.alertId(), attempt, incident.id()));
        } catch (RiskRefusedException e) {
            LOG.warnf("risk-service refused alert %s: %s", report.alertId(), e.getMessage());
            QuarkusTransaction.requiringNew().run(() -> store.failed(report.alertId(), attempt, e.getMessage()));
        } catch (RuntimeException e) {
            String error = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            if (attempt >= config.delivery().maxAttempts()) {
                LOG.warnf("Giving up alert %s after %d attempts: %s", report.alertId(), attempt, error);
                QuarkusTransaction.requiringNew().run(() -> store.failed(report.alertId(), attempt, error));
            } else {
                Instant next = Instant.now().plus(backoff(attempt));
                QuarkusTransaction.requiringNew().run(() -> store.retryAt(report.alertId(), attempt, next, error));
            }
        }
    }

    /** initial-backoff × 2^(attempt − 1), at most max-backoff. */
    Duration backoff(int attempt) {
        Duration max = config.delivery().maxBackoff();
        Duration wait = config.delivery().initialBackoff();
        for (int i = 1; i < attempt && wait.compareTo(max) < 0; i++) {
            wait = wait.multipliedBy(2);
        }
        return wait.compareTo(max) > 0 ? max : wait;
    }
}
