package io.lightningops.analytics.domain;

import java.io.Serializable;
import java.time.Instant;

/** A snapshot is identified by its video and the moment its counters were read. */
public record VideoSnapshotId(String videoId, Instant capturedAt) implements Serializable {
}
