package io.lightningops.risk.config;

import java.time.Clock;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/**
 * The one source of "now" for deadlines, overdue flags and decision times, so that tests can set it
 * exactly (they replace this bean with an alternative clock).
 */
public class ClockProducer {

    @Produces
    @Singleton
    Clock clock() {
        return Clock.systemUTC();
    }
}
