package io.lightningops.content.config;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The video workflow: how IN_REVIEW videos follow their review in risk-service. */
@ConfigMapping(prefix = "lightning.videos")
public interface VideoConfig {

    ReviewPoll reviewPoll();

    interface ReviewPoll {

        /** How often the poller runs (a Quarkus duration such as 30s; "off" disables it). Read by @Scheduled. */
        @WithDefault("30s")
        String every();

        /** At most this many IN_REVIEW videos are checked per run and replica. */
        @WithDefault("20")
        int batchSize();

        /** A video checked (by any replica) less than this ago is not checked again. */
        @WithDefault("PT20S")
        Duration lease();
    }
}
