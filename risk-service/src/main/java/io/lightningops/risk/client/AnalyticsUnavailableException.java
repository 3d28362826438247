package io.lightningops.risk.client;

/** analytics-service could not answer (down, failing, too slow, or its circuit is open): worth a retry later. */
public class AnalyticsUnavailableException extends RuntimeException {

    public AnalyticsUnavailableException(String message) {
        super(message);
    }
}
