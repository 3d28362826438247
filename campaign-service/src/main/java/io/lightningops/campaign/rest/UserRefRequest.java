package io.lightningops.campaign.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "UserRefRequest", description = "The Douyin user who redeems or shares a coupon")
public record UserRefRequest(
        @NotBlank @Size(max = 64)
        @Schema(description = "The brand's reference of the user (e.g. a hashed open id)", example = "u_8f2c91") String userRef) {
}
