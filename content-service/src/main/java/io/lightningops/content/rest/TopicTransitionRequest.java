package io.lightningops.content.rest;

import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.lightningops.content.domain.TopicStatus;

@Schema(name = "TopicTransition", description = "The status to move a topic to")
public record TopicTransitionRequest(
        @NotNull @Schema(example = "PLANNED") TopicStatus status) {
}
