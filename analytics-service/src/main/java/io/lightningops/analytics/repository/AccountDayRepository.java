package io.lightningops.analytics.repository;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

import io.lightningops.analytics.domain.AccountDay;

@ApplicationScoped
public class AccountDayRepository implements PanacheRepositoryBase<AccountDay, AccountDay.Key> {
}
