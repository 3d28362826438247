package io.lightningops.analytics.repository;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

import io.lightningops.analytics.domain.LiveSession;

@ApplicationScoped
public class LiveSessionRepository implements PanacheRepositoryBase<LiveSession, String> {
}
