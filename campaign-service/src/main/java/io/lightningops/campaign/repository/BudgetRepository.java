package io.lightningops.campaign.repository;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

import io.lightningops.campaign.domain.Budget;

@ApplicationScoped
public class BudgetRepository implements PanacheRepositoryBase<Budget, UUID> {
}
