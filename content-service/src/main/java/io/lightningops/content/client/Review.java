package io.lightningops.content.client;

import java.time.OffsetDateTime;
import java.util.List;

/** A review as risk-service serves it, as far as content-service reads it. */
public record Review(String id, String status, String level, List<Decision> decisions) {

    public static final String OPEN = "OPEN";
    public static final String APPROVED = "APPROVED";
    public static final String REJECTED = "REJECTED";

    public record Decision(String level, String decision, String reason, String decidedBy, OffsetDateTime decidedAt) {
    }

    /** The decision that closed the review (the latest one), if any. */
    public Decision lastDecision() {
        return decisions == null || decisions.isEmpty() ? null : decisions.get(decisions.size() - 1);
    }
}
