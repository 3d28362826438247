package io.lightningops.campaign.domain;

import java.util.Set;

/** A campaign's lifecycle: DRAFT → ACTIVE ⇄ PAUSED → COMPLETED; DRAFT, ACTIVE and PAUSED may be CANCELLED. */
public enum CampaignStatus {
    DRAFT,
    ACTIVE,
    PAUSED,
    COMPLETED,
    CANCELLED;

    public Set<CampaignStatus> next() {
        return switch (this) {
            case DRAFT -> Set.of(ACTIVE, CANCELLED);
            case ACTIVE -> Set.of(PAUSED, COMPLETED, CANCELLED);
            case PAUSED -> Set.of(ACTIVE, COMPLETED, CANCELLED);
            case COMPLETED, CANCELLED -> Set.of();
        };
    }
}
