package io.lightningops.defaults.idempotency;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HexFormat;
import java.util.function.Supplier;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.security.identity.SecurityIdentity;

import io.lightningops.defaults.problem.ApiException;
import io.lightningops.defaults.problem.ProblemType;

/**
 * {@code Idempotency-Key} for POSTs that clients may retry. The first request with a key runs and its
 * response is stored, in the same transaction as the work it did, in the service's own database
 * (table {@code idempotency_keys}); a retry with the same key replays that response and changes
 * nothing; the same key with a different body is a 422 problem. Keys are scoped to the caller, so
 * two tenants can never see each other's responses. A concurrent retry waits on the key's row until
 * the first request commits, then replays it.
 */
@ApplicationScoped
public class Idempotency {

    public static final String HEADER = "Idempotency-Key";
    public static final String REPLAYED_HEADER = "Idempotent-Replayed";
    private static final int MAX_KEY_LENGTH = 255;

    private final Instance<DataSource> dataSource;
    private final SecurityIdentity identity;
    private final ObjectMapper json;

    public Idempotency(Instance<DataSource> dataSource, SecurityIdentity identity, ObjectMapper json) {
        this.dataSource = dataSource;
        this.identity = identity;
        this.json = json;
    }

    /**
     * Runs {@code action} once per key. Without a key the action just runs.
     *
     * @param key       the Idempotency-Key header, or {@code null}
     * @param operation names what is done, e.g. {@code "POST /api/accounts"}; a key reused for another operation is refused
     * @param request   the request body, compared with the first request's: its JSON, or the bytes as sent when it
     *                  is a {@code byte[]}
     */
    public Response run(String key, String operation, Object request, Supplier<Response> action) {
        if (key == null) {
            return action.get();
        }
        if (key.isBlank() || key.length() > MAX_KEY_LENGTH) {
            throw ApiException.invalid(HEADER, "must be 1 to " + MAX_KEY_LENGTH + " characters");
        }
        String principal = identity.isAnonymous() ? "" : identity.getPrincipal().getName();
        String fingerprint = fingerprint(operation, request);
        return QuarkusTransaction.joiningExisting().call(() -> {
            Stored earlier = claim(principal, key, operation, fingerprint);
            if (earlier != null) {
                if (!earlier.fingerprint.equals(fingerprint)) {
                    throw new ApiException(ProblemType.IDEMPOTENCY_KEY_REUSED,
                            "This Idempotency-Key was used for a different request; use a new key for a new request");
                }
                return earlier.replay();
            }
            Response response = action.get();
            store(principal, key, response);
            return response;
        });
    }

    private Stored claim(String principal, String key, String operation, String fingerprint) throws SQLException {
        try (Connection c = dataSource.get().getConnection()) {
            try (PreparedStatement insert = c.prepareStatement(
                    "INSERT INTO idempotency_keys (principal, idem_key, operation, fingerprint) VALUES (?, ?, ?, ?) "
                            + "ON CONFLICT (principal, idem_key) DO NOTHING")) {
                insert.setString(1, principal);
                insert.setString(2, key);
                insert.setString(3, operation);
                insert.setString(4, fingerprint);
                if (insert.executeUpdate() == 1) {
                    return null;
                }
            }
            try (PreparedStatement select = c.prepareStatement(
                    "SELECT fingerprint, status, location, body FROM idempotency_keys WHERE principal = ? AND idem_key = ?")) {
                select.setString(1, principal);
                select.setString(2, key);
                try (ResultSet row = select.executeQuery()) {
                    row.next();
                    return new Stored(row.getString(1), row.getInt(2), row.getString(3), row.getString(4));
                }
            }
        }
    }

    private void store(String principal, String key, Response response) throws SQLException, JsonProcessingException {
        URI location = response.getLocation();
        String body = response.getEntity() == null ? null : json.writeValueAsString(response.getEntity());
        try (Connection c = dataSource.get().getConnection();
                PreparedStatement update = c.prepareStatement(
                        "UPDATE idempotency_keys SET status = ?, location = ?, body = ? WHERE principal = ? AND idem_key = ?")) {
            update.setInt(1, response.getStatus());
            update.setString(2, location == null ? null : location.toString());
            update.setString(3, body);
            update.setString(4, principal);
            update.setString(5, key);
            update.executeUpdate();
        }
    }

    private String fingerprint(String operation, Object request) {
        try {
            byte[] body = request instanceof byte[] raw ? raw : json.writeValueAsBytes(request);
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(operation.getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
            sha.update(body);
            return HexFormat.of().formatHex(sha.digest());
        } catch (JsonProcessingException | NoSuchAlgorithmException e) {
            throw new IllegalStateException("Cannot fingerprint the request", e);
        }
    }

    private record Stored(String fingerprint, int status, String location, String body) {

        Response replay() {
            Response.ResponseBuilder builder = Response.status(status).header(REPLAYED_HEADER, "true");
            if (location != null) {
                builder.header(HttpHeaders.LOCATION, location);
            }
            if (body != null) {
                builder.entity(body).type(MediaType.APPLICATION_JSON);
            }
            return builder.build();
        }
    }
}
