package io.lightningops.campaign.rest;

import java.time.OffsetDateTime;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "SubmissionRequest", description = "A partner's delivery: the link, when it went live, and the metrics so far")
public record SubmissionRequest(
        @NotBlank @Size(max = 2000) @Pattern(regexp = "^https?://\\S+$", message = "must be an http(s) URL")
        @Schema(example = "https://www.douyin.com/video/7312345678901234567") String link,
        @Schema(description = "When it went live; now if absent", example = "2026-12-04T20:00:00+08:00")
        OffsetDateTime deliveredAt,
        @Valid DeliveryMetricsBody metrics) {
}
