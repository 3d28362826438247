package io.lightningops.campaign.domain;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** One step of a contract's lifecycle: from what to what, who did it and when. */
@Embeddable
public class ContractStep {

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status")
    public ContractStatus from;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status", nullable = false)
    public ContractStatus to;

    @Column(name = "by_user", nullable = false)
    public String by;

    @Column(nullable = false)
    public Instant at;

    public String note;
}
