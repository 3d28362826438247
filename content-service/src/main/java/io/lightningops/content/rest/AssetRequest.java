package io.lightningops.content.rest;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.lightningops.content.domain.AssetCategory;

@Schema(name = "AssetRequest", description = "A creative asset to add, or its new state")
public record AssetRequest(
        @NotBlank @Size(max = 100) @Schema(example = "手冲壶注水特写 4K") String title,
        @NotNull @Schema(description = "One of the playbook's 12 categories") AssetCategory category,
        @NotBlank @Size(max = 2000) @Pattern(regexp = "^(https|s3|oss)://[^\\s/]+/?\\S*$",
                message = "must be an https://, s3:// or oss:// URL without spaces")
        @Schema(description = "Where the file is stored", example = "https://assets.example.com/coffee/pour-over-4k.mp4")
        String url,
        @Size(max = 10, message = "may hold at most 10 tags")
        @Schema(description = "Distinct tags, 1 to 20 characters each", example = "[\"手冲咖啡\", \"特写\"]")
        List<@NotBlank @Size(max = 20) String> tags) {
}
