package io.lightningops.risk.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import io.lightningops.defaults.persistence.VersionedEntity;
import io.lightningops.risk.scan.Severity;

/** A term that scans look for: its spelling, the folded form it is matched in, and what to write instead. */
@Entity
@Table(name = "lexicon_terms")
public class LexiconTerm extends VersionedEntity {

    /** The longest term or exemption phrase, in UTF-16 units. */
    public static final int MAX_LENGTH = 64;

    @Column(nullable = false)
    public String term;

    /** The folded form (TextNormalizer); unique, so that two spellings of one term cannot both exist. */
    @Column(nullable = false)
    public String normalized;

    /** AD_LAW, SENSITIVE, NEGATIVE (comment monitoring only) or a custom upper-case category. */
    @Column(nullable = false)
    public String category;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Severity severity;

    public String suggestion;
}
