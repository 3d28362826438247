package io.lightningops.content.service;

/** Optional free texts of requests: blank means absent, and what is kept is trimmed. */
public final class Texts {

    private Texts() {
    }

    public static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
