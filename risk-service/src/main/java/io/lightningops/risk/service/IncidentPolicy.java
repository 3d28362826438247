package io.lightningops.risk.service;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.runtime.Startup;

import io.lightningops.risk.config.IncidentConfig;
import io.lightningops.risk.domain.Deadline;
import io.lightningops.risk.domain.Incident;
import io.lightningops.risk.domain.IncidentType;
import io.lightningops.risk.domain.RiskTier;

/**
 * The crisis clock as configured: deadlines by tier, overdue flags, escalation, playbooks and how
 * alerts become incidents. A configuration that cannot work stops the service at boot.
 */
@Startup
@ApplicationScoped
public class IncidentPolicy {

    private static final Pattern STEP = Pattern.compile("[A-Z][A-Z0-9_]{0,63}");

    private final IncidentConfig config;
    private final Map<IncidentType, List<String>> playbooks = new EnumMap<>(IncidentType.class);

    public IncidentPolicy(IncidentConfig config) {
        this.config = config;
        for (RiskTier tier : RiskTier.values()) {
            require(positive(acknowledgeWithin(tier)), "acknowledge-within." + key(tier.name()) + " must be positive");
            require(config.escalation().max() >= baseLevel(tier) && baseLevel(tier) >= 1,
                    "escalation.base." + key(tier.name()) + " must be between 1 and escalation.max");
        }
        require(positive(config.handleWithin()), "handle-within must be positive");
        require(positive(config.repairWithin()), "repair-within must be positive");
        require(config.alerts().importantDeviation().compareTo(BigDecimal.ZERO) > 0
                && config.alerts().importantDeviation().compareTo(config.alerts().majorDeviation()) < 0,
                "alerts: 0 < important-deviation < major-deviation");
        for (IncidentType type : IncidentType.values()) {
            List<String> steps = config.playbooks().get(key(type.name()));
            require(steps != null && !steps.isEmpty(), "playbooks." + key(type.name()) + " must name at least one step");
            require(steps.stream().allMatch(s -> STEP.matcher(s).matches()) && steps.stream().distinct().count() == steps.size(),
                    "playbooks." + key(type.name()) + " must be distinct step codes like TAKE_DOWN");
            playbooks.put(type, List.copyOf(steps));
        }
    }

    /** Sets the deadlines of an incident opened at {@code openedAt}. */
    public void startClock(Incident incident, Instant openedAt) {
        incident.openedAt = openedAt;
        incident.acknowledgeBy = openedAt.plus(acknowledgeWithin(incident.tier));
        incident.handleBy = openedAt.plus(config.handleWithin());
        incident.repairBy = openedAt.plus(config.repairWithin());
    }

    /** The deadlines that have passed unmet; none once the incident is closed or dismissed. */
    public List<Deadline> overdue(Incident incident, Instant now) {
        List<Deadline> overdue = new ArrayList<>();
        if (incident.closedAt != null) {
            return overdue;
        }
        if (incident.acknowledgedAt == null && now.isAfter(incident.acknowledgeBy)) {
            overdue.add(Deadline.ACKNOWLEDGE);
        }
        if (incident.handledAt == null && now.isAfter(incident.handleBy)) {
            overdue.add(Deadline.HANDLE);
        }
        if (incident.repairedAt == null && now.isAfter(incident.repairBy)) {
            overdue.add(Deadline.REPAIR);
        }
        return overdue;
    }

    /** The tier's escalation level, one higher for each overdue deadline, at most the configured maximum. */
    public int escalationLevel(RiskTier tier, int overdueDeadlines) {
        return Math.min(config.escalation().max(), baseLevel(tier) + overdueDeadlines);
    }

    public List<String> playbook(IncidentType type) {
        return playbooks.get(type);
    }

    public IncidentType typeOfAlert(String alertType) {
        return config.alerts().types().getOrDefault(key(alertType), config.alerts().defaultType());
    }

    /** The tier of an alert by how far the observed value is from the baseline, relative to the baseline. */
    public RiskTier tierOfDeviation(BigDecimal observed, BigDecimal baseline) {
        if (baseline.signum() == 0) {
            return observed.signum() == 0 ? RiskTier.GENERAL : RiskTier.IMPORTANT;
        }
        BigDecimal deviation = observed.subtract(baseline).abs().divide(baseline.abs(), MathContext.DECIMAL64);
        if (deviation.compareTo(config.alerts().majorDeviation()) >= 0) {
            return RiskTier.MAJOR;
        }
        return deviation.compareTo(config.alerts().importantDeviation()) >= 0 ? RiskTier.IMPORTANT : RiskTier.GENERAL;
    }

    private Duration acknowledgeWithin(RiskTier tier) {
        return switch (tier) {
            case GENERAL -> config.acknowledgeWithin().general();
            case IMPORTANT -> config.acknowledgeWithin().important();
            case MAJOR -> config.acknowledgeWithin().major();
        };
    }

    private int baseLevel(RiskTier tier) {
        return switch (tier) {
            case GENERAL -> config.escalation().base().general();
            case IMPORTANT -> config.escalation().base().important();
            case MAJOR -> config.escalation().base().major();
        };
    }

    /** PLAYS_DROP → plays-drop: the configuration key of an enum-like name. */
    static String key(String name) {
        return name.strip().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    private static boolean positive(Duration duration) {
        return duration != null && !duration.isNegative() && !duration.isZero();
    }

    private static void require(boolean condition, String message) {
        if (!condition) {
            throw new IllegalStateException("lightning.incidents." + message);
        }
    }
}
