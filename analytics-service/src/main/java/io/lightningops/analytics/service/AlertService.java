package io.lightningops.analytics.service;

import java.time.Instant;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.quarkus.panache.common.Sort;
import io.quarkus.security.identity.SecurityIdentity;

import io.lightningops.analytics.config.AlertConfig;
import io.lightningops.analytics.domain.Alert;
import io.lightningops.analytics.domain.AlertSettings;
import io.lightningops.analytics.domain.AlertType;
import io.lightningops.analytics.repository.AlertRepository;
import io.lightningops.analytics.repository.AlertSettingsRepository;
import io.lightningops.analytics.rest.AcknowledgementRequest;
import io.lightningops.analytics.rest.AlertResponse;
import io.lightningops.analytics.rest.AlertSettingsRequest;
import io.lightningops.analytics.rest.AlertSettingsResponse;
import io.lightningops.defaults.http.ETags;
import io.lightningops.defaults.http.Ids;
import io.lightningops.defaults.paging.Page;
import io.lightningops.defaults.paging.PageParams;
import io.lightningops.defaults.persistence.ListQuery;
import io.lightningops.defaults.problem.ApiException;

/** Alerts as people see them: listed, read, acknowledged; and each account's thresholds. */
@ApplicationScoped
@Transactional
public class AlertService {

    private final AlertRepository alerts;
    private final AlertSettingsRepository settings;
    private final AlertConfig config;
    private final SecurityIdentity identity;

    public AlertService(AlertRepository alerts, AlertSettingsRepository settings, AlertConfig config,
            SecurityIdentity identity) {
        this.alerts = alerts;
        this.settings = settings;
        this.config = config;
        this.identity = identity;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<AlertResponse> list(String accountId, AlertType type, Boolean acknowledged, PageParams page) {
        return ListQuery.where()
                .and("accountId = :account", "account", accountId)
                .and("type = :type", "type", type)
                .and("(case when acknowledgedAt is null then false else true end) = :acknowledged", "acknowledged",
                        acknowledged)
                .page(alerts, Sort.descending("detectedAt").and("id"), page)
                .map(AlertResponse::from);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public AlertResponse get(String id) {
        return AlertResponse.from(find(id));
    }

    /** Marks the alert seen; acknowledging it again changes nothing and answers it as it is. */
    public AlertResponse acknowledge(String id, AcknowledgementRequest request, String ifMatch) {
        Alert alert = find(id);
        if (ifMatch != null) {
            ETags.requireMatch(ifMatch, alert.version);
        }
        if (alert.acknowledgedAt == null) {
            alert.acknowledgedAt = Instant.now();
            alert.acknowledgedBy = identity.getPrincipal().getName();
            alert.acknowledgeNote = request == null ? null : request.note();
            alerts.flush();
        }
        return AlertResponse.from(alert);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public AlertSettingsResponse settings(String accountId) {
        AlertSettings own = settings.findById(accountId);
        return own == null
                ? new AlertSettingsResponse(accountId, config.playsDrop().threshold(), config.engagementCollapse().threshold(),
                        false, null)
                : response(own);
    }

    /**
     * Sets the account's thresholds. The first time needs no If-Match (there is nothing to overwrite); after that
     * If-Match must carry the current version.
     */
    public AlertSettingsResponse putSettings(String accountId, AlertSettingsRequest request, String ifMatch) {
        AlertSettings own = settings.findById(accountId);
        if (own == null) {
            own = new AlertSettings();
            own.accountId = accountId;
            own.playsDropThreshold = request.playsDropThreshold();
            own.engagementDropThreshold = request.engagementDropThreshold();
            settings.persist(own);
        } else {
            ETags.requireMatch(ifMatch, own.version);
            own.playsDropThreshold = request.playsDropThreshold();
            own.engagementDropThreshold = request.engagementDropThreshold();
        }
        settings.flush();
        return response(own);
    }

    private static AlertSettingsResponse response(AlertSettings own) {
        return new AlertSettingsResponse(own.accountId, Ratios.plain(own.playsDropThreshold),
                Ratios.plain(own.engagementDropThreshold), true, own.version);
    }

    private Alert find(String id) {
        UUID uuid;
        try {
            uuid = Ids.parse("id", id);
        } catch (ApiException e) {
            throw ApiException.notFound("alert", id);
        }
        Alert alert = uuid == null ? null : alerts.findById(uuid);
        if (alert == null) {
            throw ApiException.notFound("alert", id);
        }
        return alert;
    }
}
