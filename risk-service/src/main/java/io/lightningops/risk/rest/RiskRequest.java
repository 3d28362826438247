package io.lightningops.risk.rest;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.lightningops.risk.domain.RiskCategory;
import io.lightningops.risk.domain.RiskStatus;

@Schema(name = "RiskRequest", description = "A risk to register, or its new state")
public record RiskRequest(
        @NotBlank @Size(max = 200)
        @Schema(example = "达人视频使用“最佳”“第一”等广告法绝对化用语")
        String title,
        @Size(max = 4000)
        @Schema(description = "What could happen and why", example = "合作达人脚本未经合规审核即发布，可能被平台限流或处罚。")
        String description,
        @NotNull
        @Schema(description = "What the risk threatens")
        RiskCategory category,
        @NotNull @Min(value = 1, message = "must be between 1 and 5") @Max(value = 5, message = "must be between 1 and 5")
        @Schema(description = "How likely it is to happen, 1 (rare) to 5 (almost certain)", example = "4")
        Integer likelihood,
        @NotNull @Min(value = 1, message = "must be between 1 and 5") @Max(value = 5, message = "must be between 1 and 5")
        @Schema(description = "How much harm it does, 1 (minor) to 5 (severe)", example = "4")
        Integer impact,
        @NotNull @Min(value = 1, message = "must be between 1 and 5") @Max(value = 5, message = "must be between 1 and 5")
        @Schema(description = "How hard it is to respond to, 1 (easy) to 5 (very hard)", example = "4")
        Integer responseDifficulty,
        @NotBlank @Size(max = 100)
        @Schema(description = "Who answers for the response: a person or a team", example = "合规组·王敏")
        String owner,
        @Schema(description = "OPEN when a new risk leaves it out; unchanged when an update leaves it out")
        RiskStatus status) {
}
