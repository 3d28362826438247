package io.lightningops.content.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;

import io.lightningops.defaults.persistence.VersionedEntity;

/** A Douyin account of the brand's matrix. */
@Entity
@Table(name = "accounts")
public class Account extends VersionedEntity {

    @Column(nullable = false)
    public String name;

    @Column(name = "douyin_id", nullable = false)
    public String douyinId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public AccountTier tier;

    @Column(name = "main_account_id")
    public UUID mainAccountId;

    /** Its core content tags, at most three, in the order given. */
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "account_tags", joinColumns = @JoinColumn(name = "account_id"))
    @OrderColumn(name = "position")
    @Column(name = "tag", nullable = false)
    public List<String> tags = new ArrayList<>();

    @Column(name = "persona_description")
    public String personaDescription;

    @Column(name = "persona_audience")
    public String personaAudience;

    @Column(name = "persona_tone")
    public String personaTone;
}
