package io.lightningops.campaign.rest;

import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.lightningops.campaign.domain.ActualSpend;
import io.lightningops.campaign.domain.Money;
import io.lightningops.defaults.http.Ids;

@Schema(name = "ActualSpend", description = "Money actually spent on a line in one month")
public record ActualSpendResponse(
        String id,
        String lineId,
        @Schema(example = "2026-03") String month,
        @Schema(example = "21000.00") String amount,
        String note,
        @Schema(example = "operator") String recordedBy,
        OffsetDateTime recordedAt) {

    public static ActualSpendResponse from(ActualSpend spend, int year) {
        return new ActualSpendResponse(Ids.format(spend.id), Ids.format(spend.lineId),
                YearMonth.of(year, spend.month).toString(), Money.format(spend.amount), spend.note, spend.recordedBy,
                spend.recordedAt.atOffset(ZoneOffset.UTC));
    }
}
