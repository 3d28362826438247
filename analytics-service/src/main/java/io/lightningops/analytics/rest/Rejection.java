package io.lightningops.analytics.rest;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Rejection", description = "A row of a batch that was not stored, and why")
public record Rejection(
        @Schema(description = "Zero-based position of the row in the batch (in a CSV: among its data rows)", example = "3")
        int index,
        @Schema(description = "Why it was rejected: each bad field and what it must be", example = "plays: must be 0 or more")
        String reason,
        @JsonInclude(JsonInclude.Include.NON_NULL)
        @Schema(description = "CSV imports only: the line of the file (the header is line 1)", example = "19086")
        Integer line) {

    public Rejection(int index, String reason) {
        this(index, reason, null);
    }
}
