package io.lightningops.analytics.client;

/** risk-service could not take the report now (down, failing, too slow, busy, or its circuit is open): retry later. */
public class RiskUnavailableException extends RuntimeException {

    public RiskUnavailableException(String message) {
        super(message);
    }
}
