package io.lightningops.risk.domain;

/** How an incident came to be: opened by hand, from an analytics alert, or from comment monitoring. */
public enum IncidentSource {
    MANUAL,
    ALERT,
    COMMENTS
}
