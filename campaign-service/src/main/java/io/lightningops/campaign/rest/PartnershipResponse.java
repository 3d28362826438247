package io.lightningops.campaign.rest;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.lightningops.campaign.domain.ContractStatus;
import io.lightningops.campaign.domain.Partnership;
import io.lightningops.defaults.http.Ids;

@Schema(name = "Partnership", description = "A contract with a partner, its lifecycle and the total of its deliverables")
public record PartnershipResponse(
        String id,
        String partnerId,
        @Schema(description = "The agency (tenant) whose partner tokens see this partnership; null if none", example = "alpha")
        String agency,
        String campaignId,
        @Schema(example = "冷萃新品 种草合作") String title,
        String description,
        ContractStatus status,
        LocalDate startsOn,
        LocalDate endsOn,
        @Money @Schema(type = SchemaType.STRING, description = "Sum of the deliverables' prices, CNY", example = "12000.00")
        BigDecimal totalPrice,
        @Schema(description = "Every lifecycle step, oldest first") List<ContractStepResponse> steps,
        String createdBy,
        OffsetDateTime createdAt,
        OffsetDateTime updatedAt,
        @Schema(description = "Version; the ETag", example = "0") long version) {

    public static PartnershipResponse from(Partnership p, BigDecimal totalPrice) {
        return new PartnershipResponse(Ids.format(p.id), Ids.format(p.partnerId), p.agency, Ids.format(p.campaignId),
                p.title, p.description, p.status, p.startsOn, p.endsOn, totalPrice,
                p.steps.stream().map(ContractStepResponse::from).toList(), p.createdBy,
                p.createdAt.atOffset(ZoneOffset.UTC), p.updatedAt.atOffset(ZoneOffset.UTC), p.version);
    }
}
