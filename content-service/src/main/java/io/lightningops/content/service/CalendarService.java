package io.lightningops.content.service;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.lightningops.content.config.CalendarConfig;
import io.lightningops.content.domain.Cadence;
import io.lightningops.content.domain.ContentLayer;
import io.lightningops.content.domain.Video;
import io.lightningops.content.domain.VideoStatus;
import io.lightningops.content.repository.AccountRepository;
import io.lightningops.content.repository.VideoRepository;
import io.lightningops.content.rest.CalendarResponse;
import io.lightningops.content.rest.MixReport;
import io.lightningops.content.rest.PlanRequest;
import io.lightningops.content.rest.PlanResponse;
import io.lightningops.defaults.http.Ids;
import io.lightningops.defaults.problem.ApiException;

/**
 * The publishing calendar of an account: its SCHEDULED and PUBLISHED videos by day, and plans under a cadence
 * ("3+1": three regular days, then a push day) filled from the account's APPROVED videos.
 *
 * <p>Filling rule. Day by day, slot by slot: a slot already holding a video stays (TAKEN); a past slot stays empty.
 * A push day takes the newest APPROVED video of the first layer of {@code lightning.calendar.push-priority} that has
 * one (a push day is for a likely hit, so the freshest traffic content first). A regular day takes the oldest
 * APPROVED video (first in, first out) of the layer furthest below its target share, counting the period's videos
 * already on the calendar and those proposed so far, so the plan steers the mix towards 40/35/25.
 */
@ApplicationScoped
@Transactional
public class CalendarService {

    private final VideoRepository videos;
    private final AccountRepository accounts;
    private final VideoWorkflow workflow;
    private final ContentMix mix;
    private final CalendarConfig config;

