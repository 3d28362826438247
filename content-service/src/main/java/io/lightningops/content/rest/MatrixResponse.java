package io.lightningops.content.rest;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "AccountMatrix", description = "A MAIN account and its SUB accounts (\"1 main + N\")")
public record MatrixResponse(
        AccountResponse main,
        @Schema(description = "Its SUB accounts, oldest first") List<AccountResponse> subAccounts,
        @Schema(description = "The most SUB accounts a MAIN account may have (lightning.matrix.max-sub-accounts)", example = "10")
        int maxSubAccounts,
        @Schema(description = "How many more SUB accounts it may take", example = "9")
        int remaining) {
}
