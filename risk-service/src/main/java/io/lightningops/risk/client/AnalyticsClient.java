package io.lightningops.risk.client;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ProcessingException;

import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException;
import org.eclipse.microprofile.rest.client.inject.RestClient;

import io.lightningops.defaults.paging.Page;

/**
 * The one way risk-service calls analytics-service: with the caller's bearer token, a timeout, retries
 * (GET is safe to repeat, a 4xx is not retried) and a circuit breaker, so that a slow or dead analytics
 * does not tie up risk-service's threads.
 */
@ApplicationScoped
public class AnalyticsClient {

    public static final int PAGE_SIZE = 100;

    private final AnalyticsApi api;

    public AnalyticsClient(@RestClient AnalyticsApi api) {
        this.api = api;
    }

    /** One page of an account's snapshots captured in [from, to), newest first. */
    @Timeout(value = 5, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 2, delay = 200, jitter = 100, retryOn = {AnalyticsUnavailableException.class, TimeoutException.class})
    @CircuitBreaker(requestVolumeThreshold = 8, failureRatio = 0.5, delay = 10, delayUnit = ChronoUnit.SECONDS,
            skipOn = AnalyticsRefusedException.class)
    public Page<MetricSnapshot> metrics(String accountId, OffsetDateTime from, OffsetDateTime to, int page) {
        try {
            return api.metrics(accountId, utc(from), utc(to), page, PAGE_SIZE);
        } catch (ProcessingException e) {
            // connection refused, reset or unreadable answer: the peer is not there for us
            throw new AnalyticsUnavailableException("analytics-service cannot be reached: " + e.getMessage());
        }
    }

    private static String utc(OffsetDateTime time) {
        return time.withOffsetSameInstant(ZoneOffset.UTC).toString();
    }
}
