package io.lightningops.analytics.client;

import java.time.temporal.ChronoUnit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ProcessingException;

import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * The one way analytics-service calls risk-service: a timeout and a circuit breaker, so that a slow or dead
 * risk-service does not hold the delivery job. No retries here: the alert outbox retries with backoff, and the
 * report is idempotent on alertId, so a repeat after a lost answer does no harm.
 */
@ApplicationScoped
public class RiskClient {

    private final RiskApi api;

    public RiskClient(@RestClient RiskApi api) {
        this.api = api;
    }

    /** Reports an alert; answers the incident that risk-service opened (or had opened) for it. */
    @Timeout(value = 8, unit = ChronoUnit.SECONDS)
    @CircuitBreaker(requestVolumeThreshold = 8, failureRatio = 0.5, delay = 30, delayUnit = ChronoUnit.SECONDS,
            skipOn = RiskRefusedException.class)
    public IncidentRef reportAlert(AlertReport report) {
        try {
            return api.reportAlert(report);
        } catch (ProcessingException e) {
            // connection refused or reset, no token from Keycloak, or an unreadable answer
            throw new RiskUnavailableException("risk-service cannot be reached: " + e.getMessage());
        }
    }
}
