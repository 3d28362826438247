package io.lightningops.campaign.rest;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.lightningops.campaign.domain.PriceModel;
import io.lightningops.campaign.domain.XingtuTask;
import io.lightningops.campaign.domain.XingtuTaskStatus;
import io.lightningops.defaults.http.Times;
import io.lightningops.defaults.http.Ids;

@Schema(name = "XingtuTask", description = "A Xingtu order, its price model, results and cost")
public record XingtuTaskResponse(
        String id,
        String partnershipId,
        String deliverableId,
        String xingtuOrderId,
        PriceModel priceModel,
        @Money @Schema(type = SchemaType.STRING, example = "28.00") BigDecimal unitPrice,
        long plannedUnits,
        @Money @Schema(type = SchemaType.STRING, example = "15000.00") BigDecimal budgetCap,
        XingtuTaskStatus status,
        long videos,
        long impressions,
        long engagements,
        long actions,
        @Schema(description = "Units of the model delivered (CPM: impressions / 1000)", example = "480")
        BigDecimal actualUnits,
        @Money @Schema(type = SchemaType.STRING, description = "unitPrice x actualUnits, capped, CNY", example = "13440.00")
        BigDecimal cost,
        @Money @Schema(type = SchemaType.STRING, description = "unitPrice x plannedUnits, capped, CNY", example = "14000.00")
        BigDecimal plannedCost,
        OffsetDateTime createdAt,
        OffsetDateTime updatedAt,
        long version) {

    public static XingtuTaskResponse from(XingtuTask t) {
        return new XingtuTaskResponse(Ids.format(t.id), Ids.format(t.partnershipId), Ids.format(t.deliverableId),
                t.xingtuOrderId, t.priceModel, t.unitPrice, t.plannedUnits, t.budgetCap, t.status, t.videos,
                t.impressions, t.engagements, t.actions, t.actualUnits(), t.cost(), t.plannedCost(),
                Times.utc(t.createdAt), Times.utc(t.updatedAt), t.version);
    }
}
