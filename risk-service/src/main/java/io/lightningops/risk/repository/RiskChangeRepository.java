package io.lightningops.risk.repository;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

import io.lightningops.risk.domain.RiskChange;

@ApplicationScoped
public class RiskChangeRepository implements PanacheRepositoryBase<RiskChange, UUID> {
}
