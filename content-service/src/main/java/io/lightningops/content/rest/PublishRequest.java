package io.lightningops.content.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "PublishRequest", description = "The Douyin item the operator published the video as")
public record PublishRequest(
        @NotBlank @Size(max = 64) @Pattern(regexp = "^[A-Za-z0-9_\\-]+$", message = "may hold letters, digits, '_' and '-'")
        @Schema(description = "Douyin's id of the published item", example = "7301234567890123456")
        String douyinItemId) {
}
