package io.lightningops.content.client;

import java.time.temporal.ChronoUnit;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ProcessingException;

import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException;
import org.eclipse.microprofile.rest.client.inject.RestClient;

import io.lightningops.defaults.paging.Page;

/**
 * The one way content-service calls analytics-service: with the caller's token, a timeout, retries (a GET is safe
 * to repeat; a 4xx is not retried) and a circuit breaker.
 */
@ApplicationScoped
public class AnalyticsClient {

    static final String PEER = "analytics-service";

    private final AnalyticsApi api;

    public AnalyticsClient(@RestClient AnalyticsApi api) {
        this.api = api;
    }

    /** The video's newest snapshot (its counters are cumulative, so this is where it stands), if any. */
    @Timeout(value = 5, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 2, delay = 200, jitter = 100, retryOn = {PeerUnavailableException.class, TimeoutException.class})
    @CircuitBreaker(requestVolumeThreshold = 8, failureRatio = 0.5, delay = 10, delayUnit = ChronoUnit.SECONDS,
            skipOn = PeerRefusedException.class)
    public Optional<MetricSnapshot> latest(String videoId) {
        try {
            Page<MetricSnapshot> page = api.metrics(videoId, 0, 1);
            return page == null || page.items() == null ? Optional.empty() : page.items().stream().findFirst();
        } catch (ProcessingException e) {
            throw new PeerUnavailableException(PEER + " cannot be reached: " + e.getMessage());
        }
    }
}
