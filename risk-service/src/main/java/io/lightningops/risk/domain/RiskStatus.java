package io.lightningops.risk.domain;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where the response to a risk stands; a new risk is OPEN. OPEN → MITIGATING → CLOSED or ACCEPTED;
 * OPEN may also be CLOSED or ACCEPTED at once; a CLOSED or ACCEPTED risk can only be reopened (OPEN).
 */
public enum RiskStatus {
    OPEN,
    MITIGATING,
    CLOSED,
    /** Known and lived with on purpose: no further mitigation planned. */
    ACCEPTED;

    /** The statuses this one may change to (staying the same is no change). */
    public Set<RiskStatus> next() {
        return switch (this) {
            case OPEN -> EnumSet.of(MITIGATING, CLOSED, ACCEPTED);
            case MITIGATING -> EnumSet.of(CLOSED, ACCEPTED);
            case CLOSED, ACCEPTED -> EnumSet.of(OPEN);
        };
    }

    public boolean canBecome(RiskStatus status) {
        return status == this || next().contains(status);
    }
}
