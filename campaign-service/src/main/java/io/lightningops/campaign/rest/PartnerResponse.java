package io.lightningops.campaign.rest;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.lightningops.campaign.domain.Partner;
import io.lightningops.campaign.domain.PartnerType;
import io.lightningops.defaults.http.Ids;

@Schema(name = "Partner", description = "A creator, MCN agency or brand the brand works with")
public record PartnerResponse(
        @Schema(example = "7a9c4e2f-1b3d-4c5e-8f60-2d4b6a8c0e13") String id,
        @Schema(example = "星河MCN") String name,
        PartnerType type,
        @Schema(description = "An MCN's tenant key (the agency claim of its tokens); null for other types", example = "alpha")
        String agency,
        @Schema(example = "xinghe_mcn") String douyinId,
        @Schema(example = "bd@xinghe-mcn.example") String contactEmail,
        @Schema(description = "A creator's MCN (partner id), if it is signed to one") String mcnId,
        @Schema(example = "coffee") String category,
        @Schema(example = "182000") Long followers,
        OffsetDateTime createdAt,
        OffsetDateTime updatedAt,
        @Schema(description = "Version; the ETag of the partner", example = "0") long version) {

    public static PartnerResponse from(Partner partner) {
        return new PartnerResponse(Ids.format(partner.id), partner.name, partner.type, partner.agency,
                partner.douyinId, partner.contactEmail, Ids.format(partner.mcnId), partner.category, partner.followers,
                partner.createdAt.atOffset(ZoneOffset.UTC), partner.updatedAt.atOffset(ZoneOffset.UTC), partner.version);
    }
}
