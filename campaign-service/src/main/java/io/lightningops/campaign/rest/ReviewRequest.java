package io.lightningops.campaign.rest;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "DeliverableReview", description = "The brand's decision on a submitted deliverable")
public record ReviewRequest(
        @NotNull @Schema(example = "ACCEPT") Decision decision,
        @Size(max = 1000) @Schema(example = "画面与脚本一致") String note) {

    public enum Decision {
        ACCEPT,
        REJECT
    }
}
