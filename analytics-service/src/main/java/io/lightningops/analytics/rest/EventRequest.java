package io.lightningops.analytics.rest;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.lightningops.analytics.domain.EventType;

@Schema(name = "EventRequest", description = "One user's follow, order or like; sent again (same eventId), it replaces itself")
public record EventRequest(
        @NotBlank @Size(max = 64) @Schema(description = "The client's id of the event: the key of the upsert",
                example = "ord-20261125-000981") String eventId,
        @NotNull @Schema(description = "FOLLOW, ORDER (needs amount) or LIKE", example = "ORDER") EventType type,
        @NotBlank @Size(max = 64) @Schema(example = "0b7e6f7c-3c1e-4c39-9d1e-6a0c8a2b9f10") String accountId,
        @Size(max = 64) @Schema(description = "The video that led to it, when known", example = "5d1c2b7e-8f3a-4e2b-9c7d-1a2b3c4d5e6f")
        String videoId,
        @NotBlank @Size(max = 128) @Schema(description = "A pseudonymous reference to the user (e.g. a salted hash), "
                + "the same for all of one user's events", example = "u-7f3a9c") String userRef,
        @NotNull @Schema(description = "When it happened (ISO-8601 with offset); not in the future") OffsetDateTime occurredAt,
        @DecimalMin("0") @Digits(integer = 14, fraction = 2)
        @Schema(type = SchemaType.STRING, description = "ORDER only: the order's amount in CNY, exact (a decimal string)",
                example = "199.00") BigDecimal amount) {
}
