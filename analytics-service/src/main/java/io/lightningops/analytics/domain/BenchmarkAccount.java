package io.lightningops.analytics.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import io.lightningops.defaults.persistence.VersionedEntity;

/** A competitor's Douyin account that the team benchmarks itself against. */
@Entity
@Table(name = "benchmark_accounts")
public class BenchmarkAccount extends VersionedEntity {

    @Column(nullable = false)
    public String name;

    /** The competitor's Douyin id (抖音号); unique. */
    @Column(name = "douyin_id", nullable = false)
    public String douyinId;

    public String notes;
}
