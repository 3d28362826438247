package io.lightningops.risk.domain;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A step of the incident's playbook checklist; done once, with who and when. */
@Embeddable
public class IncidentStep {

    @Column(nullable = false)
    public String step;

    @Column(name = "done_by")
    public String doneBy;

    @Column(name = "done_at")
    public Instant doneAt;

    public String note;

    public IncidentStep() {
    }

    public IncidentStep(String step) {
        this.step = step;
    }
}
