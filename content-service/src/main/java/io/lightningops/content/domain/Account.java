package io.lightningops.content.domain;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
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
}
