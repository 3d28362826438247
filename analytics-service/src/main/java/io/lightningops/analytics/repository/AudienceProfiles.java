package io.lightningops.analytics.repository;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.lightningops.analytics.domain.AudienceUnit;
import io.lightningops.analytics.rest.AudienceResponse;

/** Audience profiles, one per account and day, with their distributions as JSON in the order they were sent. */
@ApplicationScoped
public class AudienceProfiles {

    private static final TypeReference<LinkedHashMap<String, BigDecimal>> DISTRIBUTION = new TypeReference<>() {
    };

    private static final String UPSERT = """
            INSERT INTO audience_profiles (account_id, day, unit, age_bands, genders, regions, interests, ingested_at)
            VALUES (?, ?, ?, ?::json, ?::json, ?::json, ?::json, now())
            ON CONFLICT (account_id, day) DO UPDATE SET unit = EXCLUDED.unit, age_bands = EXCLUDED.age_bands,
                genders = EXCLUDED.genders, regions = EXCLUDED.regions, interests = EXCLUDED.interests,
                ingested_at = EXCLUDED.ingested_at
            RETURNING ingested_at
            """;

    private static final String AS_OF = """
            SELECT day, unit, age_bands, genders, regions, interests, ingested_at FROM audience_profiles
            WHERE account_id = ? AND day <= coalesce(?, 'infinity'::date) ORDER BY day DESC LIMIT 1
            """;

    private final DataSource dataSource;
    private final ObjectMapper json;

    public AudienceProfiles(DataSource dataSource, ObjectMapper json) {
        this.dataSource = dataSource;
        this.json = json;
    }

    /** Writes the profile of its account and day, replacing one there; answers it as stored. */
    public AudienceResponse upsert(AudienceResponse profile) {
        try (Connection c = dataSource.getConnection(); PreparedStatement upsert = c.prepareStatement(UPSERT)) {
            upsert.setString(1, profile.accountId());
            upsert.setObject(2, profile.date());
            upsert.setString(3, profile.unit().name());
            upsert.setString(4, json.writeValueAsString(profile.ageBands()));
            upsert.setString(5, json.writeValueAsString(profile.genders()));
            upsert.setString(6, json.writeValueAsString(profile.regions()));
            upsert.setString(7, json.writeValueAsString(profile.interests()));
            try (ResultSet row = upsert.executeQuery()) {
                row.next();
                return new AudienceResponse(profile.accountId(), profile.date(), profile.unit(), profile.ageBands(),
                        profile.genders(), profile.regions(), profile.interests(),
                        row.getObject(1, OffsetDateTime.class).withOffsetSameInstant(ZoneOffset.UTC));
            }
        } catch (SQLException | JsonProcessingException e) {
            throw new IllegalStateException("Could not store an audience profile", e);
        }
    }

    /** The account's profile of the latest day on or before {@code date} (any day when null). */
    public Optional<AudienceResponse> asOf(String accountId, LocalDate date) {
        try (Connection c = dataSource.getConnection(); PreparedStatement query = c.prepareStatement(AS_OF)) {
            query.setString(1, accountId);
            query.setObject(2, date, Types.DATE);
            try (ResultSet row = query.executeQuery()) {
                if (!row.next()) {
                    return Optional.empty();
                }
                return Optional.of(new AudienceResponse(accountId, row.getObject(1, LocalDate.class),
                        AudienceUnit.valueOf(row.getString(2)), read(row.getString(3)), read(row.getString(4)),
                        read(row.getString(5)), read(row.getString(6)),
                        row.getObject(7, OffsetDateTime.class).withOffsetSameInstant(ZoneOffset.UTC)));
            }
        } catch (SQLException | JsonProcessingException e) {
            throw new IllegalStateException("Could not read an audience profile", e);
        }
    }

    private Map<String, BigDecimal> read(String distribution) throws JsonProcessingException {
        return json.readValue(distribution, DISTRIBUTION);
    }
}
