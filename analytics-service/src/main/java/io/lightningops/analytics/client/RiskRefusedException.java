package io.lightningops.analytics.client;

/** risk-service refused the report as invalid (400, 404, 422): sending it again would not help. */
public class RiskRefusedException extends RuntimeException {

    public RiskRefusedException(String message) {
        super(message);
    }
}
