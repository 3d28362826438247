package io.lightningops.analytics.service;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.lightningops.analytics.repository.KpiQueries.VideoWindow;
import io.lightningops.analytics.rest.KpiResponse;
import io.lightningops.analytics.rest.ReportResponse;
import io.lightningops.analytics.rest.ReportResponse.Figure;
import io.lightningops.analytics.rest.ReportResponse.VideoFigures;
import io.lightningops.defaults.problem.ApiException;

/** Daily and monthly reports, made of the KPIs (the same code as GET /api/kpis) of the period and the one before. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ReportService {

    static final int VIDEOS_EACH_WAY = 5;
    static final int DAILY_TREND_DAYS = 14;

    /** The 20 key figures: KPI field, Chinese label, and how to read it from the KPIs. */
    record Key(String key, String label, Function<KpiResponse, BigDecimal> value) {
    }

    static final List<Key> KEYS = List.of(
            new Key("videos", "发布/在播视频数", k -> BigDecimal.valueOf(k.videos())),
            new Key("plays", "播放量", k -> BigDecimal.valueOf(k.plays())),
            new Key("likes", "点赞数", k -> BigDecimal.valueOf(k.likes())),
            new Key("comments", "评论数", k -> BigDecimal.valueOf(k.comments())),
            new Key("shares", "分享数", k -> BigDecimal.valueOf(k.shares())),
            new Key("favorites", "收藏数", k -> BigDecimal.valueOf(k.favorites())),
            new Key("newFollowers", "视频涨粉", k -> BigDecimal.valueOf(k.newFollowers())),
            new Key("avgPlaysPerVideo", "平均播放量", KpiResponse::avgPlaysPerVideo),
            new Key("completionRate", "完播率", KpiResponse::completionRate),
            new Key("avgWatchSeconds", "平均观看时长(秒)", KpiResponse::avgWatchSeconds),
            new Key("likeRate", "点赞率", KpiResponse::likeRate),
            new Key("commentRate", "评论率", KpiResponse::commentRate),
            new Key("shareRate", "分享率", KpiResponse::shareRate),
            new Key("engagementRate", "互动率", KpiResponse::engagementRate),
            new Key("followers", "粉丝总数", k -> k.followers() == null ? null : BigDecimal.valueOf(k.followers())),
            new Key("followerGrowth", "粉丝净增", k -> k.followerGrowth() == null ? null : BigDecimal.valueOf(k.followerGrowth())),
            new Key("followerGrowthRate", "粉丝增长率", KpiResponse::followerGrowthRate),
            new Key("profileVisits", "主页访问", k -> BigDecimal.valueOf(k.profileVisits())),
            new Key("liveSessions", "直播场次", k -> BigDecimal.valueOf(k.liveSessions())),
            new Key("liveGmv", "直播GMV(元)", KpiResponse::liveGmv));

    private final KpiService kpis;

    public ReportService(KpiService kpis) {
        this.kpis = kpis;
    }

    public ReportResponse daily(String accountId, LocalDate date) {
        if (date == null) {
            throw ApiException.invalid("date", "must not be null");
        }
        return report(accountId, "DAILY", date, date, date.minusDays(1), date.minusDays(1),
                date.minusDays(DAILY_TREND_DAYS - 1L));
    }

    public ReportResponse monthly(String accountId, String month) {
        if (month == null || month.isBlank()) {
            throw ApiException.invalid("month", "must not be blank");
        }
        YearMonth ym;
        try {
            ym = YearMonth.parse(month.strip());
        } catch (DateTimeParseException e) {
            throw ApiException.invalid("month", "must be a month such as 2026-11");
        }
        YearMonth previous = ym.minusMonths(1);
        return report(accountId, "MONTHLY", ym.atDay(1), ym.atEndOfMonth(), previous.atDay(1), previous.atEndOfMonth(),
                ym.atDay(1));
    }

    private ReportResponse report(String accountId, String period, LocalDate from, LocalDate to, LocalDate previousFrom,
            LocalDate previousTo, LocalDate trendFrom) {
        kpis.requireWindow(accountId, from, to);
        KpiService.Window current = kpis.window(accountId, from, to);
        KpiResponse previous = kpis.kpis(accountId, previousFrom, previousTo);
        List<Figure> figures = new ArrayList<>();
        for (Key key : KEYS) {
            BigDecimal value = key.value().apply(current.kpis());
            BigDecimal before = key.value().apply(previous);
            BigDecimal change = value == null || before == null ? null
                    : Ratios.divide(value.subtract(before), before, Ratios.RATE_SCALE);
            figures.add(new Figure(key.key(), key.label(), Ratios.plain(value), Ratios.plain(before), Ratios.plain(change)));
        }
        List<VideoFigures> videos = current.videos().stream()
                .sorted(Comparator.comparingLong(VideoWindow::plays).reversed().thenComparing(VideoWindow::videoId))
                .map(ReportService::video).toList();
        int each = Math.min(VIDEOS_EACH_WAY, videos.size());
        List<VideoFigures> top = videos.subList(0, each);
        List<VideoFigures> bottom = new ArrayList<>(videos.subList(videos.size() - each, videos.size()));
        Collections.reverse(bottom);
        return new ReportResponse(accountId, period, from, to, previousFrom, previousTo,
                OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS), figures, current.kpis().goals(),
                kpis.trend(accountId, trendFrom, to), top, bottom);
    }

    private static VideoFigures video(VideoWindow v) {
        return new VideoFigures(v.videoId(), v.plays(), v.likes(), v.comments(), v.shares(),
                Ratios.rate(v.likes() + v.comments() + v.shares(), v.plays()), Ratios.plain(v.completionRate()));
    }
}
