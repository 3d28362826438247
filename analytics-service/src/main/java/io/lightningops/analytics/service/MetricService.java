package io.lightningops.analytics.service;

import java.time.OffsetDateTime;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;

import io.lightningops.analytics.repository.VideoSnapshotRepository;
import io.lightningops.analytics.rest.VideoSnapshotResponse;
import io.lightningops.defaults.paging.Page;
import io.lightningops.defaults.paging.PageParams;
import io.lightningops.defaults.problem.ApiException;

/** Per-video metric snapshots: the raw material of KPIs, alerts and reports. */
@ApplicationScoped
@Transactional
public class MetricService {

    private final VideoSnapshotRepository snapshots;

    public MetricService(VideoSnapshotRepository snapshots) {
        this.snapshots = snapshots;
    }

    /** Snapshots captured in [from, to), newest first; both ends are optional. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<VideoSnapshotResponse> list(String accountId, String videoId, OffsetDateTime from, OffsetDateTime to,
            PageParams page) {
        if (from != null && to != null && from.isAfter(to)) {
            throw ApiException.invalid("from", "must not be after to");
        }
        StringBuilder where = new StringBuilder("1 = 1");
        Parameters params = new Parameters();
        if (accountId != null && !accountId.isBlank()) {
            where.append(" and accountId = :account");
            params.and("account", accountId.strip());
        }
        if (videoId != null && !videoId.isBlank()) {
            where.append(" and videoId = :video");
            params.and("video", videoId.strip());
        }
        if (from != null) {
            where.append(" and capturedAt >= :from");
            params.and("from", from.toInstant());
        }
        if (to != null) {
            where.append(" and capturedAt < :to");
            params.and("to", to.toInstant());
        }
        var query = snapshots.find(where.toString(), Sort.descending("capturedAt").and("videoId"), params);
        return Page.of(query.page(page.page(), page.size()).list(), page, query.count()).map(VideoSnapshotResponse::from);
    }
}
