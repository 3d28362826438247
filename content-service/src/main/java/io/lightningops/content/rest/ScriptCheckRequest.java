package io.lightningops.content.rest;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ScriptCheckRequest", description = "Segments to check against a template, without saving them")
public record ScriptCheckRequest(
        @Schema(description = "The template; the default template when absent") String templateId,
        @NotEmpty @Size(max = 20, message = "may hold at most 20 segments")
        List<@Valid @NotNull ScriptSegmentBody> segments) {
}
