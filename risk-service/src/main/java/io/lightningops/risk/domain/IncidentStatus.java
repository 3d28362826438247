package io.lightningops.risk.domain;

import java.util.EnumSet;
import java.util.Set;

/**
 * The life of an incident. CANDIDATE (raised automatically, awaiting confirmation) → OPEN →
 * ACKNOWLEDGED → HANDLED → REPAIRED → CLOSED; a candidate may be acknowledged at once; a candidate, open
 * or acknowledged incident may be DISMISSED (a false alarm). CLOSED and DISMISSED are final.
 */
public enum IncidentStatus {
    CANDIDATE,
    OPEN,
    ACKNOWLEDGED,
    HANDLED,
    REPAIRED,
    CLOSED,
    DISMISSED;

    public Set<IncidentStatus> next() {
        return switch (this) {
            case CANDIDATE -> EnumSet.of(OPEN, ACKNOWLEDGED, DISMISSED);
            case OPEN -> EnumSet.of(ACKNOWLEDGED, DISMISSED);
            case ACKNOWLEDGED -> EnumSet.of(HANDLED, DISMISSED);
            case HANDLED -> EnumSet.of(REPAIRED);
            case REPAIRED -> EnumSet.of(CLOSED);
            case CLOSED, DISMISSED -> EnumSet.noneOf(IncidentStatus.class);
        };
    }

    public boolean ended() {
        return this == CLOSED || this == DISMISSED;
    }
}
