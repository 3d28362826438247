package io.lightningops.risk.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import io.lightningops.defaults.persistence.VersionedEntity;

/** A phrase in which a term is not a claim (最近 is not 最; a registered product name): findings inside it are dropped. */
@Entity
@Table(name = "lexicon_exemptions")
public class LexiconExemption extends VersionedEntity {

    @Column(nullable = false)
    public String phrase;

    @Column(nullable = false)
    public String normalized;

    public String note;
}
