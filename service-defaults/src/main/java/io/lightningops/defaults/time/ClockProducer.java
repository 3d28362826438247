package io.lightningops.defaults.time;

import java.time.Clock;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import io.quarkus.arc.DefaultBean;

/**
 * The one source of "now" for a service's deadlines, steps and retries, so that tests can set it exactly: a
 * test replaces it with an alternative Clock bean, and a service may produce its own.
 */
public class ClockProducer {

    @Produces
    @Singleton
    @DefaultBean
    Clock clock() {
        return Clock.systemUTC();
    }
}
