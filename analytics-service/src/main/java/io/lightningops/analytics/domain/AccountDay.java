package io.lightningops.analytics.domain;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

/** An account's counters of one calendar day: followers at the day's end, profile visits during it. */
@Entity
@Table(name = "account_daily")
@IdClass(AccountDay.Key.class)
public class AccountDay {

    public record Key(String accountId, LocalDate day) implements Serializable {
    }

    @Id
    @Column(name = "account_id")
    public String accountId;

    @Id
    public LocalDate day;

    @Column(nullable = false)
    public long followers;

    @Column(name = "profile_visits")
    public Long profileVisits;

    @Column(name = "ingested_at", nullable = false)
    public Instant ingestedAt;
}
