package io.lightningops.content.repository;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

import io.lightningops.content.domain.Account;

@ApplicationScoped
public class AccountRepository implements PanacheRepositoryBase<Account, UUID> {

    public boolean douyinIdTaken(String douyinId, UUID exceptId) {
        return count("douyinId = ?1 and id <> ?2", douyinId, exceptId) > 0;
    }
}
