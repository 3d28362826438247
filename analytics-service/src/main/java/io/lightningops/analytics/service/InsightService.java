package io.lightningops.analytics.service;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.lightningops.analytics.config.KpiConfig;
import io.lightningops.analytics.config.MetricsConfig;
import io.lightningops.analytics.repository.EventQueries;
import io.lightningops.analytics.repository.EventQueries.CohortRow;
import io.lightningops.analytics.repository.EventQueries.EventWindow;
import io.lightningops.analytics.rest.CohortResponse;
import io.lightningops.analytics.rest.FunnelResponse;
import io.lightningops.analytics.rest.KpiResponse;

/** Funnels and cohorts: what the snapshots' counters and the users' events say together. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class InsightService {

    private final KpiService kpis;
    private final EventQueries events;
    private final KpiConfig config;
    private final ZoneId zone;

    public InsightService(KpiService kpis, EventQueries events, KpiConfig config, MetricsConfig metrics) {
        this.kpis = kpis;
        this.events = events;
        this.config = config;
        this.zone = metrics.zone();
    }

    /** Plays and likes are the KPIs' increments from the snapshots; follows and orders are counted events. */
    public FunnelResponse funnel(String accountId, LocalDate from, LocalDate to) {
        KpiResponse window = kpis.kpis(accountId, from, to);
        EventWindow counted = events.window(accountId, from, to);
        long[] counts = {window.plays(), window.likes(), counted.follows(), counted.orders()};
        String[] names = {"PLAYS", "LIKES", "FOLLOWS", "ORDERS"};
        List<FunnelResponse.Step> steps = new ArrayList<>(counts.length);
        for (int i = 0; i < counts.length; i++) {
            steps.add(new FunnelResponse.Step(names[i], counts[i], i == 0 ? null : Ratios.rate(counts[i], counts[i - 1]),
                    Ratios.rate(counts[i], counts[0])));
        }
        return new FunnelResponse(accountId, from, to, steps, counted.followers(), counted.buyers(), money(counted.revenue()));
    }

    /**
     * Cohorts by the day of each user's first FOLLOW of the account (ever, not only in the window), for cohort days
     * in [from, to]. Retention on day + n: the share of the cohort with any event on that calendar day, known once
     * the day is over. LTV: the cohort's order revenue on its first {@code ltvDays} days per user.
     */
    public CohortResponse cohorts(String accountId, LocalDate from, LocalDate to) {
        kpis.requireWindow(accountId, from, to);
        int ltvDays = config.ltvDays();
        LocalDate today = LocalDate.now(zone);
        List<CohortResponse.Cohort> cohorts = new ArrayList<>();
        for (CohortRow row : events.cohorts(accountId, from, to, ltvDays)) {
            boolean day1Over = row.day().plusDays(1).isBefore(today);
            boolean day7Over = row.day().plusDays(7).isBefore(today);
            cohorts.add(new CohortResponse.Cohort(row.day(), row.users(), row.activeDay1(),
                    day1Over ? Ratios.rate(row.activeDay1(), row.users()) : null, row.activeDay7(),
                    day7Over ? Ratios.rate(row.activeDay7(), row.users()) : null, money(row.revenue()),
                    Ratios.divide(row.revenue(), row.users(), 2), row.day().plusDays(ltvDays - 1L).isBefore(today)));
        }
        return new CohortResponse(accountId, from, to, ltvDays, cohorts);
    }

    static BigDecimal money(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.UNNECESSARY);
    }
}
