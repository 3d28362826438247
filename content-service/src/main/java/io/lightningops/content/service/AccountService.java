package io.lightningops.content.service;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import io.quarkus.panache.common.Sort;

import io.lightningops.content.domain.Account;
import io.lightningops.content.config.MatrixConfig;
import io.lightningops.content.domain.AccountTier;
import io.lightningops.content.repository.AccountRepository;
import io.lightningops.content.rest.AccountRequest;
import io.lightningops.content.rest.AccountResponse;
import io.lightningops.content.rest.MatrixResponse;
import io.lightningops.content.rest.Persona;
import io.lightningops.defaults.http.ETags;
import io.lightningops.defaults.http.Ids;
import io.lightningops.defaults.paging.Page;
import io.lightningops.defaults.paging.PageParams;
import io.lightningops.defaults.persistence.ListQuery;
import io.lightningops.defaults.problem.ApiException;

/** The account matrix: one MAIN account and at most N SUB accounts, each with its tags and persona. */
@ApplicationScoped
@Transactional
public class AccountService {

    private final AccountRepository accounts;
    private final MatrixConfig matrix;

    public AccountService(AccountRepository accounts, MatrixConfig matrix) {
        this.accounts = accounts;
        this.matrix = matrix;
    }

    public AccountResponse create(AccountRequest request) {
        Account account = new Account();
        apply(account, request);
        accounts.persist(account);
        accounts.flush();
        return AccountResponse.from(account);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public AccountResponse get(UUID id) {
        return AccountResponse.from(find(id));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<AccountResponse> list(AccountTier tier, UUID mainAccountId, PageParams page) {
        return ListQuery.where()
                .and("tier = :tier", "tier", tier)
                .and("mainAccountId = :main", "main", mainAccountId)
                .page(accounts, Sort.by("createdAt").and("id"), page)
                .map(AccountResponse::from);
    }

    /** The matrix of a MAIN account, or of the MAIN account of a SUB account. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public MatrixResponse matrix(UUID id) {
        Account account = find(id);
        Account main = account.tier == AccountTier.MAIN ? account : find(account.mainAccountId);
        List<AccountResponse> subs = accounts.list("mainAccountId", Sort.by("createdAt").and("id"), main.id)
                .stream().map(AccountResponse::from).toList();
        return new MatrixResponse(AccountResponse.from(main), subs, matrix.maxSubAccounts(),
                Math.max(0, matrix.maxSubAccounts() - subs.size()));
    }

    public AccountResponse update(UUID id, String ifMatch, AccountRequest request) {
        Account account = find(id);
        ETags.requireMatch(ifMatch, account.version);
        if (account.tier == AccountTier.MAIN && request.tier() == AccountTier.SUB
                && accounts.count("mainAccountId", id) > 0) {
            throw ApiException.conflict("This MAIN account still has SUB accounts; move them first");
        }
        apply(account, request);
        accounts.flush();
        return AccountResponse.from(account);
    }

    private void apply(Account account, AccountRequest request) {
        UUID mainId = Ids.parse("mainAccountId", request.mainAccountId());
        if (request.tier() == AccountTier.SUB) {
            if (mainId == null) {
                throw ApiException.invalid("mainAccountId", "is required for a SUB account");
            }
            // the lock orders concurrent additions to one matrix, so that none exceeds its size
            Account main = accounts.findById(mainId, LockModeType.PESSIMISTIC_WRITE);
            if (main == null || main.tier != AccountTier.MAIN || mainId.equals(account.id)) {
                throw ApiException.invalid("mainAccountId", "must be the id of a MAIN account (a SUB account cannot have SUB accounts)");
            }
            if (!mainId.equals(account.mainAccountId) && accounts.count("mainAccountId", mainId) >= matrix.maxSubAccounts()) {
                throw ApiException.conflict("The MAIN account " + main.name + " already has " + matrix.maxSubAccounts()
                        + " SUB accounts, the most a matrix may have");
            }
        } else if (mainId != null) {
            throw ApiException.invalid("mainAccountId", "must be empty for a MAIN account");
        }
        if (accounts.douyinIdTaken(request.douyinId(), account.id)) {
            throw ApiException.conflict("Another account already has the Douyin id " + request.douyinId());
        }
        account.name = request.name().strip();
        account.douyinId = request.douyinId();
        account.tier = request.tier();
        account.mainAccountId = mainId;
        account.tags.clear();
        account.tags.addAll(Tags.clean("tags", request.tags()));
        Persona persona = request.persona();
        account.personaDescription = persona == null ? null : Texts.blankToNull(persona.description());
        account.personaAudience = persona == null ? null : Texts.blankToNull(persona.targetAudience());
        account.personaTone = persona == null ? null : Texts.blankToNull(persona.tone());
    }


    private Account find(UUID id) {
        Account account = accounts.findById(id);
        if (account == null) {
            throw ApiException.notFound("account", id);
        }
        return account;
    }
}
