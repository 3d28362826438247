package io.lightningops.analytics.repository;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

import io.lightningops.analytics.domain.AlertSettings;

@ApplicationScoped
public class AlertSettingsRepository implements PanacheRepositoryBase<AlertSettings, String> {
}
