package io.lightningops.risk.config;

import java.math.BigDecimal;
import java.time.Duration;

import jakarta.validation.constraints.Min;

import io.smallrye.config.ConfigMapping;

/** Engagement-anomaly rules (prefix {@code lightning.anomalies}). */
@ConfigMapping(prefix = "lightning.anomalies")
public interface AnomalyConfig {

    /** The window examined when the request names none: the last this long. */
    Duration defaultWindow();

    /** The longest window one request may examine. */
    Duration maxWindow();

    /** The most snapshots read from analytics for one request; beyond, the answer says it is truncated. */
    @Min(1)
    int maxSnapshots();

    Likes likes();

    Followers followers();

    IdenticalComments identicalComments();

    /** Likes far above what plays explain: between two snapshots, likes gained > max-per-play × plays gained. */
    interface Likes {
        BigDecimal maxPerPlay();

        @Min(1)
        int minLikes();
    }

    /** A follower jump with no matching plays: followers gained > max-per-play × plays gained. */
    interface Followers {
        BigDecimal maxPerPlay();

        @Min(1)
        int minFollowers();
    }

    /** A burst of identical comments: at least min-count comments with the same folded text within window. */
    interface IdenticalComments {
        Duration window();

        @Min(2)
        int minCount();
    }
}
