package io.lightningops.analytics.service;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.lightningops.analytics.repository.EventQueries;
import io.lightningops.analytics.repository.EventQueries.EventWindow;
import io.lightningops.analytics.rest.FunnelResponse;
import io.lightningops.analytics.rest.KpiResponse;

/** Funnels and cohorts: what the rollup's counters and the users' events say together. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class InsightService {

    private final KpiService kpis;
    private final EventQueries events;

    public InsightService(KpiService kpis, EventQueries events) {
        this.kpis = kpis;
        this.events = events;
    }

    /** Plays and likes are the KPIs' increments from the rollup; follows and orders are counted events. */
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

    static BigDecimal money(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.UNNECESSARY);
    }
}
