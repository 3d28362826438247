package io.lightningops.content.rest;

import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "RetireRequest", description = "Why the video is retired (optional)")
public record RetireRequest(@Size(max = 500) @Schema(example = "活动结束，下架") String note) {
}
