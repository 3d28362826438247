package io.lightningops.defaults.http;

import java.util.UUID;
import java.util.regex.Pattern;

import org.jboss.logging.MDC;

/**
 * The request id: taken from {@code X-Request-Id} when the caller sends a sane one, made otherwise,
 * returned on every response and put in the logging context so every log line carries it.
 */
public final class RequestIds {

    public static final String HEADER = "X-Request-Id";
    public static final String MDC_KEY = "requestId";

    private static final Pattern SANE = Pattern.compile("[A-Za-z0-9._:\\-]{1,128}");

    private RequestIds() {
    }

    /** The caller's id if it is safe to log and echo, else a new one. */
    public static String accept(String fromCaller) {
        if (fromCaller != null && SANE.matcher(fromCaller).matches()) {
            return fromCaller;
        }
        return UUID.randomUUID().toString();
    }

    /** The id of the request being handled on this context, or {@code null} outside a request. */
    public static String current() {
        Object id = MDC.get(MDC_KEY);
        return id == null ? null : id.toString();
    }
}
