package io.lightningops.risk.rest;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.lightningops.risk.domain.FieldChange;
import io.lightningops.risk.domain.RiskChange;

@Schema(name = "RiskChange", description = "One change of a risk: who made it, when, and each field before and after")
public record RiskChangeResponse(
        @Schema(description = "The risk's version after the change (its ETag from then on)", example = "1") long version,
        @Schema(description = "CREATED for the registration, UPDATED for a later change") RiskChange.Action action,
        @Schema(description = "Who made it (token username)", example = "compliance") String changedBy,
        OffsetDateTime changedAt,
        List<Field> changes) {

    @Schema(name = "RiskFieldChange", description = "A field's value before and after, as text; null for none")
    public record Field(
            @Schema(description = "title, description, category, likelihood, impact, responseDifficulty, score, tier, "
                    + "owner or status", example = "status") String field,
            @Schema(example = "OPEN") String from,
            @Schema(example = "MITIGATING") String to) {
    }

    public static RiskChangeResponse from(RiskChange change) {
        return new RiskChangeResponse(change.riskVersion, change.action, change.changedBy,
                change.changedAt.atOffset(ZoneOffset.UTC),
                change.changes.stream().map((FieldChange f) -> new Field(f.field, f.from, f.to)).toList());
    }
}
