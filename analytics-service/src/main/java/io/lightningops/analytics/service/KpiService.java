package io.lightningops.analytics.service;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.lightningops.analytics.config.KpiConfig;
import io.lightningops.analytics.repository.KpiQueries;
import io.lightningops.analytics.repository.KpiQueries.AccountWindow;
import io.lightningops.analytics.repository.KpiQueries.DayTotals;
import io.lightningops.analytics.repository.KpiQueries.VideoWindow;
import io.lightningops.analytics.rest.DayFigures;
import io.lightningops.analytics.rest.GoalProgress;
import io.lightningops.analytics.rest.KpiResponse;
import io.lightningops.defaults.problem.ApiException;

/** An account's KPIs over a window of days, the figures that trends, reports and alerts are built from. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class KpiService {

    private final KpiQueries queries;
    private final KpiConfig config;

    public KpiService(KpiQueries queries, KpiConfig config) {
        this.queries = queries;
        this.config = config;
    }

    /** The window's videos and KPIs, read once, for callers (reports) that need both. */
    public record Window(KpiResponse kpis, List<VideoWindow> videos) {
    }

    public KpiResponse kpis(String accountId, LocalDate from, LocalDate to) {
        return window(accountId, from, to).kpis();
    }

    public Window window(String accountId, LocalDate from, LocalDate to) {
        requireWindow(accountId, from, to);
        List<VideoWindow> videos = queries.perVideo(accountId, from, to);
        AccountWindow account = queries.account(accountId, from, to);
        return new Window(compute(accountId, from, to, videos, account), videos);
    }

    /** The account's figures per day of the window, in day order; days without snapshots are absent. */
    public List<DayFigures> trend(String accountId, LocalDate from, LocalDate to) {
        requireWindow(accountId, from, to);
        return queries.perDay(accountId, from, to).stream().map(KpiService::figures).toList();
    }

    /** Checks the window of a request: an account, both days, from not after to, at most max-window-days. */
    public void requireWindow(String accountId, LocalDate from, LocalDate to) {
        if (accountId == null || accountId.isBlank()) {
            throw ApiException.invalid("accountId", "must not be blank");
        }
        if (from == null) {
            throw ApiException.invalid("from", "must not be null");
        }
        if (to == null) {
            throw ApiException.invalid("to", "must not be null");
        }
        if (from.isAfter(to)) {
            throw ApiException.invalid("from", "must not be after to");
        }
        if (ChronoUnit.DAYS.between(from, to) + 1 > config.maxWindowDays()) {
            throw ApiException.invalid("to", "the window may span at most " + config.maxWindowDays() + " days");
        }
    }

    private KpiResponse compute(String accountId, LocalDate from, LocalDate to, List<VideoWindow> videos,
            AccountWindow account) {
        long plays = 0;
        long likes = 0;
        long comments = 0;
        long shares = 0;
        long favorites = 0;
        long newFollowers = 0;
        BigDecimal weightedCompletion = BigDecimal.ZERO;
        long completionPlays = 0;
        BigDecimal weightedWatch = BigDecimal.ZERO;
        long watchPlays = 0;
        for (VideoWindow video : videos) {
            plays += video.plays();
            likes += video.likes();
            comments += video.comments();
            shares += video.shares();
            favorites += video.favorites();
            newFollowers += video.newFollowers();
            if (video.completionRate() != null) {
                weightedCompletion = weightedCompletion.add(video.completionRate().multiply(BigDecimal.valueOf(video.plays())));
                completionPlays += video.plays();
            }
            if (video.avgWatchSeconds() != null) {
                weightedWatch = weightedWatch.add(video.avgWatchSeconds().multiply(BigDecimal.valueOf(video.plays())));
                watchPlays += video.plays();
            }
        }
        int days = (int) ChronoUnit.DAYS.between(from, to) + 1;
        BigDecimal avgPlays = Ratios.divide(BigDecimal.valueOf(plays), videos.size(), Ratios.AVERAGE_SCALE);
        BigDecimal completion = Ratios.divide(weightedCompletion, completionPlays, Ratios.RATE_SCALE);
        Long followerGrowth = account.followersEnd() == null || account.followersBefore() == null ? null
                : account.followersEnd() - account.followersBefore();
        BigDecimal growthRate = followerGrowth == null ? null
                : Ratios.divide(BigDecimal.valueOf(followerGrowth), account.followersBefore(), Ratios.RATE_SCALE);
        List<GoalProgress> goals = goals(days, followerGrowth != null ? followerGrowth : newFollowers, avgPlays, completion);
        return new KpiResponse(accountId, from, to, days, videos.size(), plays, likes, comments, shares, favorites,
                newFollowers, avgPlays, completion, Ratios.divide(weightedWatch, watchPlays, Ratios.AVERAGE_SCALE),
                Ratios.rate(likes, plays), Ratios.rate(comments, plays), Ratios.rate(shares, plays),
                Ratios.rate(favorites, plays), Ratios.rate(likes + comments + shares, plays), account.followersEnd(),
                followerGrowth, growthRate, account.profileVisits(), account.liveSessions(), account.liveViewers(),
                account.livePeakViewers(), account.liveGmv().setScale(2, RoundingMode.UNNECESSARY), account.liveOrders(),
                goals);
    }

    private List<GoalProgress> goals(int days, long followersGained, BigDecimal avgPlays, BigDecimal completion) {
        KpiConfig.Goals goals = config.goals();
        BigDecimal followerTarget = BigDecimal.valueOf(goals.followers()).multiply(BigDecimal.valueOf(days))
                .divide(BigDecimal.valueOf(goals.followersPeriodDays()), 0, RoundingMode.HALF_UP);
        return List.of(
                progress("FOLLOWERS", followerTarget, BigDecimal.valueOf(followersGained)),
                progress("AVG_PLAYS_PER_VIDEO", BigDecimal.valueOf(goals.avgPlaysPerVideo()), avgPlays),
                progress("COMPLETION_RATE", goals.completionRate(), completion));
    }

    private static GoalProgress progress(String goal, BigDecimal target, BigDecimal actual) {
        return new GoalProgress(goal, target, actual, Ratios.divide(actual, target, Ratios.RATE_SCALE),
                actual != null && actual.compareTo(target) >= 0);
    }

    static DayFigures figures(DayTotals day) {
        return new DayFigures(day.day(), day.videos(), day.plays(), day.likes(), day.comments(), day.shares(),
                day.favorites(), day.newFollowers(),
                Ratios.divide(day.weightedCompletion(), day.completionPlays(), Ratios.RATE_SCALE),
                Ratios.divide(day.weightedWatch(), day.watchPlays(), Ratios.AVERAGE_SCALE),
                Ratios.rate(day.likes() + day.comments() + day.shares(), day.plays()));
    }
}
