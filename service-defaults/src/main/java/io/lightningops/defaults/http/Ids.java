package io.lightningops.defaults.http;

import java.util.UUID;

import io.lightningops.defaults.problem.ApiException;

/** Ids are UUID strings in JSON; a malformed one in a body or query is a 400 naming the field. */
public final class Ids {

    private Ids() {
    }

    /** The UUID in {@code value}, {@code null} if absent, or a validation problem on {@code field}. */
    public static UUID parse(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return UUID.fromString(value.trim());
        } catch (IllegalArgumentException e) {
            throw ApiException.invalid(field, "must be a UUID");
        }
    }

    public static String format(UUID id) {
        return id == null ? null : id.toString();
    }
}
