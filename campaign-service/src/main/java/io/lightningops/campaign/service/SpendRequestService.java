package io.lightningops.campaign.service;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import io.quarkus.panache.common.Sort;
import io.quarkus.security.identity.SecurityIdentity;

import io.lightningops.campaign.domain.BudgetLine;
import io.lightningops.campaign.domain.Money;
import io.lightningops.campaign.domain.SpendDecision;
import io.lightningops.campaign.domain.SpendDecisionType;
import io.lightningops.campaign.domain.SpendRequest;
import io.lightningops.campaign.domain.SpendStatus;
import io.lightningops.campaign.repository.BudgetLineRepository;
import io.lightningops.campaign.repository.SpendRequestRepository;
import io.lightningops.campaign.rest.SpendDecisionRequest;
import io.lightningops.campaign.rest.SpendRequestCreate;
import io.lightningops.campaign.rest.SpendRequestResponse;
import io.lightningops.defaults.http.Ids;
import io.lightningops.defaults.paging.Page;
import io.lightningops.defaults.paging.PageParams;
import io.lightningops.defaults.persistence.ListQuery;
import io.lightningops.defaults.problem.ApiException;
import io.lightningops.defaults.problem.ProblemType;

/**
 * Spend requests and their approval chain. The amount fixes the number of levels; each level decides in order, by a
 * role configured for it, never by the requester. A rejection closes the request and commits nothing; the last
 * approval commits the amount to the line in one conditional UPDATE, or fails with 409 and commits nothing when
 * the line no longer has the money.
 */
@ApplicationScoped
@Transactional
public class SpendRequestService {

    private final SpendRequestRepository requests;
    private final BudgetLineRepository lines;
    private final ApprovalPolicy policy;
    private final SecurityIdentity identity;

    public SpendRequestService(SpendRequestRepository requests, BudgetLineRepository lines, ApprovalPolicy policy,
            SecurityIdentity identity) {
        this.requests = requests;
        this.lines = lines;
        this.policy = policy;
        this.identity = identity;
    }

    public SpendRequestResponse create(SpendRequestCreate request) {
        UUID lineId = Ids.parse("lineId", request.lineId());
        BudgetLine line = lines.findById(lineId);
        if (line == null) {
            throw ApiException.invalid("lineId", "no budget line has this id");
        }
        if (request.amount().compareTo(line.available()) > 0) {
            throw ApiException.conflict("Over budget: the line " + line.name + " has " + Money.format(line.available())
                    + " available, less than the " + Money.format(request.amount()) + " requested");
        }
        SpendRequest spend = new SpendRequest();
        spend.lineId = line.id;
        spend.amount = Money.cents(request.amount());
        spend.purpose = request.purpose().strip();
        spend.requestedBy = identity.getPrincipal().getName();
        spend.levelsRequired = policy.levelsFor(spend.amount);
        spend.currentLevel = 1;
        spend.status = SpendStatus.PENDING;
        requests.persist(spend);
        requests.flush();
        return respond(spend);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public SpendRequestResponse get(UUID id) {
        SpendRequest spend = requests.findById(id);
        if (spend == null) {
            throw ApiException.notFound("spend request", id);
        }
        return respond(spend);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<SpendRequestResponse> list(SpendStatus status, String lineId, String requestedBy, PageParams page) {
        return ListQuery.where()
                .and("status = :status", "status", status)
                .and("lineId = :lineId", "lineId", Ids.parse("lineId", lineId))
                .and("requestedBy = :requestedBy", "requestedBy", requestedBy)
                .page(requests, Sort.descending("createdAt").and("id"), page)
                .map(this::respond);
    }

    /**
     * Takes one level's decision. The request's row is locked first, so that two decisions on one request are taken
     * one after the other and the second sees the first.
     */
    public SpendRequestResponse decide(UUID id, SpendDecisionRequest request) {
        SpendRequest spend = requests.findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> ApiException.notFound("spend request", id));
        if (spend.status != SpendStatus.PENDING) {
            throw ApiException.conflict("The request is closed (" + spend.status + ") and takes no more decisions");
        }
        int level = request.level();
        if (level != spend.currentLevel) {
            throw ApiException.conflict("The request awaits the decision of level " + spend.currentLevel
                    + " of " + spend.levelsRequired + ", not of level " + level);
        }
        List<String> allowed = policy.rolesAt(level);
        if (allowed.stream().noneMatch(identity::hasRole)) {
            throw new ApiException(ProblemType.FORBIDDEN, "Level " + level + " is decided by " + String.join(", ", allowed));
        }
        String user = identity.getPrincipal().getName();
        if (user.equals(spend.requestedBy)) {
            throw new ApiException(ProblemType.FORBIDDEN, "You raised this request and may not decide on it");
        }
        SpendDecision decision = new SpendDecision();
        decision.request = spend;
        decision.level = level;
        decision.decision = request.decision();
        decision.comment = request.comment();
        decision.decidedBy = user;
        decision.decidedAt = Instant.now();
        spend.decisions.add(decision);
        if (request.decision() == SpendDecisionType.REJECT) {
            close(spend, SpendStatus.REJECTED, decision.decidedAt);
        } else if (level < spend.levelsRequired) {
            spend.currentLevel = level + 1;
        } else {
            if (!lines.commit(spend.lineId, spend.amount)) {
                // the whole transaction rolls back: no decision recorded, the request still awaits this level
                throw ApiException.conflict("Over budget: the line no longer has " + Money.format(spend.amount)
                        + " available; nothing was committed and the request still awaits level " + level);
            }
            close(spend, SpendStatus.APPROVED, decision.decidedAt);
        }
        requests.flush();
        return respond(spend);
    }

    private static void close(SpendRequest spend, SpendStatus status, Instant at) {
        spend.status = status;
        spend.currentLevel = null;
        spend.closedAt = at;
    }

    private SpendRequestResponse respond(SpendRequest spend) {
        return SpendRequestResponse.from(spend,
                spend.currentLevel == null ? List.of() : policy.rolesAt(spend.currentLevel));
    }
}
