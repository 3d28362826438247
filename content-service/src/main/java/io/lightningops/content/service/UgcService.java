package io.lightningops.content.service;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.quarkus.panache.common.Sort;

import io.lightningops.content.config.UgcConfig;
import io.lightningops.content.domain.UgcPick;
import io.lightningops.content.domain.UgcSubmission;
import io.lightningops.content.repository.AccountRepository;
import io.lightningops.content.repository.TopicRepository;
import io.lightningops.content.repository.UgcPickRepository;
import io.lightningops.content.repository.UgcSubmissionRepository;
import io.lightningops.content.rest.PickResponse;
import io.lightningops.content.rest.PicksRequest;
import io.lightningops.content.rest.UgcSubmissionRequest;
import io.lightningops.content.rest.UgcSubmissionResponse;
import io.lightningops.content.rest.WeekPicksResponse;
import io.lightningops.defaults.http.Ids;
import io.lightningops.defaults.paging.Page;
import io.lightningops.defaults.paging.PageParams;
import io.lightningops.defaults.persistence.ListQuery;
import io.lightningops.defaults.problem.ApiException;
import io.lightningops.defaults.security.CurrentUser;

/** UGC submissions and the weekly picks: each submission picked at most once, a week holding a limited number. */
@ApplicationScoped
@Transactional
public class UgcService {

    private final UgcSubmissionRepository submissions;
    private final UgcPickRepository picks;
    private final AccountRepository accounts;
    private final TopicRepository topics;
    private final UgcConfig config;
    private final CurrentUser user;

    public UgcService(UgcSubmissionRepository submissions, UgcPickRepository picks, AccountRepository accounts,
            TopicRepository topics, UgcConfig config, CurrentUser user) {
        this.submissions = submissions;
        this.picks = picks;
        this.accounts = accounts;
        this.topics = topics;
        this.config = config;
        this.user = user;
    }

