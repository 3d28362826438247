package io.lightningops.content.rest;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.lightningops.content.domain.TemplateSegment;

@Schema(name = "TemplateSegment", description = "A named time window [from, to) of a template, in whole seconds")
public record TemplateSegmentBody(
        @NotBlank @Size(max = 40) @Pattern(regexp = "^[A-Z][A-Z0-9_]*$", message = "must be UPPER_SNAKE_CASE, e.g. HOOK")
        @Schema(example = "HOOK") String name,
        @NotNull @Min(value = 0, message = "must be 0 or more") @Max(value = 3600, message = "must be at most 3600")
        @Schema(example = "0") Integer from,
        @NotNull @Min(value = 1, message = "must be 1 or more") @Max(value = 3600, message = "must be at most 3600")
        @Schema(example = "3") Integer to) {

    public static TemplateSegmentBody from(TemplateSegment segment) {
        return new TemplateSegmentBody(segment.name, segment.fromSecond, segment.toSecond);
    }
}
