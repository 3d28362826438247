package io.lightningops.analytics.testing;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/** Rows of ingestion batches as a client writes them. */
public final class Rows {

    private Rows() {
    }

    public static String newId() {
        return UUID.randomUUID().toString();
    }

    /** A complete snapshot row; tests change single fields with {@code put}. */
    public static Map<String, Object> snapshot(String accountId, String videoId, String capturedAt, long plays) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("videoId", videoId);
        row.put("accountId", accountId);
        row.put("capturedAt", capturedAt);
        row.put("plays", plays);
        row.put("likes", plays / 10);
        row.put("comments", plays / 100);
        row.put("shares", plays / 50);
        return row;
    }

    public static Map<String, Object> with(Map<String, Object> row, String field, Object value) {
        Map<String, Object> copy = new LinkedHashMap<>(row);
        if (value == null) {
            copy.remove(field);
        } else {
            copy.put(field, value);
        }
        return copy;
    }

    /** A user event; an ORDER gets {@code amount}, other types pass {@code null}. */
    public static Map<String, Object> event(String type, String accountId, String userRef, String occurredAt, String amount) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("eventId", newId());
        row.put("type", type);
        row.put("accountId", accountId);
        row.put("userRef", userRef);
        row.put("occurredAt", occurredAt);
        if (amount != null) {
            row.put("amount", amount);
        }
        return row;
    }
}
