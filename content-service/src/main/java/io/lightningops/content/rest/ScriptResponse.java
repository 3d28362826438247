package io.lightningops.content.rest;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.lightningops.content.domain.Script;
import io.lightningops.content.domain.ScriptTemplate;
import io.lightningops.defaults.http.Ids;

@Schema(name = "Script", description = "A script on a timed template")
public record ScriptResponse(
        @Schema(example = "3c9a1f0e-2b4d-4e6f-8a1b-2c3d4e5f6a7b") String id,
        String title,
        String templateId,
        @Schema(example = "HOOK_VALUE_PAYOFF_30S") String templateName,
        String topicId,
        String accountId,
        List<ScriptSegmentBody> segments,
        @Schema(description = "The words of all segments, joined by line breaks: what a risk scan reads")
        String text,
        @Schema(description = "When the last segment ends, in seconds", example = "28.5") BigDecimal durationSeconds,
        OffsetDateTime createdAt,
        OffsetDateTime updatedAt,
        @Schema(description = "Version; the ETag of the script", example = "0") long version) {

    public static ScriptResponse from(Script script, ScriptTemplate template) {
        BigDecimal duration = script.segments.stream().map(s -> s.endSecond).reduce(BigDecimal.ZERO, BigDecimal::max);
        return new ScriptResponse(Ids.format(script.id), script.title, Ids.format(script.templateId), template.name,
                Ids.format(script.topicId), Ids.format(script.accountId),
                script.segments.stream().map(ScriptSegmentBody::from).toList(), script.text(),
                duration.stripTrailingZeros(), script.createdAt.atOffset(ZoneOffset.UTC),
                script.updatedAt.atOffset(ZoneOffset.UTC), script.version);
    }
}
