package io.lightningops.content.domain;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** One creative variant of an experiment: a video, labelled A, B, C … in the order given. */
@Embeddable
public class ExperimentVariant {

    @Column(name = "video_id", nullable = false)
    public UUID videoId;

    @Column(nullable = false)
    public String label;

    public static ExperimentVariant of(UUID videoId, int position) {
        ExperimentVariant variant = new ExperimentVariant();
        variant.videoId = videoId;
        variant.label = String.valueOf((char) ('A' + position));
        return variant;
    }
}
