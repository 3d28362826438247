package io.lightningops.campaign.rest;

import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "FanClubTierRequest", description = "A fan-club tier's new name, threshold and benefits")
public record FanClubTierRequest(
        @NotBlank @Size(max = 60) @Schema(example = "钻粉") String name,
        @NotNull @Min(0) @Max(100_000_000)
        @Schema(description = "Fan intimacy points needed to reach the tier; strictly rising from level 1 to 3", example = "1000")
        Integer threshold,
        @NotNull @Size(min = 1, max = 20)
        @Schema(example = "[\"粉丝团专属徽章\", \"每月一张满100减20券\"]") List<@NotBlank @Size(max = 200) String> benefits) {
}
