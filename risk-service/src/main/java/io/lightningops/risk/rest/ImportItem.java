package io.lightningops.risk.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One term of a JSON import or export. Not validated as a whole request: the import checks each item and
 * reports the bad ones, so that one bad item never sinks the others.
 */
@Schema(name = "LexiconTermItem", description = "A term in an import or export")
public record ImportItem(
        @Schema(example = "全网最低价") String term,
        @Schema(example = "AD_LAW") String category,
        @Schema(example = "BLOCK", enumeration = {"BLOCK", "REVIEW"}) String severity,
        @Schema(example = "改为“优惠价”“到手价 XX 元”") String suggestion) {
}
