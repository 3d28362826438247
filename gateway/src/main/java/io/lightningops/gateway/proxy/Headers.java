package io.lightningops.gateway.proxy;

import io.vertx.core.MultiMap;

/** Which headers a proxy must not pass on (RFC 9110 section 7.6.1), checked without allocating. */
final class Headers {

    /** Hop-by-hop headers, plus those the gateway sets itself for the next hop. */
    private static final String[] NOT_FORWARDED = {
        "Connection", "Keep-Alive", "Proxy-Connection", "Proxy-Authenticate", "Proxy-Authorization",
        "TE", "Trailer", "Transfer-Encoding", "Upgrade",
        // the gateway's own: Host names the service; Expect is answered by the gateway itself
        "Host", "Expect",
        "X-Forwarded-For", "X-Forwarded-Proto", "X-Forwarded-Host", "X-Request-Id",
    };

    /** Hop-by-hop response headers, plus CORS (the gateway alone answers for the browser's origin). */
    private static final String[] NOT_RETURNED = {
        "Connection", "Keep-Alive", "Proxy-Connection", "Proxy-Authenticate", "Proxy-Authorization",
        "TE", "Trailer", "Transfer-Encoding", "Upgrade",
        // already on the response: the gateway set the same request id before forwarding
        "X-Request-Id",
    };

    private static final String CORS_PREFIX = "Access-Control-";

    private Headers() {
    }

    static boolean forwarded(String name, MultiMap connectionTokens) {
        return !matches(NOT_FORWARDED, name) && (connectionTokens == null || !connectionTokens.contains(name));
    }

    static boolean returned(String name, MultiMap connectionTokens) {
        return !matches(NOT_RETURNED, name)
                && !name.regionMatches(true, 0, CORS_PREFIX, 0, CORS_PREFIX.length())
                && (connectionTokens == null || !connectionTokens.contains(name));
    }

    /**
     * Headers named in {@code Connection} are hop-by-hop too; {@code null} when it names none beyond
     * the usual {@code keep-alive}/{@code close}, which is nearly always.
     */
    static MultiMap connectionTokens(String connection) {
        if (connection == null) {
            return null;
        }
        MultiMap tokens = null;
        for (String token : connection.split(",")) {
            String name = token.trim();
            if (!name.isEmpty() && !name.equalsIgnoreCase("keep-alive") && !name.equalsIgnoreCase("close")) {
                if (tokens == null) {
                    tokens = MultiMap.caseInsensitiveMultiMap();
                }
                tokens.add(name, "");
            }
        }
        return tokens;
    }

    private static boolean matches(String[] names, String name) {
        for (String candidate : names) {
            if (candidate.equalsIgnoreCase(name)) {
                return true;
            }
        }
        return false;
    }
}
