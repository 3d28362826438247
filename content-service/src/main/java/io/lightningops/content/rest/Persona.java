package io.lightningops.content.rest;

import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Persona", description = "Who the account is on Douyin: its character, its audience and its voice")
public record Persona(
        @Size(max = 500) @Schema(description = "The character the account plays", example = "懂咖啡的邻家咖啡师，手把手教你在家做咖啡")
        String description,
        @Size(max = 200) @Schema(description = "Who it speaks to", example = "25-35 岁一二线城市白领")
        String targetAudience,
        @Size(max = 100) @Schema(description = "How it speaks", example = "亲切、专业、不说教")
        String tone) {
}
