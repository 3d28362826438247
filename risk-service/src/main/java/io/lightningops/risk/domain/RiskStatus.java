package io.lightningops.risk.domain;

/** Where the response to a risk stands; a new risk is OPEN. */
public enum RiskStatus {
    OPEN,
    MITIGATING,
    CLOSED
}
