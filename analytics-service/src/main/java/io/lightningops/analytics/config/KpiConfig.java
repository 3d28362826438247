package io.lightningops.analytics.config;

import java.math.BigDecimal;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import io.smallrye.config.ConfigMapping;

/** KPI windows and the playbook's goals (prefix {@code lightning.kpis}). */
@ConfigMapping(prefix = "lightning.kpis")
public interface KpiConfig {

    /** The longest window one request may cover, in days. */
    @Min(1)
    int maxWindowDays();

    Goals goals();

    /** Cohorts' LTV counts the orders of a cohort's users on their first-follow day and the days after, this many in all. */
    @Min(1)
    @Max(366)
    int ltvDays();

    /** The playbook's targets: followers gained per period, average plays per video, completion rate. */
    interface Goals {

        /** Followers to gain in {@link #followersPeriodDays()} days; a window of another length is prorated. */
        @Min(1)
        long followers();

        @Min(1)
        int followersPeriodDays();

        @Min(1)
        long avgPlaysPerVideo();

        @DecimalMin("0.0001")
        @DecimalMax("1")
        BigDecimal completionRate();
    }
}
