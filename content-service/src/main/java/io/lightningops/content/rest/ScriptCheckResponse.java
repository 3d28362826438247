package io.lightningops.content.rest;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.lightningops.defaults.problem.Violation;

@Schema(name = "ScriptCheck", description = "Whether segments fit a template, and every way they do not")
public record ScriptCheckResponse(
        @Schema(example = "false") boolean valid,
        @Schema(description = "Each problem with its field path, e.g. segments[1].end") List<Violation> violations) {
}
