package io.lightningops.campaign.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;

import io.lightningops.defaults.persistence.VersionedEntity;

/** A contract with a partner: what it owes (its deliverables) and the contract's lifecycle. */
@Entity
@Table(name = "partnerships")
public class Partnership extends VersionedEntity {

    @Column(name = "partner_id", nullable = false)
    public UUID partnerId;

    /**
     * The tenant that sees this partnership: the partner's agency (an MCN) or its MCN's (a signed creator), fixed
     * when the partnership is made, since the contract is with that agency. Null: no agency sees it.
     */
    public String agency;

    @Column(name = "campaign_id")
    public UUID campaignId;

    @Column(nullable = false)
    public String title;

    public String description;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ContractStatus status;

    @Column(name = "starts_on")
    public LocalDate startsOn;

    @Column(name = "ends_on")
    public LocalDate endsOn;

    @Column(name = "created_by", nullable = false)
    public String createdBy;

    @ElementCollection
    @CollectionTable(name = "partnership_transitions", joinColumns = @JoinColumn(name = "partnership_id"))
    @OrderColumn(name = "position")
    public List<ContractStep> steps = new ArrayList<>();
}
