package io.lightningops.risk.repository;

import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

import io.lightningops.risk.domain.Incident;

@ApplicationScoped
public class IncidentRepository implements PanacheRepositoryBase<Incident, UUID> {

    public Optional<Incident> findByAlertId(String alertId) {
        return find("alertId", alertId).firstResultOptional();
    }
}
