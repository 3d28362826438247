package io.lightningops.content.client;

import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ProcessingException;

import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * The one way content-service calls risk-service: timeouts, retries where the call is safe to repeat (a scan
 * is a pure read; a review is opened under an Idempotency-Key; GETs), never of a 4xx, and a circuit breaker, so a
 * slow or dead risk-service does not tie up our threads. Failures surface as {@link PeerUnavailableException}
 * (down, 5xx, too slow) or {@link PeerRefusedException} (4xx); fault tolerance adds its own
 * {@code TimeoutException} and {@code CircuitBreakerOpenException}.
 */
@ApplicationScoped
public class RiskClient {

    static final String PEER = "risk-service";

    private final RiskApi api;
    private final RiskServiceAccountApi serviceAccount;

    public RiskClient(@RestClient RiskApi api, @RestClient RiskServiceAccountApi serviceAccount) {
        this.api = api;
        this.serviceAccount = serviceAccount;
    }

    /** Scans the texts with the caller's token against one lexicon revision; results in the same order. */
    @Timeout(value = 5, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 2, delay = 200, jitter = 100, retryOn = {PeerUnavailableException.class, TimeoutException.class})
    @CircuitBreaker(requestVolumeThreshold = 8, failureRatio = 0.5, delay = 10, delayUnit = ChronoUnit.SECONDS,
            skipOn = PeerRefusedException.class)
    public List<ScanResult> scan(List<String> texts) {
        ScanBatch.Response response = call(() -> api.scan(new ScanBatch.Request(texts)));
        if (response == null || response.results() == null || response.results().size() != texts.size()) {
            throw new PeerUnavailableException(PEER + " answered a scan without one result per text");
        }
        return response.results();
    }

    /** Opens a review with the caller's token; the same key replays the first review, so a retry opens nothing twice. */
    @Timeout(value = 5, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 2, delay = 200, jitter = 100, retryOn = {PeerUnavailableException.class, TimeoutException.class})
    @CircuitBreaker(requestVolumeThreshold = 8, failureRatio = 0.5, delay = 10, delayUnit = ChronoUnit.SECONDS,
            skipOn = PeerRefusedException.class)
    public Review openReview(String idempotencyKey, ReviewOpening opening) {
        return call(() -> api.openReview(idempotencyKey, opening));
    }

    /** A review, read with the caller's token; quick and without retries, since a reader is waiting. */
    @Timeout(value = 2, unit = ChronoUnit.SECONDS)
    @CircuitBreaker(requestVolumeThreshold = 8, failureRatio = 0.5, delay = 10, delayUnit = ChronoUnit.SECONDS,
            skipOn = PeerRefusedException.class)
    public Review review(String id) {
        return call(() -> api.review(id));
    }

    /** A review, read with content-service's own token, for background work. */
    @Timeout(value = 5, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 2, delay = 200, jitter = 100, retryOn = {PeerUnavailableException.class, TimeoutException.class})
    @CircuitBreaker(requestVolumeThreshold = 8, failureRatio = 0.5, delay = 10, delayUnit = ChronoUnit.SECONDS,
            skipOn = PeerRefusedException.class)
    public Review reviewAsService(String id) {
        return call(() -> serviceAccount.review(id));
    }

    static RuntimeException failure(int status) {
        return status >= 500 ? new PeerUnavailableException(PEER + " answered " + status) : new PeerRefusedException(PEER, status);
    }

    private static <T> T call(Supplier<T> call) {
        try {
            return call.get();
        } catch (ProcessingException e) {
            // connection refused, reset, or an answer we cannot read: the peer is not there for us
            throw new PeerUnavailableException(PEER + " cannot be reached: " + e.getMessage());
        }
    }
}
