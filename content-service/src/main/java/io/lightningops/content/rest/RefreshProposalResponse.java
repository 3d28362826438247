package io.lightningops.content.rest;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.lightningops.content.domain.Asset;
import io.lightningops.content.domain.AssetCategory;
import io.lightningops.content.domain.RefreshProposal;
import io.lightningops.defaults.http.Ids;
import io.lightningops.defaults.http.Times;

@Schema(name = "AssetRefreshProposal", description = "The stalest share of the ACTIVE assets, proposed for retirement")
public record RefreshProposalResponse(
        @Schema(example = "4f3e2d1c-0b9a-4876-9543-210fedcba987") String id,
        @Schema(description = "PROPOSED, APPLIED, or EXPIRED (proposed, and past expiresAt)", example = "PROPOSED") String status,
        @Schema(description = "The share it proposes (lightning.assets.refresh-share)", example = "0.30") BigDecimal share,
        @Schema(description = "ACTIVE assets when it was made; it proposes floor(activeAssets × share)", example = "10") int activeAssets,
        String proposedBy,
        OffsetDateTime createdAt,
        OffsetDateTime expiresAt,
        String appliedBy,
        OffsetDateTime appliedAt,
        @Schema(description = "Stalest first: least used, then longest unused (never used first, oldest first)")
        List<Item> assets,
        @Schema(example = "0") long version) {

    @Schema(name = "AssetRefreshItem")
    public record Item(
            String assetId,
            String title,
            AssetCategory category,
            @Schema(description = "Its use when proposed") int usageCount,
            OffsetDateTime lastUsedAt,
            @Schema(description = "After apply: RETIRED, or kept because CHANGED (used or edited since) or NOT_ACTIVE")
            String outcome) {
    }

    /** The proposal, its items described with the assets' current titles and categories. */
    public static RefreshProposalResponse from(RefreshProposal proposal, Map<UUID, Asset> assets, Instant now) {
        List<Item> items = proposal.items.stream().map(item -> {
            Asset asset = assets.get(item.assetId);
            return new Item(Ids.format(item.assetId), asset == null ? null : asset.title,
                    asset == null ? null : asset.category, item.usageCount, Times.utc(item.lastUsedAt), item.outcome);
        }).toList();
        String status = "PROPOSED".equals(proposal.status) && now.isAfter(proposal.expiresAt) ? "EXPIRED" : proposal.status;
        return new RefreshProposalResponse(Ids.format(proposal.id), status, proposal.share, proposal.activeAssets,
                proposal.proposedBy, Times.utc(proposal.createdAt), Times.utc(proposal.expiresAt),
                proposal.appliedBy, Times.utc(proposal.appliedAt), items, proposal.version);
    }
}
