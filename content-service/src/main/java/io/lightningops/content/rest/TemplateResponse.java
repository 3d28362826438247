package io.lightningops.content.rest;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.lightningops.content.domain.ScriptTemplate;
import io.lightningops.defaults.http.Ids;

@Schema(name = "ScriptTemplate", description = "A timed script template; it does not change once created")
public record TemplateResponse(
        @Schema(example = "00000000-0000-0000-0000-00000000a001") String id,
        @Schema(example = "HOOK_VALUE_PAYOFF_30S") String name,
        String description,
        @Schema(description = "Whether scripts that name no template use this one") boolean defaultTemplate,
        List<TemplateSegmentBody> segments,
        @Schema(description = "The most a script on it may run: the end of its last window", example = "30") int totalSeconds,
        OffsetDateTime createdAt,
        @Schema(description = "Version; the ETag of the template", example = "0") long version) {

    public static TemplateResponse from(ScriptTemplate template) {
        return new TemplateResponse(Ids.format(template.id), template.name, template.description, template.isDefault,
                template.segments.stream().map(TemplateSegmentBody::from).toList(), template.totalSeconds(),
                template.createdAt.atOffset(ZoneOffset.UTC), template.version);
    }
}
