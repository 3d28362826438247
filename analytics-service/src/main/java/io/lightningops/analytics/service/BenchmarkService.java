package io.lightningops.analytics.service;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;


import io.quarkus.panache.common.Sort;

import io.lightningops.analytics.config.MetricsConfig;
import io.lightningops.analytics.domain.BenchmarkAccount;
import io.lightningops.analytics.repository.BenchmarkAccountRepository;
import io.lightningops.analytics.repository.BenchmarkSnapshots;
import io.lightningops.analytics.rest.BatchResult;
import io.lightningops.analytics.rest.BenchmarkComparison;
import io.lightningops.analytics.rest.BenchmarkRequest;
import io.lightningops.analytics.rest.BenchmarkResponse;
import io.lightningops.analytics.rest.BenchmarkSnapshotRequest;
import io.lightningops.analytics.rest.BenchmarkSnapshotResponse;
import io.lightningops.analytics.rest.KpiResponse;
import io.lightningops.defaults.http.ETags;
import io.lightningops.defaults.paging.Page;
import io.lightningops.defaults.paging.PageParams;
import io.lightningops.defaults.persistence.ListQuery;
import io.lightningops.defaults.problem.ApiException;
import io.lightningops.defaults.problem.Failures;
import io.lightningops.defaults.problem.ProblemType;

/** Competitor accounts, their public counters per day, and how their growth compares with ours. */
@ApplicationScoped
@Transactional
public class BenchmarkService {

    private final BenchmarkAccountRepository accounts;
    private final BenchmarkSnapshots snapshots;
    private final BatchRows batchRows;
    private final KpiService kpis;
    private final MetricsConfig config;

    public BenchmarkService(BenchmarkAccountRepository accounts, BenchmarkSnapshots snapshots, BatchRows batchRows,
            KpiService kpis, MetricsConfig config) {
        this.accounts = accounts;
        this.snapshots = snapshots;
        this.batchRows = batchRows;
        this.kpis = kpis;
        this.config = config;
    }

    public BenchmarkResponse create(BenchmarkRequest request) {
        BenchmarkAccount account = new BenchmarkAccount();
        apply(account, request);
        accounts.persist(account);
        flush();
        return BenchmarkResponse.from(account);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public BenchmarkResponse get(UUID id) {
        return BenchmarkResponse.from(find(id));
    }

    public BenchmarkResponse update(UUID id, String ifMatch, BenchmarkRequest request) {
        BenchmarkAccount account = find(id);
        ETags.requireMatch(ifMatch, account.version);
        apply(account, request);
        flush();
        return BenchmarkResponse.from(account);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<BenchmarkResponse> list(String douyinId, PageParams page) {
        return ListQuery.where()
                .and("douyinId = :douyinId", "douyinId", douyinId == null || douyinId.isBlank() ? null : douyinId.strip())
                .page(accounts, Sort.ascending("name").and("id"), page)
                .map(BenchmarkResponse::from);
    }

    /** A batch of per-day counters of one competitor, validated row by row, upserted on the day. */
    public BatchResult ingest(UUID id, byte[] batch) {
        find(id);
        BatchRows.Parsed<BenchmarkSnapshotRequest> parsed = batchRows.parse(batch, BenchmarkSnapshotRequest.class, config.maxBatchRows(),
                row -> row.date().isAfter(LocalDate.now(config.zone())) ? "date: must not be in the future" : null);
        Map<LocalDate, BenchmarkSnapshotRequest> byDay = new LinkedHashMap<>();
        parsed.rows().forEach(row -> byDay.put(row.value().date(), row.value()));
        snapshots.upsert(id, new ArrayList<>(byDay.values()));
        return new BatchResult(parsed.rows().size(), parsed.rejected());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<BenchmarkSnapshotResponse> snapshots(UUID id, LocalDate from, LocalDate to, PageParams page) {
        find(id);
        if (from != null && to != null && from.isAfter(to)) {
            throw ApiException.invalid("from", "must not be after to");
        }
        BenchmarkSnapshots.Slice slice = snapshots.page(id, from, to, page.offset(), page.size());
        return Page.of(slice.items(), page, slice.total());
    }

    /**
     * Our figures are the KPIs of the window; a competitor's growth runs from its start snapshot (the last before the
     * window, else the first in it) to its end snapshot (the last up to the window's end), as our followers do.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public BenchmarkComparison compare(String accountId, LocalDate from, LocalDate to) {
        KpiResponse window = kpis.kpis(accountId, from, to);
        BenchmarkComparison.Ours ours = new BenchmarkComparison.Ours(window.followers(), window.followerGrowth(),
                window.followerGrowthRate(), window.plays(), window.likes(), window.videos());
        List<BenchmarkComparison.Competitor> competitors = new ArrayList<>();
        for (BenchmarkSnapshots.Bounds b : snapshots.bounds(from, to)) {
            BenchmarkSnapshotResponse start = b.start();
            BenchmarkSnapshotResponse end = b.end();
            boolean both = start != null && end != null;
            Long growth = both ? end.followers() - start.followers() : null;
            BigDecimal rate = both ? Ratios.rate(growth, start.followers()) : null;
            BigDecimal gap = rate == null || ours.followerGrowthRate() == null ? null
                    : rate.subtract(ours.followerGrowthRate());
            competitors.add(new BenchmarkComparison.Competitor(b.benchmarkId().toString(), b.name(), b.douyinId(),
                    start == null ? null : start.followers(), end == null ? null : end.followers(), growth, rate,
                    both ? end.totalLikes() - start.totalLikes() : null, both ? end.videos() - start.videos() : null, gap));
        }
        return new BenchmarkComparison(accountId, from, to, ours, competitors);
    }

    private void apply(BenchmarkAccount account, BenchmarkRequest request) {
        String douyinId = request.douyinId().strip();
        if (accounts.douyinIdTaken(douyinId, account.id)) {
            throw ApiException.conflict("A benchmark with the Douyin id " + douyinId + " is registered already");
        }
        account.name = request.name().strip();
        account.douyinId = douyinId;
        account.notes = request.notes() == null || request.notes().isBlank() ? null : request.notes().strip();
    }

    private void flush() {
        try {
            accounts.flush();
        } catch (PersistenceException e) {
            if (Failures.classify(e) != ProblemType.CONFLICT) {
                throw e;
            }
            // registered at the same moment by another request: the unique constraint let that one win
            throw ApiException.conflict("A benchmark with this Douyin id was registered at the same time");
        }
    }

    private BenchmarkAccount find(UUID id) {
        BenchmarkAccount account = accounts.findById(id);
        if (account == null) {
            throw ApiException.notFound("benchmark", id);
        }
        return account;
    }
}
