package io.lightningops.content.rest;

import java.math.BigDecimal;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.lightningops.content.domain.ScriptSegment;

@Schema(name = "ScriptSegment", description = "The words of one template segment and when they are spoken, in seconds")
public record ScriptSegmentBody(
        @NotBlank @Size(max = 40) @Schema(description = "The template segment it fills", example = "HOOK") String name,
        @NotBlank @Size(max = 2000) @Schema(example = "你还在喝速溶咖啡？") String text,
        @NotNull @DecimalMin(value = "0", message = "must be 0 or more") @DecimalMax(value = "3600", message = "must be at most 3600")
        @Digits(integer = 4, fraction = 2, message = "may have at most 2 decimals")
        @Schema(example = "0") BigDecimal start,
        @NotNull @DecimalMin(value = "0", message = "must be 0 or more") @DecimalMax(value = "3600", message = "must be at most 3600")
        @Digits(integer = 4, fraction = 2, message = "may have at most 2 decimals")
        @Schema(example = "3") BigDecimal end) {

    public static ScriptSegmentBody from(ScriptSegment segment) {
        return new ScriptSegmentBody(segment.name, segment.text, segment.startSecond.stripTrailingZeros(),
                segment.endSecond.stripTrailingZeros());
    }
}