    public CalendarService(VideoRepository videos, AccountRepository accounts, VideoWorkflow workflow, ContentMix mix,
            CalendarConfig config) {
        this.videos = videos;
        this.accounts = accounts;
        this.workflow = workflow;
        this.mix = mix;
        this.config = config;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public CalendarResponse calendar(String accountId, String from, String to) {
        UUID account = account(accountId, "accountId");
        LocalDate first = date("from", from);
        LocalDate last = date("to", to);
        if (last.isBefore(first)) {
            throw ApiException.invalid("from", "must not be after to");
        }
        if (ChronoUnit.DAYS.between(first, last) + 1 > config.maxDays()) {
            throw ApiException.invalid("to", "the period may span at most " + config.maxDays() + " days");
        }
        ZoneId zone = config.zone();
        Map<LocalDate, List<CalendarResponse.Entry>> byDay = new LinkedHashMap<>();
        for (LocalDate d = first; !d.isAfter(last); d = d.plusDays(1)) {
            byDay.put(d, new ArrayList<>());
        }
        Map<ContentLayer, Integer> counts = ContentMix.none();
        for (Video video : videos.onCalendar(account, start(first), start(last.plusDays(1)))) {
            byDay.get(video.publishAt.atZone(zone).toLocalDate()).add(new CalendarResponse.Entry(Ids.format(video.id),
                    video.title, video.layer, video.status, video.publishAt.atZone(zone).toOffsetDateTime()));
            counts.merge(video.layer, 1, Integer::sum);
        }
        List<CalendarResponse.Day> days = byDay.entrySet().stream()
                .map(e -> new CalendarResponse.Day(e.getKey(), e.getValue())).toList();
        return new CalendarResponse(Ids.format(account), first, last, zone.getId(), days, mix.report(counts));
    }

    public PlanResponse plan(PlanRequest request) {
        UUID account = account(request.accountId(), "accountId");
        if (request.days() > config.maxDays()) {
            throw ApiException.invalid("days", "must be at most " + config.maxDays());
        }
        Cadence cadence = Cadence.parse(request.cadence() == null ? config.cadence() : request.cadence());
        if (cadence == null) {
            throw ApiException.invalid("cadence", "must be R+P with R and P from 1 to 30, e.g. 3+1");
        }
        List<LocalTime> times = new ArrayList<>(new TreeSet<>(request.slotTimes() == null ? config.slotTimes() : request.slotTimes()));
        LocalDate first = request.startDate();
        LocalDate last = first.plusDays(request.days() - 1L);
        ZoneId zone = config.zone();

        Map<Instant, Video> taken = new HashMap<>();
        Map<ContentLayer, Integer> counts = ContentMix.none();
        for (Video video : videos.onCalendar(account, start(first), start(last.plusDays(1)))) {
            taken.put(video.publishAt, video);
            counts.merge(video.layer, 1, Integer::sum);
        }
        Map<ContentLayer, Deque<Video>> pools = new EnumMap<>(ContentLayer.class);
        for (ContentLayer layer : ContentLayer.values()) {
            pools.put(layer, new ArrayDeque<>());
        }
        videos.ofAccount(account, VideoStatus.APPROVED, "createdAt, id").forEach(v -> pools.get(v.layer).addLast(v));

        boolean apply = Boolean.TRUE.equals(request.apply());
        Instant now = Instant.now();
        List<PlanResponse.DayPlan> plan = new ArrayList<>();
        int regularDays = 0;
        int filled = 0;
        int empty = 0;
        for (int i = 0; i < request.days(); i++) {
            LocalDate date = first.plusDays(i);
            Cadence.DayType type = cadence.dayType(i);
            regularDays += type == Cadence.DayType.REGULAR ? 1 : 0;
            List<PlanResponse.Slot> slots = new ArrayList<>();
            for (LocalTime time : times) {
                ZonedDateTime at = date.atTime(time).atZone(zone);
                Instant instant = at.toInstant();
                Video there = taken.get(instant);
                if (there != null) {
                    slots.add(slot(time, at, PlanResponse.SlotState.TAKEN, there));
                } else if (!instant.isAfter(now)) {
                    slots.add(slot(time, at, PlanResponse.SlotState.PAST, null));
                } else {
                    Video pick = type == Cadence.DayType.PUSH ? pickPush(pools) : pickRegular(pools, counts);
                    if (pick == null) {
                        empty++;
                        slots.add(slot(time, at, PlanResponse.SlotState.EMPTY, null));
                    } else {
                        filled++;
                        counts.merge(pick.layer, 1, Integer::sum);
                        if (apply) {
                            pick = workflow.schedulePlanned(pick.id, instant,
                                    "calendar plan " + cadence + ": " + type.name().toLowerCase() + " day " + (i + 1));
                        }
                        slots.add(slot(time, at, apply ? PlanResponse.SlotState.SCHEDULED : PlanResponse.SlotState.PROPOSED, pick));
                    }
                }
            }
            plan.add(new PlanResponse.DayPlan(i + 1, date, type, slots));
        }
        MixReport report = mix.report(counts);
        return new PlanResponse(Ids.format(account), first, last, request.days(), cadence.toString(), zone.getId(), times,
                apply, regularDays, request.days() - regularDays, filled, empty, plan, report);
    }

    private Video pickPush(Map<ContentLayer, Deque<Video>> pools) {
        for (ContentLayer layer : config.pushPriority()) {
            Deque<Video> pool = pools.get(layer);
            if (!pool.isEmpty()) {
                return pool.pollLast();
            }
        }
        return null;
    }

    private Video pickRegular(Map<ContentLayer, Deque<Video>> pools, Map<ContentLayer, Integer> counts) {
        List<ContentLayer> available = pools.entrySet().stream().filter(e -> !e.getValue().isEmpty()).map(Map.Entry::getKey).toList();
        ContentLayer layer = mix.mostBehind(counts, available);
        return layer == null ? null : pools.get(layer).pollFirst();
    }

    private static PlanResponse.Slot slot(LocalTime time, ZonedDateTime at, PlanResponse.SlotState state, Video video) {
        return new PlanResponse.Slot(time, at.toOffsetDateTime(), state, video == null ? null : Ids.format(video.id),
                video == null ? null : video.title, video == null ? null : video.layer);
    }

    private Instant start(LocalDate date) {
        return date.atStartOfDay(config.zone()).toInstant();
    }

    private UUID account(String value, String field) {
        if (value == null || value.isBlank()) {
            throw ApiException.invalid(field, "is required");
        }
        UUID id = Ids.parse(field, value);
        if (accounts.findById(id) == null) {
            throw ApiException.notFound("account", id);
        }
        return id;
    }

    private static LocalDate date(String field, String value) {
        if (value == null || value.isBlank()) {
            throw ApiException.invalid(field, "is required (a date such as 2026-12-01)");
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeException e) {
            throw ApiException.invalid(field, "must be a date such as 2026-12-01");
        }
    }
}
