package io.lightningops.defaults.testing;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Real access tokens from the dev realm's Keycloak (started by {@code ./suite test}), for tests of
 * every module. Users are the realm's fixed identities with the password {@code lightning}.
 */
public final class KeycloakTokens {

    public static final String PASSWORD = "lightning";
    public static final String CONSOLE_CLIENT = "lightning-console";

    private static final Pattern ACCESS_TOKEN = Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"");
    private static final Map<String, String> CACHE = new ConcurrentHashMap<>();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private KeycloakTokens() {
    }

    public static String keycloakUrl() {
        String url = System.getProperty("keycloak.url");
        if (url == null || url.isBlank()) {
            url = System.getenv().getOrDefault("KEYCLOAK_URL", "http://localhost:8180");
        }
        return url;
    }

    /** A token of one of the realm's users: admin, operator, analyst, compliance. */
    public static String forUser(String username) {
        return CACHE.computeIfAbsent("user:" + username, key -> request(Map.of(
                "grant_type", "password",
                "client_id", CONSOLE_CLIENT,
                "username", username,
                "password", PASSWORD)));
    }

    /** A client-credentials token of a confidential client, e.g. mcn-alpha with mcn-alpha-secret. */
    public static String forClient(String clientId, String secret) {
        return CACHE.computeIfAbsent("client:" + clientId, key -> request(Map.of(
                "grant_type", "client_credentials",
                "client_id", clientId,
                "client_secret", secret)));
    }

    /** The token of the MCN agency {@code alpha} or {@code beta}. */
    public static String forAgency(String agency) {
        return forClient("mcn-" + agency, "mcn-" + agency + "-secret");
    }

    public static String bearer(String token) {
        return "Bearer " + token;
    }

    private static String request(Map<String, String> form) {
        String body = form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpRequest request = HttpRequest.newBuilder(
                        URI.create(keycloakUrl() + "/realms/lightning/protocol/openid-connect/token"))
                .timeout(Duration.ofSeconds(20))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        try {
            HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            Matcher token = ACCESS_TOKEN.matcher(response.body());
            if (response.statusCode() != 200 || !token.find()) {
                throw new IllegalStateException("Keycloak refused a token (" + response.statusCode() + "): " + response.body());
            }
            return token.group(1);
        } catch (IOException e) {
            throw new IllegalStateException("Keycloak is not reachable at " + keycloakUrl()
                    + "; run the tests with ./suite test, which starts it", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
