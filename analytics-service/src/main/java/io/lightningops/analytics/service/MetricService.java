package io.lightningops.analytics.service;

import java.time.LocalDate;
import java.time.OffsetDateTime;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.quarkus.panache.common.Sort;

import io.lightningops.analytics.repository.AccountDayRepository;
import io.lightningops.analytics.repository.LiveSessionRepository;
import io.lightningops.analytics.repository.VideoSnapshotRepository;
import io.lightningops.analytics.rest.AccountSnapshotResponse;
import io.lightningops.analytics.rest.LiveSessionResponse;
import io.lightningops.analytics.rest.VideoSnapshotResponse;
import io.lightningops.defaults.paging.Page;
import io.lightningops.defaults.paging.PageParams;
import io.lightningops.defaults.persistence.ListQuery;
import io.lightningops.defaults.problem.ApiException;

/** Per-video metric snapshots: the raw material of KPIs, alerts and reports. */
@ApplicationScoped
@Transactional
public class MetricService {

    private final VideoSnapshotRepository snapshots;
    private final AccountDayRepository accountDays;
    private final LiveSessionRepository liveSessions;

    public MetricService(VideoSnapshotRepository snapshots, AccountDayRepository accountDays,
            LiveSessionRepository liveSessions) {
        this.snapshots = snapshots;
        this.accountDays = accountDays;
        this.liveSessions = liveSessions;
    }

    /** Snapshots captured in [from, to), newest first; both ends are optional. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<VideoSnapshotResponse> list(String accountId, String videoId, OffsetDateTime from, OffsetDateTime to,
            PageParams page) {
        if (from != null && to != null && from.isAfter(to)) {
            throw ApiException.invalid("from", "must not be after to");
        }
        return ListQuery.where()
                .and("accountId = :account", "account", accountId)
                .and("videoId = :video", "video", videoId)
                .and("capturedAt >= :from", "from", from == null ? null : from.toInstant())
                .and("capturedAt < :to", "to", to == null ? null : to.toInstant())
                .page(snapshots, Sort.descending("capturedAt").and("videoId"), page)
                .map(VideoSnapshotResponse::from);
    }

    /** Account-level days in [from, to] (both optional, inclusive), newest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<AccountSnapshotResponse> listAccountDays(String accountId, LocalDate from, LocalDate to, PageParams page) {
        if (from != null && to != null && from.isAfter(to)) {
            throw ApiException.invalid("from", "must not be after to");
        }
        return ListQuery.where()
                .and("accountId = :account", "account", accountId)
                .and("day >= :from", "from", from)
                .and("day <= :to", "to", to)
                .page(accountDays, Sort.descending("day").and("accountId"), page)
                .map(AccountSnapshotResponse::from);
    }

    /** Live sessions started in [from, to), newest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<LiveSessionResponse> listLiveSessions(String accountId, OffsetDateTime from, OffsetDateTime to,
            PageParams page) {
        if (from != null && to != null && from.isAfter(to)) {
            throw ApiException.invalid("from", "must not be after to");
        }
        return ListQuery.where()
                .and("accountId = :account", "account", accountId)
                .and("startedAt >= :from", "from", from == null ? null : from.toInstant())
                .and("startedAt < :to", "to", to == null ? null : to.toInstant())
                .page(liveSessions, Sort.descending("startedAt").and("sessionId"), page)
                .map(LiveSessionResponse::from);
    }
}
