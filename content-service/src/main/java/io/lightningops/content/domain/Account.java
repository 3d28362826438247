package io.lightningops.content.domain;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A Douyin account of the brand's matrix. */
@Entity
@Table(name = "accounts")
public class Account {

    @Id
    public UUID id;

    @Column(nullable = false)
    public String name;

    @Column(name = "douyin_id", nullable = false)
    public String douyinId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public AccountTier tier;

    @Column(name = "main_account_id")
    public UUID mainAccountId;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Version
    public long version;
}
