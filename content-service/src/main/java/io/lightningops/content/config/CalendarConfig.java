package io.lightningops.content.config;

import java.math.BigDecimal;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import io.lightningops.content.domain.ContentLayer;

/** The publishing calendar: the time zone of its days, the default cadence and slots, and the content mix. */
@ConfigMapping(prefix = "lightning.calendar")
public interface CalendarConfig {

    /** The zone in which calendar days and slot times are meant (Douyin's audience: China). */
    @WithDefault("Asia/Shanghai")
    ZoneId zone();

    /** "R+P": R regular days, then P push days, repeating. */
    @WithDefault("3+1")
    String cadence();

    /** The publishing times of each day of a plan, unless the plan names its own. */
    @WithDefault("19:00")
    List<LocalTime> slotTimes();

    /** The longest period a plan or a calendar read may cover. */
    @WithDefault("92")
    int maxDays();

    /** A push day takes the newest APPROVED video of the first layer in this order that has one. */
    @WithDefault("TRAFFIC,CONVERSION,VALUE")
    List<ContentLayer> pushPriority();

    Mix mix();

    /** Target shares of the content layers (summing to 1) and the tolerance in share points (0.05 = 5 points). */
    interface Mix {

        @WithDefault("0.40")
        BigDecimal traffic();

        @WithDefault("0.35")
        BigDecimal value();

        @WithDefault("0.25")
        BigDecimal conversion();

        @WithDefault("0.05")
        BigDecimal tolerance();

        default BigDecimal target(ContentLayer layer) {
            return switch (layer) {
                case TRAFFIC -> traffic();
                case VALUE -> value();
                case CONVERSION -> conversion();
            };
        }
    }
}
