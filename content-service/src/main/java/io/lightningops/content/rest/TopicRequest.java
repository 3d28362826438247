package io.lightningops.content.rest;

import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.lightningops.content.domain.TopicSource;

@Schema(name = "TopicRequest", description = "A topic to create, its new state, or a row of an import")
public record TopicRequest(
        @NotBlank @Size(max = 100)
        @Schema(description = "Unique per month and account (ignoring case)", example = "冬天第一杯热拿铁在家怎么做")
        String title,
        @Size(max = 200)
        @Schema(description = "The angle the video takes", example = "季节热点 + 在家复刻咖啡馆饮品")
        String direction,
        @NotNull
        @Schema(description = "Where the idea came from")
        TopicSource source,
        @Size(max = 5, message = "may hold at most 5 tags")
        @Schema(description = "The content tags it serves, distinct, 1 to 20 characters each", example = "[\"手冲咖啡\", \"季节限定\"]")
        List<@NotBlank @Size(max = 20) String> tags,
        @NotNull @Min(value = 0, message = "must be between 0 and 100") @Max(value = 100, message = "must be between 0 and 100")
        @Schema(description = "How promising it is, 0 to 100", example = "82")
        Integer score,
        @Pattern(regexp = "^\\d{4}-(0[1-9]|1[0-2])$", message = "must be a month as YYYY-MM")
        @Schema(description = "The month it is planned for, YYYY-MM (in an import: defaults to ?month=)", example = "2026-12")
        String month,
        @Schema(description = "The account it is for, if any", example = "0b7e6f7c-3c1e-4c39-9d1e-6a0c8a2b9f10")
        String accountId,
        @Size(max = 1000)
        @Schema(description = "Free notes", example = "参考竞品 3 条爆款的开头")
        String notes) {

    /** This row with the month of the import when it names none. */
    public TopicRequest inMonth(String defaultMonth) {
        return month != null && !month.isBlank() ? this
                : new TopicRequest(title, direction, source, tags, score, defaultMonth, accountId, notes);
    }
}
