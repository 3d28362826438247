package io.lightningops.risk.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A scan finding that caused a review, as the opener sent it (a snapshot: the lexicon may change later). */
@Embeddable
public class ReviewFinding {

    @Column(nullable = false)
    public String term;

    @Column(nullable = false)
    public String category;

    @Column(nullable = false)
    public String severity;

    @Column(name = "start_offset", nullable = false)
    public int start;

    @Column(name = "end_offset", nullable = false)
    public int end;

    public String suggestion;
}
