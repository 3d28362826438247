package io.lightningops.content.domain;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A submission chosen for the weekly picks of one ISO week. A pick is a fact: it is never edited. */
@Entity
@Table(name = "ugc_picks")
public class UgcPick {

    @Id
    public UUID id;

    /** The ISO week, e.g. 2026-W48. */
    @Column(nullable = false)
    public String week;

    @Column(name = "submission_id", nullable = false)
    public UUID submissionId;

    @Column(name = "picked_by", nullable = false)
    public String pickedBy;

    @Column(name = "picked_at", nullable = false)
    public Instant pickedAt;

    /** Its place in the week, from 1: the order in which the week's picks were given. */
    public int position;

    public String note;
}
