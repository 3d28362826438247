package io.lightningops.content.service;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.quarkus.panache.common.Sort;

import io.lightningops.content.config.AssetConfig;
import io.lightningops.content.domain.Asset;
import io.lightningops.content.domain.AssetCategory;
import io.lightningops.content.domain.AssetStatus;
import io.lightningops.content.domain.RefreshItem;
import io.lightningops.content.domain.RefreshProposal;
import io.lightningops.content.repository.AssetRepository;
import io.lightningops.content.repository.RefreshProposalRepository;
import io.lightningops.content.rest.AssetRequest;
import io.lightningops.content.rest.AssetResponse;
import io.lightningops.content.rest.RefreshProposalResponse;
import io.lightningops.defaults.http.ETags;
import io.lightningops.defaults.paging.Page;
import io.lightningops.defaults.paging.PageParams;
import io.lightningops.defaults.persistence.ListQuery;
import io.lightningops.defaults.problem.ApiException;
import io.lightningops.defaults.security.CurrentUser;

/** The creative asset library: assets, their use, and the quarterly refresh that retires the stalest share. */
@ApplicationScoped
@Transactional
public class AssetService {

    static final String PROPOSED = "PROPOSED";
    static final String APPLIED = "APPLIED";

    /** Stalest first: least used, then longest unused (never used before any use), then oldest, then by id. */
    static final Sort STALEST_FIRST = Sort.by("usageCount")
            .and("lastUsedAt", Sort.Direction.Ascending, Sort.NullPrecedence.NULLS_FIRST)
            .and("createdAt").and("id");

    private final AssetRepository assets;
    private final RefreshProposalRepository proposals;
    private final AssetConfig config;
    private final CurrentUser user;

    public AssetService(AssetRepository assets, RefreshProposalRepository proposals, AssetConfig config,
            CurrentUser user) {
        this.assets = assets;
        this.proposals = proposals;
        this.config = config;
        this.user = user;
    }

