package io.lightningops.campaign.rest;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.lightningops.campaign.domain.PartnerType;

@Schema(name = "PartnerRequest", description = "A partner to create, or its new state")
public record PartnerRequest(
        @NotBlank @Size(max = 100)
        @Schema(description = "Display name", example = "星河MCN")
        String name,
        @NotNull
        @Schema(description = "CREATOR, MCN or BRAND")
        PartnerType type,
        @Pattern(regexp = "^[a-z0-9][a-z0-9-]{1,62}$",
                message = "must be 2 to 63 lowercase letters, digits and '-', starting with a letter or digit")
        @Schema(description = "For an MCN, and only for one: its tenant key, the value of the agency claim in its tokens; "
                + "unique among partners", example = "alpha")
        String agency,
        @Size(max = 64) @Pattern(regexp = "^[A-Za-z0-9._\\-]+$", message = "may hold letters, digits, '.', '_' and '-'")
        @Schema(description = "The partner's Douyin id, if it has an account", example = "xinghe_mcn")
        String douyinId,
        @Email @Size(max = 254)
        @Schema(description = "Where to reach the partner", format = "email", example = "bd@xinghe-mcn.example")
        String contactEmail,
        @Schema(description = "For a creator signed to an MCN: the MCN's partner id. The creator's partnerships then "
                + "belong to that MCN's agency.", example = "7a9c4e2f-1b3d-4c5e-8f60-2d4b6a8c0e13")
        String mcnId,
        @Size(max = 40)
        @Schema(description = "Content vertical, e.g. coffee, food, beauty", example = "coffee")
        String category,
        @PositiveOrZero
        @Schema(description = "Followers on Douyin", example = "182000")
        Long followers) {
}
