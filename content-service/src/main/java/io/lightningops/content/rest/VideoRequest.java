package io.lightningops.content.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.lightningops.content.domain.ContentLayer;

@Schema(name = "VideoRequest", description = "A video to create, or its new state")
public record VideoRequest(
        @NotBlank
        @Schema(description = "The account that will publish it", example = "0b7e6f7c-3c1e-4c39-9d1e-6a0c8a2b9f10")
        String accountId,
        @NotBlank @Size(max = 100)
        @Schema(example = "三秒学会手冲咖啡")
        String title,
        @NotBlank @Size(max = 19800)
        @Schema(description = "The script: hook, core value, emotional payoff. At most 19,800 characters, so that title and script fit in one risk-service review", example = "你还在用速溶？三步教你在家做出咖啡馆的味道……")
        String script,
        @NotNull
        @Schema(description = "The content-mix layer it serves")
        ContentLayer layer) {
}
