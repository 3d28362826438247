package io.lightningops.analytics.rest;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import com.fasterxml.jackson.annotation.JsonFormat;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.lightningops.analytics.domain.LiveSession;

@Schema(name = "LiveSession", description = "The figures of one live-stream session")
public record LiveSessionResponse(
        @Schema(example = "live-20261125-01") String sessionId,
        @Schema(example = "0b7e6f7c-3c1e-4c39-9d1e-6a0c8a2b9f10") String accountId,
        OffsetDateTime startedAt,
        @Schema(example = "7200") int durationSeconds,
        @Schema(example = "48000") long viewers,
        @Schema(example = "3100") long peakViewers,
        @JsonFormat(shape = JsonFormat.Shape.STRING)
        @Schema(type = SchemaType.STRING, description = "Gross merchandise value in CNY, a decimal string", example = "128800.50")
        BigDecimal gmv,
        @Schema(example = "960") Long orders,
        @Schema(example = "1200") Long newFollowers) {

    public static LiveSessionResponse from(LiveSession session) {
        return new LiveSessionResponse(session.sessionId, session.accountId, session.startedAt.atOffset(ZoneOffset.UTC),
                session.durationSeconds, session.viewers, session.peakViewers, session.gmv, session.orders,
                session.newFollowers);
    }
}
