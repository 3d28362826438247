package io.lightningops.analytics.domain;

public enum AlertSeverity {
    ALERT, HINT
}
