package io.lightningops.risk.service;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.faulttolerance.exceptions.FaultToleranceException;
import org.jboss.logging.Logger;

import io.lightningops.defaults.paging.Page;
import io.lightningops.defaults.problem.ApiException;
import io.lightningops.defaults.problem.ProblemType;
import io.lightningops.risk.client.AnalyticsClient;
import io.lightningops.risk.client.AnalyticsRefusedException;
import io.lightningops.risk.client.AnalyticsUnavailableException;
import io.lightningops.risk.client.MetricSnapshot;
import io.lightningops.risk.config.AnomalyConfig;
import io.lightningops.risk.repository.CommentStore;
import io.lightningops.risk.rest.AnomalyReport;

/** Engagement anomalies of an account: the metric series from analytics-service and the comments ingested here. */
@ApplicationScoped
public class AnomalyService {

    private static final Logger LOG = Logger.getLogger(AnomalyService.class);

    private final AnalyticsClient analytics;
    private final CommentStore comments;
    private final AnomalyConfig config;
    private final AnomalyRules rules;
    private final Clock clock;

    public AnomalyService(AnalyticsClient analytics, CommentStore comments, AnomalyConfig config, Clock clock) {
        this.analytics = analytics;
        this.comments = comments;
        this.config = config;
        this.clock = clock;
        this.rules = new AnomalyRules(new AnomalyRules.Thresholds(config.likes().maxPerPlay(), config.likes().minLikes(),
                config.followers().maxPerPlay(), config.followers().minFollowers(), config.identicalComments().window(),
                config.identicalComments().minCount()));
    }

    // no transaction around the calls to analytics: a slow peer must not hold a database connection
    @Transactional(Transactional.TxType.SUPPORTS)
    public AnomalyReport report(String accountId, OffsetDateTime from, OffsetDateTime to) {
        if (accountId == null || accountId.isBlank()) {
            throw ApiException.invalid("accountId", "must not be blank");
        }
        OffsetDateTime end = to != null ? to : OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
        OffsetDateTime begin = from != null ? from : end.minus(config.defaultWindow());
        if (!begin.isBefore(end)) {
            throw ApiException.invalid("from", "must be before to");
        }
        if (Duration.between(begin, end).compareTo(config.maxWindow()) > 0) {
            throw ApiException.invalid("from", "the window may span at most " + config.maxWindow());
        }
        String account = accountId.strip();
        List<MetricSnapshot> series = new ArrayList<>();
        boolean truncated = fetch(account, begin, end, series);
        List<AnomalyReport.Flag> flags = new ArrayList<>(rules.fromSeries(series));
        flags.addAll(rules.fromComments(comments.repeatedTexts(account, begin.toInstant(), end.toInstant(),
                config.identicalComments().minCount())));
        return new AnomalyReport(account, begin, end, series.size(), truncated, flags);
    }

    /** Reads every page of the window into {@code into}; true if it stopped at max-snapshots. */
    private boolean fetch(String accountId, OffsetDateTime from, OffsetDateTime to, List<MetricSnapshot> into) {
        try {
            for (int page = 0; ; page++) {
                Page<MetricSnapshot> result = analytics.metrics(accountId, from, to, page);
                into.addAll(result.items());
                boolean more = !result.items().isEmpty() && (long) (page + 1) * AnalyticsClient.PAGE_SIZE < result.total();
                if (into.size() >= config.maxSnapshots()) {
                    boolean truncated = more || into.size() > config.maxSnapshots();
                    into.subList(config.maxSnapshots(), into.size()).clear();
                    return truncated;
                }
                if (!more) {
                    return false;
                }
            }
        } catch (AnalyticsUnavailableException | FaultToleranceException e) {
            LOG.warn("analytics-service unavailable: " + e.getMessage());
            throw new ApiException(ProblemType.SERVICE_UNAVAILABLE,
                    "analytics-service, which holds the metric series, is unavailable; retry later");
        } catch (AnalyticsRefusedException e) {
            LOG.warn("analytics-service refused the metric request: " + e.getMessage());
            throw new ApiException(ProblemType.BAD_GATEWAY,
                    "analytics-service refused to give the metric series (status " + e.status() + ")");
        }
    }
}
