package io.lightningops.content.rest;

import java.time.OffsetDateTime;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.lightningops.content.domain.Asset;
import io.lightningops.content.domain.AssetCategory;
import io.lightningops.content.domain.AssetStatus;
import io.lightningops.defaults.http.Ids;
import io.lightningops.defaults.http.Times;

@Schema(name = "Asset", description = "A creative asset of the library, with its use")
public record AssetResponse(
        @Schema(example = "9b8a7c6d-5e4f-4a3b-2c1d-0e9f8a7b6c5d") String id,
        String title,
        AssetCategory category,
        String url,
        List<String> tags,
        AssetStatus status,
        @Schema(description = "How often it was used", example = "4") int usageCount,
        @Schema(description = "When it was last used; null if never") OffsetDateTime lastUsedAt,
        OffsetDateTime retiredAt,
        OffsetDateTime createdAt,
        OffsetDateTime updatedAt,
        @Schema(description = "Version; the ETag of the asset", example = "0") long version) {

    public static AssetResponse from(Asset asset) {
        return new AssetResponse(Ids.format(asset.id), asset.title, asset.category, asset.url, List.copyOf(asset.tags),
                asset.status, asset.usageCount, Times.utc(asset.lastUsedAt), Times.utc(asset.retiredAt),
                Times.utc(asset.createdAt), Times.utc(asset.updatedAt), asset.version);
    }
}
