package io.lightningops.content.repository;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

import io.lightningops.content.domain.Account;

@ApplicationScoped
public class AccountRepository implements PanacheRepositoryBase<Account, UUID> {

    /** Whether another account than {@code exceptId} (null for a new one) has this Douyin id. */
    public boolean douyinIdTaken(String douyinId, UUID exceptId) {
        return exceptId == null
                ? count("douyinId", douyinId) > 0
                : count("douyinId = ?1 and id <> ?2", douyinId, exceptId) > 0;
    }
}
