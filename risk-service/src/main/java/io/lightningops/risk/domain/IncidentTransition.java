package io.lightningops.risk.domain;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** A change of an incident's status: from what to what, by whom, when and why. */
@Embeddable
public class IncidentTransition {

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status")
    public IncidentStatus from;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status", nullable = false)
    public IncidentStatus to;

    @Column(name = "changed_by", nullable = false)
    public String by;

    @Column(name = "changed_at", nullable = false)
    public Instant at;

    public String note;
}
