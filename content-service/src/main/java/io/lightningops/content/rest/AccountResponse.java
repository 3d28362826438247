package io.lightningops.content.rest;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.lightningops.content.domain.Account;
import io.lightningops.content.domain.AccountTier;
import io.lightningops.defaults.http.Ids;

@Schema(name = "Account", description = "A Douyin account of the brand's matrix")
public record AccountResponse(
        @Schema(example = "0b7e6f7c-3c1e-4c39-9d1e-6a0c8a2b9f10") String id,
        @Schema(example = "闪电咖啡官方号") String name,
        @Schema(example = "lightning_coffee") String douyinId,
        AccountTier tier,
        @Schema(description = "The MAIN account of a SUB account") String mainAccountId,
        @Schema(description = "Its core content tags (at most three)") List<String> tags,
        Persona persona,
        OffsetDateTime createdAt,
        OffsetDateTime updatedAt,
        @Schema(description = "Version; the ETag of the account", example = "0") long version) {

    public static AccountResponse from(Account account) {
        return new AccountResponse(Ids.format(account.id), account.name, account.douyinId, account.tier,
                Ids.format(account.mainAccountId), List.copyOf(account.tags),
                new Persona(account.personaDescription, account.personaAudience, account.personaTone), account.createdAt.atOffset(ZoneOffset.UTC),
                account.updatedAt.atOffset(ZoneOffset.UTC), account.version);
    }
}