    public AssetResponse create(AssetRequest request) {
        Asset asset = new Asset();
        asset.status = AssetStatus.ACTIVE;
        fill(asset, request);
        assets.persist(asset);
        assets.flush();
        return AssetResponse.from(asset);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public AssetResponse get(UUID id) {
        return AssetResponse.from(find(id));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<AssetResponse> list(AssetCategory category, AssetStatus status, String tag, boolean stalestFirst,
            PageParams page) {
        return ListQuery.where()
                .and("category = :category", "category", category)
                .and("status = :status", "status", status)
                .and(":tag member of tags", "tag", tag)
                .page(assets, stalestFirst ? STALEST_FIRST : Sort.by("createdAt").and("id"), page)
                .map(AssetResponse::from);
    }

    public AssetResponse update(UUID id, String ifMatch, AssetRequest request) {
        Asset asset = find(id);
        ETags.requireMatch(ifMatch, asset.version);
        fill(asset, request);
        assets.flush();
        return AssetResponse.from(asset);
    }

    /** Counts one use of an ACTIVE asset, now. Concurrent uses are all counted. */
    public AssetResponse recordUse(UUID id) {
        // one statement, so that concurrent uses add up without reading a stale count
        Instant now = Instant.now();
        int updated = assets.update("usageCount = usageCount + 1, lastUsedAt = ?1, updatedAt = ?1, version = version + 1 "
                + "where id = ?2 and status = ?3", now, id, AssetStatus.ACTIVE);
        Asset asset = find(id);
        if (updated == 0) {
            throw ApiException.conflict("The asset is " + asset.status + "; a retired asset is not used any more");
        }
        return AssetResponse.from(asset);
    }

    /** Proposes the stalest share of the ACTIVE assets (rounded down) for retirement; changes no asset. */
    public RefreshProposalResponse propose() {
        long active = assets.count("status", AssetStatus.ACTIVE);
        int count = BigDecimal.valueOf(active).multiply(config.refreshShare()).setScale(0, RoundingMode.FLOOR).intValueExact();
        List<Asset> stalest = count == 0 ? List.of()
                : assets.find("status", STALEST_FIRST, AssetStatus.ACTIVE).range(0, count - 1).list();
        RefreshProposal proposal = new RefreshProposal();
        proposal.status = PROPOSED;
        proposal.share = config.refreshShare();
        proposal.activeAssets = (int) active;
        proposal.proposedBy = user.name();
        proposal.expiresAt = Instant.now().plus(config.proposalTtl());
        for (Asset asset : stalest) {
            RefreshItem item = new RefreshItem();
            item.assetId = asset.id;
            item.assetVersion = asset.version;
            item.usageCount = asset.usageCount;
            item.lastUsedAt = asset.lastUsedAt;
            proposal.items.add(item);
        }
        proposals.persist(proposal);
        proposals.flush();
        return respond(proposal);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public RefreshProposalResponse getProposal(UUID id) {
        return respond(findProposal(id));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<RefreshProposalResponse> listProposals(PageParams page) {
        return ListQuery.where().page(proposals, Sort.descending("createdAt").and("id"), page).map(this::respond);
    }

    /**
     * Retires the proposed assets that are still ACTIVE and unchanged since the proposal (same version); the
     * others are kept, each with why. A proposal is applied once, and not after it expired.
     */
    public RefreshProposalResponse apply(UUID id) {
        lockRows("asset_refresh_proposals", List.of(id));
        RefreshProposal proposal = findProposal(id);
        if (APPLIED.equals(proposal.status)) {
            throw ApiException.conflict("This proposal was already applied at " + proposal.appliedAt + " by " + proposal.appliedBy);
        }
        Instant now = Instant.now();
        if (now.isAfter(proposal.expiresAt)) {
            throw ApiException.conflict("This proposal expired at " + proposal.expiresAt + "; make a new one");
        }
        lockRows("assets", proposal.items.stream().map(item -> item.assetId).toList());
        for (RefreshItem item : proposal.items) {
            Asset asset = assets.findById(item.assetId);
            if (asset == null || asset.status != AssetStatus.ACTIVE) {
                item.outcome = "NOT_ACTIVE";
            } else if (asset.version != item.assetVersion) {
                item.outcome = "CHANGED";
            } else {
                asset.status = AssetStatus.RETIRED;
                asset.retiredAt = now;
                item.outcome = "RETIRED";
            }
        }
        proposal.status = APPLIED;
        proposal.appliedAt = now;
        proposal.appliedBy = user.name();
        proposals.flush();
        return respond(proposal);
    }

    private RefreshProposalResponse respond(RefreshProposal proposal) {
        List<UUID> ids = proposal.items.stream().map(item -> item.assetId).toList();
        Map<UUID, Asset> byId = ids.isEmpty() ? Map.of()
                : assets.list("id in ?1", ids).stream().collect(Collectors.toMap(a -> a.id, Function.identity()));
        return RefreshProposalResponse.from(proposal, byId, Instant.now());
    }

    private void fill(Asset asset, AssetRequest request) {
        asset.title = request.title().strip();
        asset.category = request.category();
        asset.url = request.url();
        asset.tags.clear();
        asset.tags.addAll(Tags.clean("tags", request.tags()));
    }


    /**
     * Locks rows before their entities are read: a locking find of an entity with an eager collection reads it
     * first and locks after, which could act on a state another transaction has just changed.
     */
    private void lockRows(String table, List<UUID> ids) {
        if (!ids.isEmpty()) {
            assets.getEntityManager().createNativeQuery("SELECT id FROM " + table + " WHERE id = ANY(?1) ORDER BY id FOR UPDATE")
                    .setParameter(1, ids.toArray(new UUID[0])).getResultList();
        }
    }

    private RefreshProposal findProposal(UUID id) {
        RefreshProposal proposal = proposals.findById(id);
        if (proposal == null) {
            throw ApiException.notFound("refresh proposal", id);
        }
        return proposal;
    }

    private Asset find(UUID id) {
        Asset asset = assets.findById(id);
        if (asset == null) {
            throw ApiException.notFound("asset", id);
        }
        return asset;
    }
}
