package io.lightningops.campaign.domain;

import java.util.Set;

/**
 * The lifecycle of a partnership's contract. Terms (deliverables) change only in DRAFT; legal review may send
 * it back; a contract in force is archived when done, and a draft or a signed contract may be dropped.
 */
public enum ContractStatus {
    DRAFT,
    LEGAL_REVIEW,
    SIGNED,
    IN_FORCE,
    ARCHIVED;

    public Set<ContractStatus> next() {
        return switch (this) {
            case DRAFT -> Set.of(LEGAL_REVIEW, ARCHIVED);
            case LEGAL_REVIEW -> Set.of(DRAFT, SIGNED);
            case SIGNED -> Set.of(IN_FORCE, ARCHIVED);
            case IN_FORCE -> Set.of(ARCHIVED);
            case ARCHIVED -> Set.of();
        };
    }
}
