package io.lightningops.content.config;

import java.math.BigDecimal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.quarkus.runtime.StartupEvent;

import io.lightningops.content.domain.Cadence;

/** Refuses to start with a calendar configuration that would make every plan wrong. */
@ApplicationScoped
public class CalendarConfigCheck {

    void check(@Observes StartupEvent event, CalendarConfig config) {
        if (Cadence.parse(config.cadence()) == null) {
            throw new IllegalStateException("lightning.calendar.cadence must be R+P (1 to 30 each), e.g. 3+1; it is "
                    + config.cadence());
        }
        CalendarConfig.Mix mix = config.mix();
        BigDecimal sum = mix.traffic().add(mix.value()).add(mix.conversion());
        if (sum.compareTo(BigDecimal.ONE) != 0 || mix.traffic().signum() < 0 || mix.value().signum() < 0
                || mix.conversion().signum() < 0) {
            throw new IllegalStateException("lightning.calendar.mix.traffic, .value and .conversion must be shares that "
                    + "sum to 1; they sum to " + sum);
        }
        if (mix.tolerance().signum() < 0 || mix.tolerance().compareTo(BigDecimal.ONE) > 0) {
            throw new IllegalStateException("lightning.calendar.mix.tolerance must be between 0 and 1");
        }
        if (config.slotTimes().isEmpty() || config.maxDays() < 1) {
            throw new IllegalStateException("lightning.calendar.slot-times needs a time and max-days must be positive");
        }
    }
}
