package io.lightningops.analytics.repository;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

import io.lightningops.analytics.domain.BenchmarkAccount;

@ApplicationScoped
public class BenchmarkAccountRepository implements PanacheRepositoryBase<BenchmarkAccount, UUID> {

    public boolean douyinIdTaken(String douyinId, UUID except) {
        return count("douyinId = ?1 and id <> ?2", douyinId, except == null ? new UUID(0, 0) : except) > 0;
    }
}
