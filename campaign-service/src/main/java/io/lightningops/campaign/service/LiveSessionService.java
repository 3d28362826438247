package io.lightningops.campaign.service;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.quarkus.panache.common.Sort;

import io.lightningops.campaign.domain.LiveSession;
import io.lightningops.campaign.domain.LiveSessionStatus;
import io.lightningops.campaign.domain.Money;
import io.lightningops.campaign.repository.CampaignRepository;
import io.lightningops.campaign.repository.CouponRepository;
import io.lightningops.campaign.repository.LiveSessionRepository;
import io.lightningops.campaign.rest.LivePlanRequest;
import io.lightningops.campaign.rest.LivePlanResponse;
import io.lightningops.campaign.rest.LiveResultsRequest;
import io.lightningops.campaign.rest.LiveSessionRequest;
import io.lightningops.campaign.rest.LiveSessionResponse;
import io.lightningops.defaults.http.ETags;
import io.lightningops.defaults.http.Ids;
import io.lightningops.defaults.paging.Page;
import io.lightningops.defaults.paging.PageParams;
import io.lightningops.defaults.persistence.ListQuery;
import io.lightningops.defaults.problem.ApiException;

/** The live-stream schedule: single sessions, weekly plans that make them, and their results. */
@ApplicationScoped
@Transactional
public class LiveSessionService {

    private static final ZoneOffset CHINA = ZoneOffset.ofHours(8);

    private final LiveSessionRepository sessions;
    private final CampaignRepository campaigns;
    private final CouponRepository coupons;

    public LiveSessionService(LiveSessionRepository sessions, CampaignRepository campaigns, CouponRepository coupons) {
        this.sessions = sessions;
        this.campaigns = campaigns;
        this.coupons = coupons;
    }

    public LiveSessionResponse schedule(LiveSessionRequest request) {
        LiveSession session = session(request.title(), campaign(request.campaignId()), request.startsAt(),
                request.plannedMinutes(), request.hosts(), couponIds(request.couponIds()), null);
        sessions.persist(session);
        sessions.flush();
        return LiveSessionResponse.from(session);
    }

    /**
     * Every chosen weekday of each of the plan's calendar weeks (Monday to Sunday); week 1 is firstDay's, whose days
     * before firstDay are skipped.
     */
    public LivePlanResponse plan(LivePlanRequest request) {
        UUID campaignId = campaign(request.campaignId());
        Set<UUID> couponIds = couponIds(request.couponIds());
        ZoneOffset offset = request.offset() == null ? CHINA : ZoneOffset.of(request.offset());
        UUID planId = UUID.randomUUID();
        LocalDate end = request.firstDay().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).plusWeeks(request.weeks());
        List<LiveSession> made = new ArrayList<>();
        for (LocalDate day = request.firstDay(); day.isBefore(end); day = day.plusDays(1)) {
            DayOfWeek weekday = day.getDayOfWeek();
            if (request.days().contains(weekday)) {
                made.add(session(request.title(), campaignId, OffsetDateTime.of(day, request.startTime(), offset),
                        request.plannedMinutes(), request.hosts(), couponIds, planId));
            }
        }
        sessions.persist(made);
        sessions.flush();
        return new LivePlanResponse(Ids.format(planId), made.stream().map(LiveSessionResponse::from).toList());
    }

    public LiveSessionResponse recordResults(UUID id, String ifMatch, LiveResultsRequest request) {
        LiveSession session = find(id);
        ETags.requireMatch(ifMatch, session.version);
        if (session.status == LiveSessionStatus.CANCELLED) {
            throw ApiException.conflict("The session was cancelled and has no results");
        }
        if (request.peakViewers() > request.viewers()) {
            throw ApiException.invalid("peakViewers", "must not exceed viewers");
        }
        session.viewers = request.viewers();
        session.peakViewers = request.peakViewers();
        session.gmv = Money.cents(request.gmv());
        session.orders = request.orders();
        session.durationMinutes = request.durationMinutes();
        session.status = LiveSessionStatus.COMPLETED;
        sessions.flush();
        return LiveSessionResponse.from(session);
    }

    public LiveSessionResponse cancel(UUID id) {
        LiveSession session = find(id);
        if (session.status == LiveSessionStatus.COMPLETED) {
            throw ApiException.conflict("The session is over and has results; it cannot be cancelled");
        }
        session.status = LiveSessionStatus.CANCELLED;
        sessions.flush();
        return LiveSessionResponse.from(session);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public LiveSessionResponse get(UUID id) {
        return LiveSessionResponse.from(find(id));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<LiveSessionResponse> list(OffsetDateTime from, OffsetDateTime to, String campaignId, String planId,
            LiveSessionStatus status, PageParams page) {
        return ListQuery.where()
                .and("startsAt >= :from", "from", from == null ? null : from.toInstant())
                .and("startsAt < :to", "to", to == null ? null : to.toInstant())
                .and("campaignId = :campaignId", "campaignId", Ids.parse("campaignId", campaignId))
                .and("planId = :planId", "planId", Ids.parse("planId", planId))
                .and("status = :status", "status", status)
                .page(sessions, Sort.ascending("startsAt").and("id"), page)
                .map(LiveSessionResponse::from);
    }

    private static LiveSession session(String title, UUID campaignId, OffsetDateTime startsAt, int minutes,
            List<String> hosts, Set<UUID> couponIds, UUID planId) {
        LiveSession session = new LiveSession();
        session.title = title.strip();
        session.campaignId = campaignId;
        session.planId = planId;
        session.startsAt = startsAt.toInstant().truncatedTo(ChronoUnit.SECONDS);
        session.plannedMinutes = minutes;
        session.status = LiveSessionStatus.SCHEDULED;
        hosts.forEach(h -> session.hosts.add(h.strip()));
        session.couponIds.addAll(couponIds);
        return session;
    }

    private UUID campaign(String campaignId) {
        UUID id = Ids.parse("campaignId", campaignId);
        if (id != null && campaigns.findById(id) == null) {
            throw ApiException.invalid("campaignId", "no campaign has this id");
        }
        return id;
    }

    private Set<UUID> couponIds(List<String> given) {
        Set<UUID> ids = new LinkedHashSet<>();
        List<String> list = given == null ? List.of() : given;
        for (int i = 0; i < list.size(); i++) {
            UUID id = Ids.parse("couponIds[" + i + "]", list.get(i));
            if (coupons.findById(id) == null) {
                throw ApiException.invalid("couponIds[" + i + "]", "no coupon has this id");
            }
            ids.add(id);
        }
        return ids;
    }

    private LiveSession find(UUID id) {
        LiveSession session = sessions.findById(id);
        if (session == null) {
            throw ApiException.notFound("live session", id);
        }
        return session;
    }
}
