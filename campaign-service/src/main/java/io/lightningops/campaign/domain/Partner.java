package io.lightningops.campaign.domain;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import io.lightningops.defaults.persistence.VersionedEntity;

/** A creator, MCN agency or brand the brand works with. An MCN carries the tenant key of its tokens. */
@Entity
@Table(name = "partners")
public class Partner extends VersionedEntity {

    @Column(nullable = false)
    public String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public PartnerType type;

    /** The value of the {@code agency} claim in the MCN's tokens; only MCNs have one, and no two share it. */
    public String agency;

    @Column(name = "douyin_id")
    public String douyinId;

    @Column(name = "contact_email")
    public String contactEmail;

    /** For a creator signed to an MCN: that MCN. Its partnerships then belong to the MCN's agency. */
    @Column(name = "mcn_id")
    public UUID mcnId;

    /** The content vertical, e.g. food, beauty, coffee; free text, used to filter and shortlist. */
    public String category;

    public Long followers;
}
