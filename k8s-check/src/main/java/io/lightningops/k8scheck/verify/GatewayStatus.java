package io.lightningops.k8scheck.verify;

/**
 * The answer of the gateway's readiness endpoint.
 *
 * @param url     what was called: the given gateway URL or the API server's service proxy
 * @param status  the HTTP status, or 0 when nothing answered
 * @param problem what is wrong, or null when it answered 200
 */
public record GatewayStatus(String url, int status, String problem) {

    public boolean ok() {
        return problem == null;
    }
}
