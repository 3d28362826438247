package io.lightningops.analytics.service;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import io.lightningops.analytics.config.AlertConfig;
import io.lightningops.analytics.domain.AlertType;
import io.lightningops.analytics.repository.KpiQueries.DayTotals;

/**
 * The alert rules, pure: a day's figures against the baseline of the days before it. Plays are compared with
 * the average plays of the baseline days; rates with the baseline's rate (its totals over its plays).
 */
public final class AlertRules {

    /** A rule that fired: the value seen, what it was compared with, and the threshold or factor applied. */
    public record Finding(AlertType type, BigDecimal observed, BigDecimal baseline, BigDecimal threshold, String message) {
    }

    private AlertRules() {
    }

    /**
     * @param day      the day judged; {@code days} holds its figures and those of the baseline days before it
     * @param playsDrop the account's plays-drop threshold (share below the baseline)
     * @param engagementDrop the account's engagement-collapse threshold
     */
    public static List<Finding> evaluate(LocalDate day, List<DayTotals> days, BigDecimal playsDrop,
            BigDecimal engagementDrop, AlertConfig config) {
        DayTotals today = null;
        List<DayTotals> baseline = new ArrayList<>();
        for (DayTotals d : days) {
            if (d.day().equals(day)) {
                today = d;
            } else if (d.day().isBefore(day)) {
                baseline.add(d);
            }
        }
        List<Finding> findings = new ArrayList<>();
        if (today == null || baseline.size() < config.minBaselineDays()) {
            return findings;
        }
        long basePlays = 0;
        long baseEngagements = 0;
        long baseLikes = 0;
        for (DayTotals d : baseline) {
            basePlays += d.plays();
            baseEngagements += d.likes() + d.comments() + d.shares();
            baseLikes += d.likes();
        }
        BigDecimal average = BigDecimal.valueOf(basePlays).divide(BigDecimal.valueOf(baseline.size()), 2, RoundingMode.HALF_UP);
        BigDecimal plays = BigDecimal.valueOf(today.plays());
        boolean enoughBaseline = average.compareTo(BigDecimal.valueOf(config.playsDrop().minBaselinePlays())) >= 0
                && average.signum() > 0;
        int baselineDays = baseline.size();

        if (enoughBaseline && plays.compareTo(average.multiply(BigDecimal.ONE.subtract(playsDrop))) < 0) {
            findings.add(new Finding(AlertType.PLAYS_DROP, plays, average, playsDrop, String.format(
                    "%s 日播放量 %s，较前%d日均值 %s 下降 %s%%（阈值 %s%%）", day, plays.toPlainString(), baselineDays,
                    average.toPlainString(), percent(average.subtract(plays), average), percent(playsDrop))));
        }
        BigDecimal factor = config.spikes().factor();
        if (enoughBaseline && plays.compareTo(average.multiply(factor)) >= 0) {
            findings.add(new Finding(AlertType.PLAYS_SPIKE, plays, average, factor, String.format(
                    "%s 日播放量 %s，是前%d日均值 %s 的 %s 倍：可能是爆款，也可能是异常流量", day, plays.toPlainString(),
                    baselineDays, average.toPlainString(), plays.divide(average, 1, RoundingMode.HALF_UP).toPlainString())));
        }
        if (today.plays() > 0 && basePlays > 0) {
            BigDecimal rate = Ratios.rate(today.likes() + today.comments() + today.shares(), today.plays());
            BigDecimal baseRate = Ratios.rate(baseEngagements, basePlays);
            if (today.plays() >= config.engagementCollapse().minPlays() && baseRate.signum() > 0
                    && rate.compareTo(baseRate.multiply(BigDecimal.ONE.subtract(engagementDrop))) < 0) {
                findings.add(new Finding(AlertType.ENGAGEMENT_COLLAPSE, rate, baseRate, engagementDrop, String.format(
                        "%s 互动率 %s%%，较前%d日 %s%% 下降 %s%%（阈值 %s%%）", day, percent(rate), baselineDays,
                        percent(baseRate), percent(baseRate.subtract(rate), baseRate), percent(engagementDrop))));
            }
            BigDecimal likeRate = Ratios.rate(today.likes(), today.plays());
            BigDecimal baseLikeRate = Ratios.rate(baseLikes, basePlays);
            if (today.likes() >= config.spikes().minLikes() && baseLikeRate.signum() > 0
                    && likeRate.compareTo(baseLikeRate.multiply(factor)) >= 0) {
                findings.add(new Finding(AlertType.LIKES_SPIKE, likeRate, baseLikeRate, factor, String.format(
                        "%s 点赞率 %s%%，是前%d日 %s%% 的 %s 倍：请核查是否刷赞", day, percent(likeRate), baselineDays,
                        percent(baseLikeRate), likeRate.divide(baseLikeRate, 1, RoundingMode.HALF_UP).toPlainString())));
            }
        }
        return findings;
    }

    private static String percent(BigDecimal share) {
        return share.movePointRight(2).setScale(1, RoundingMode.HALF_UP).toPlainString();
    }

    private static String percent(BigDecimal part, BigDecimal whole) {
        return percent(part.divide(whole, 6, RoundingMode.HALF_UP));
    }
}