    public UgcSubmissionResponse submit(UgcSubmissionRequest request) {
        UgcSubmission submission = new UgcSubmission();
        submission.handle = request.handle().strip();
        submission.link = httpsLink(request.link());
        submission.accountId = Ids.parse("accountId", request.accountId());
        if (submission.accountId != null && accounts.findById(submission.accountId) == null) {
            throw ApiException.invalid("accountId", "must be the id of an existing account");
        }
        submission.topicId = Ids.parse("topicId", request.topicId());
        if (submission.topicId != null && topics.findById(submission.topicId) == null) {
            throw ApiException.invalid("topicId", "must be the id of an existing topic");
        }
        submission.notes = Texts.blankToNull(request.notes());
        submissions.persist(submission);
        submissions.flush();
        return UgcSubmissionResponse.from(submission, null);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public UgcSubmissionResponse get(UUID id) {
        UgcSubmission submission = submissions.findById(id);
        if (submission == null) {
            throw ApiException.notFound("UGC submission", id);
        }
        return UgcSubmissionResponse.from(submission, picks.find("submissionId", id).firstResult());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<UgcSubmissionResponse> list(UUID accountId, UUID topicId, Boolean picked, String handle, PageParams page) {
        Page<UgcSubmission> found = ListQuery.where()
                .and("accountId = :account", "account", accountId)
                .and("topicId = :topic", "topic", topicId)
                .and("handle = :handle", "handle", handle)
                .and("((:picked = true and id in (select p.submissionId from UgcPick p))"
                        + " or (:picked = false and id not in (select p.submissionId from UgcPick p)))", "picked", picked)
                .page(submissions, Sort.descending("createdAt").and("id"), page);
        Map<UUID, UgcPick> pickOf = picksOf(found.items().stream().map(s -> s.id).toList());
        return found.map(s -> UgcSubmissionResponse.from(s, pickOf.get(s.id)));
    }

    /**
     * Picks submissions for a week, after the week's earlier picks. All or nothing: an unknown or repeated
     * submission is a 400, one already picked (in any week) or a full week a 409.
     */
    public WeekPicksResponse pick(PicksRequest request) {
        IsoWeek week = IsoWeek.parse("week", request.week());
        List<UUID> ids = new ArrayList<>();
        Set<UUID> seen = new HashSet<>();
        for (int i = 0; i < request.submissionIds().size(); i++) {
            UUID id = Ids.parse("submissionIds[" + i + "]", request.submissionIds().get(i));
            if (!seen.add(id)) {
                throw ApiException.invalid("submissionIds[" + i + "]", "repeats " + id);
            }
            if (submissions.findById(id) == null) {
                throw ApiException.invalid("submissionIds[" + i + "]", "must be the id of an existing submission");
            }
            ids.add(id);
        }
        // one writer per week at a time, so that concurrent picks cannot overfill it
        picks.getEntityManager().createNativeQuery("SELECT pg_advisory_xact_lock(hashtext(?1))")
                .setParameter(1, "ugc-picks:" + week).getResultList();
        List<UgcPick> taken = picks.list("submissionId in ?1", ids);
        if (!taken.isEmpty()) {
            throw ApiException.conflict("Already picked: " + taken.stream()
                    .map(p -> p.submissionId + " (" + p.week + ")").collect(Collectors.joining(", "))
                    + "; a submission is picked at most once");
        }
        long already = picks.count("week", week.toString());
        if (already + ids.size() > config.maxPicksPerWeek()) {
            throw ApiException.conflict(week + " has " + already + " picks; " + ids.size() + " more would pass the "
                    + config.maxPicksPerWeek() + " a week may have");
        }
        Instant now = Instant.now();
        int position = (int) already;
        for (UUID id : ids) {
            UgcPick pick = new UgcPick();
            pick.id = UUID.randomUUID();
            pick.week = week.toString();
            pick.submissionId = id;
            pick.pickedBy = user.name();
            pick.pickedAt = now;
            pick.position = ++position;
            pick.note = Texts.blankToNull(request.note());
            picks.persist(pick);
        }
        picks.flush();
        return week(week.toString());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public WeekPicksResponse week(String value) {
        IsoWeek week = IsoWeek.parse("week", value);
        List<PickResponse> found = describe(picks.list("week", Sort.by("position"), week.toString()));
        return new WeekPicksResponse(week.toString(), week.monday(), week.sunday(), found);
    }

    /** The history of picks between two ISO weeks (both included), oldest week first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<PickResponse> history(String from, String to, PageParams page) {
        IsoWeek first = IsoWeek.parse("from", from);
        IsoWeek last = IsoWeek.parse("to", to);
        if (first != null && last != null && first.toString().compareTo(last.toString()) > 0) {
            throw ApiException.invalid("from", "must not be after to");
        }
        Page<UgcPick> found = ListQuery.where()
                .and("week >= :from", "from", first == null ? null : first.toString())
                .and("week <= :to", "to", last == null ? null : last.toString())
                .page(picks, Sort.by("week").and("position"), page);
        return new Page<>(describe(found.items()), found.page(), found.size(), found.total());
    }

    private List<PickResponse> describe(List<UgcPick> found) {
        List<UUID> ids = found.stream().map(p -> p.submissionId).toList();
        Map<UUID, UgcSubmission> byId = ids.isEmpty() ? Map.of()
                : submissions.list("id in ?1", ids).stream().collect(Collectors.toMap(s -> s.id, Function.identity()));
        return found.stream().map(p -> PickResponse.from(p, byId.get(p.submissionId))).toList();
    }

    private Map<UUID, UgcPick> picksOf(List<UUID> submissionIds) {
        return submissionIds.isEmpty() ? Map.of()
                : picks.list("submissionId in ?1", submissionIds).stream()
                        .collect(Collectors.toMap(p -> p.submissionId, Function.identity()));
    }

    private static String httpsLink(String link) {
        try {
            URI uri = new URI(link.strip());
            if ("https".equalsIgnoreCase(uri.getScheme()) && uri.getHost() != null && !uri.getHost().isBlank()) {
                return uri.toString();
            }
        } catch (URISyntaxException e) {
            // reported below, like any other link that is not an https URL
        }
        throw ApiException.invalid("link", "must be an https URL with a host, e.g. https://www.douyin.com/video/7301234567890123456");
    }
}
