package io.lightningops.analytics.repository;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

import io.lightningops.analytics.domain.Alert;

@ApplicationScoped
public class AlertRepository implements PanacheRepositoryBase<Alert, UUID> {
}
