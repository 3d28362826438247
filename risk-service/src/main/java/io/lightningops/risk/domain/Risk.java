package io.lightningops.risk.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import io.lightningops.defaults.persistence.VersionedEntity;

/** An entry of the risk register, scored by likelihood × impact × response difficulty. */
@Entity
@Table(name = "risks")
public class Risk extends VersionedEntity {

    @Column(nullable = false)
    public String title;

    public String description;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public RiskCategory category;

    @Column(nullable = false)
    public int likelihood;

    @Column(nullable = false)
    public int impact;

    @Column(name = "response_difficulty", nullable = false)
    public int responseDifficulty;

    /** Stored so that the register can be sorted and filtered by it in the database. */
    @Column(nullable = false)
    public int score;

    @Column(nullable = false)
    public String owner;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public RiskStatus status;
}
