package io.lightningops.content.rest;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ScriptTemplateRequest", description = "A timed script template to create")
public record TemplateRequest(
        @NotBlank @Size(max = 60) @Schema(description = "Unique, ignoring case", example = "HOOK_DEMO_CTA_45S") String name,
        @Size(max = 500) @Schema(example = "开头钩子 3 秒，产品演示到 30 秒，行动号召到 45 秒") String description,
        @NotEmpty @Size(max = 12, message = "may hold at most 12 segments")
        @Schema(description = "In order: the first starts at 0, each starts where the previous ends")
        List<@Valid @NotNull TemplateSegmentBody> segments) {
}
