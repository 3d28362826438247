package io.lightningops.content.service;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import io.lightningops.content.config.CalendarConfig;
import io.lightningops.content.domain.ContentLayer;
import io.lightningops.content.rest.MixReport;

/** The content-layer mix against its targets (traffic 40%, value 35%, conversion 25% by default). */
@ApplicationScoped
public class ContentMix {

    private final CalendarConfig.Mix config;

    public ContentMix(CalendarConfig config) {
        this.config = config.mix();
    }

    public MixReport report(Map<ContentLayer, Integer> counts) {
        int total = counts.values().stream().mapToInt(Integer::intValue).sum();
        List<MixReport.Layer> layers = new ArrayList<>();
        boolean balanced = true;
        for (ContentLayer layer : ContentLayer.values()) {
            int count = counts.getOrDefault(layer, 0);
            BigDecimal share = total == 0 ? BigDecimal.ZERO.setScale(4)
                    : BigDecimal.valueOf(count).divide(BigDecimal.valueOf(total), 4, RoundingMode.HALF_UP);
            BigDecimal target = config.target(layer);
            BigDecimal deviation = share.subtract(target);
            boolean flagged = deviation.abs().compareTo(config.tolerance()) > 0;
            balanced &= !flagged;
            layers.add(new MixReport.Layer(layer, count, share, target, deviation, flagged));
        }
        return new MixReport(total, config.tolerance(), balanced, layers);
    }

    /**
     * The layer a regular slot should take next: the one furthest below its target share if one more video is
     * added (target x (total + 1) - count), among the layers in {@code available}; ties in enum order.
     */
    public ContentLayer mostBehind(Map<ContentLayer, Integer> counts, List<ContentLayer> available) {
        int next = counts.values().stream().mapToInt(Integer::intValue).sum() + 1;
        return available.stream()
                .max(Comparator.<ContentLayer, BigDecimal>comparing(layer -> config.target(layer)
                                .multiply(BigDecimal.valueOf(next)).subtract(BigDecimal.valueOf(counts.getOrDefault(layer, 0))))
                        .thenComparing(Comparator.comparing(ContentLayer::ordinal).reversed()))
                .orElse(null);
    }

    public static Map<ContentLayer, Integer> none() {
        return new EnumMap<>(ContentLayer.class);
    }
}
