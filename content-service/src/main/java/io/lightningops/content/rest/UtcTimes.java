package io.lightningops.content.rest;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** Times leave the service as ISO-8601 with an offset (UTC, "Z"); absent stays null. */
final class UtcTimes {

    private UtcTimes() {
    }

    static OffsetDateTime of(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }
}
