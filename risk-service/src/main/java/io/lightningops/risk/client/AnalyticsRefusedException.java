package io.lightningops.risk.client;

/** analytics-service answered with a 4xx: retrying the same call would not help. */
public class AnalyticsRefusedException extends RuntimeException {

    private final int status;

    public AnalyticsRefusedException(int status) {
        super("analytics-service answered " + status);
        this.status = status;
    }

    public int status() {
        return status;
    }
}
