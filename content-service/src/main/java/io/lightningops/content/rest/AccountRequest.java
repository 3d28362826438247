package io.lightningops.content.rest;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.lightningops.content.domain.AccountTier;

@Schema(name = "AccountRequest", description = "An account to create, or its new state")
public record AccountRequest(
        @NotBlank @Size(max = 100)
        @Schema(description = "Display name", example = "闪电咖啡官方号")
        String name,
        @NotBlank @Size(max = 64) @Pattern(regexp = "^[A-Za-z0-9._\\-]+$", message = "may hold letters, digits, '.', '_' and '-'")
        @Schema(description = "The Douyin id of the account, unique in the suite", example = "lightning_coffee")
        String douyinId,
        @NotNull
        @Schema(description = "MAIN for the brand's main account, SUB for one of its sub accounts")
        AccountTier tier,
        @Schema(description = "For a SUB account: the id of its MAIN account", example = "0b7e6f7c-3c1e-4c39-9d1e-6a0c8a2b9f10")
        String mainAccountId,
        @Size(max = 3, message = "may hold at most 3 core content tags")
        @Schema(description = "Up to three core content tags, distinct (ignoring case), 1 to 20 characters each",
                example = "[\"手冲咖啡\", \"咖啡器具\"]")
        List<@NotBlank @Size(max = 20) String> tags,
        @Valid @Schema(description = "The account's persona")
        Persona persona) {
}
