package io.lightningops.risk.config;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import io.lightningops.risk.domain.IncidentType;

/**
 * The crisis clock and the rules around it (prefix {@code lightning.incidents}). Checked at startup by
 * {@code IncidentPolicy}.
 */
@ConfigMapping(prefix = "lightning.incidents")
public interface IncidentConfig {

    /** How soon an incident must be acknowledged, by tier ("respond at once"). */
    TierDurations acknowledgeWithin();

    /** How soon it must be handled after it was opened (48 hours). */
    Duration handleWithin();

    /** How soon it must be repaired after it was opened (7 days). */
    Duration repairWithin();

    Escalation escalation();

    /**
     * The playbook of each incident type: keys are the types in kebab case (content-violation, …),
     * values the step codes in order, e.g. {@code TAKE_DOWN,EDIT,COMPENSATE}.
     */
    Map<String, List<String>> playbooks();

    Alerts alerts();

    interface TierDurations {
        Duration general();

        Duration important();

        Duration major();
    }

    interface TierLevels {
        int general();

        int important();

        int major();
    }

    /** The escalation level of a live incident: its tier's level plus one per overdue deadline, capped at max. */
    interface Escalation {
        TierLevels base();

        int max();
    }

    interface Alerts {

        /** The incident type of an alert type (keys in kebab case: plays-drop, …); others get {@link #defaultType()}. */
        Map<String, IncidentType> types();

        @WithDefault("METRIC_ANOMALY")
        IncidentType defaultType();

        /** |observed − baseline| / baseline from which an alert's incident is IMPORTANT. */
        BigDecimal importantDeviation();

        /** |observed − baseline| / baseline from which an alert's incident is MAJOR. */
        BigDecimal majorDeviation();
    }
}
