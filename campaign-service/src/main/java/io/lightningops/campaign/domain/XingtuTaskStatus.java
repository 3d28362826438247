package io.lightningops.campaign.domain;

import java.util.Set;

/** A Xingtu order: ordered, in progress, completed, settled (paid); cancelled at any point before it is settled. */
public enum XingtuTaskStatus {
    ORDERED,
    IN_PROGRESS,
    COMPLETED,
    SETTLED,
    CANCELLED;

    public Set<XingtuTaskStatus> next() {
        return switch (this) {
            case ORDERED -> Set.of(IN_PROGRESS, CANCELLED);
            case IN_PROGRESS -> Set.of(COMPLETED, CANCELLED);
            case COMPLETED -> Set.of(SETTLED, CANCELLED);
            case SETTLED, CANCELLED -> Set.of();
        };
    }
}
