package io.lightningops.content.service;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;

import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;

import io.lightningops.content.config.TopicConfig;
import io.lightningops.content.domain.Topic;
import io.lightningops.content.domain.TopicSource;
import io.lightningops.content.domain.TopicStatus;
import io.lightningops.content.repository.AccountRepository;
import io.lightningops.content.repository.TopicRepository;
import io.lightningops.content.rest.ImportResult;
import io.lightningops.content.rest.TopicRequest;
import io.lightningops.content.rest.TopicResponse;
import io.lightningops.defaults.http.ETags;
import io.lightningops.defaults.http.Ids;
import io.lightningops.defaults.paging.Page;
import io.lightningops.defaults.paging.PageParams;
import io.lightningops.defaults.persistence.ListQuery;
import io.lightningops.defaults.problem.ApiException;

/** The topic library: topics with their source, tags, score and status; search, and monthly imports. */
@ApplicationScoped
@Transactional
public class TopicService {

    private final TopicRepository topics;
    private final AccountRepository accounts;
    private final TopicConfig config;
    private final Validator validator;
    private final ObjectMapper json;

    public TopicService(TopicRepository topics, AccountRepository accounts, TopicConfig config, Validator validator,
            ObjectMapper json) {
        this.topics = topics;
        this.accounts = accounts;
        this.config = config;
        this.validator = validator;
        this.json = json;
    }

    public TopicResponse create(TopicRequest request) {
        return insert(request);
    }

    // private, so that a refused import row does not pass the transaction interceptor and roll back the good rows
    private TopicResponse insert(TopicRequest request) {
        Topic topic = new Topic();
        topic.status = TopicStatus.IDEA;
        apply(topic, request);
        topics.persist(topic);
        topics.flush();
        return TopicResponse.from(topic);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public TopicResponse get(UUID id) {
        return TopicResponse.from(find(id));
    }

    /** Search and filters, best score first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<TopicResponse> list(TopicFilter filter, PageParams page) {
        if (filter.minScore() != null && filter.maxScore() != null && filter.minScore() > filter.maxScore()) {
            throw ApiException.invalid("minScore", "must not be above maxScore");
        }
        String like = filter.q() == null || filter.q().isBlank() ? null
                : "%" + filter.q().strip().toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        return ListQuery.where()
                .and("(lower(title) like :q escape '\\' or lower(direction) like :q escape '\\')", "q", like)
                .and("status = :status", "status", filter.status())
                .and("source = :source", "source", filter.source())
                .and(":tag member of tags", "tag", filter.tag())
                .and("score >= :minScore", "minScore", filter.minScore())
                .and("score <= :maxScore", "maxScore", filter.maxScore())
                .and("accountId = :account", "account", filter.accountId())
                .and("plannedMonth = :plannedMonth", "plannedMonth", filter.month())
                .page(topics, Sort.descending("score").and("createdAt").and("id"), page)
                .map(TopicResponse::from);
    }

    public TopicResponse update(UUID id, String ifMatch, TopicRequest request) {
        Topic topic = find(id);
        ETags.requireMatch(ifMatch, topic.version);
        apply(topic, request);
        topics.flush();
        return TopicResponse.from(topic);
    }

    public TopicResponse transition(UUID id, String ifMatch, TopicStatus to) {
        Topic topic = find(id);
        if (ifMatch != null && !ifMatch.isBlank()) {
            ETags.requireMatch(ifMatch, topic.version);
        }
        if (!topic.status.next().contains(to)) {
            throw ApiException.conflict("A " + topic.status + " topic cannot become " + to
                    + (topic.status.next().isEmpty() ? "; RETIRED is final" : "; it can become " + topic.status.next()));
        }
        topic.status = to;
        topics.flush();
        return TopicResponse.from(topic);
    }

    /**
     * Imports a month's topic ideas row by row: each valid row becomes an IDEA; a row that is invalid, names an
     * unknown account, or repeats a title of the same month and account (in the import or already in the library)
     * is refused with its reason, and never keeps the others from being imported.
     */
    public ImportResult importTopics(String month, List<JsonNode> rows) {
        if (month != null && !month.matches("^\\d{4}-(0[1-9]|1[0-2])$")) {
            throw ApiException.invalid("month", "must be a month as YYYY-MM");
        }
        if (rows.size() > config.maxImportRows()) {
            throw ApiException.invalid("body", "may hold at most " + config.maxImportRows() + " rows; split the import");
        }
        List<String> created = new ArrayList<>();
        List<ImportResult.Rejected> rejected = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            try {
                TopicRequest row = read(rows.get(i), month);
                String key = duplicateKey(row);
                Integer earlier = seen.putIfAbsent(key, i);
                if (earlier != null) {
                    throw ApiException.invalid("title", "repeats row " + earlier + " (same title, month and account)");
                }
                created.add(insert(row).id());
            } catch (ApiException e) {
                rejected.add(new ImportResult.Rejected(i, e.getMessage()));
            }
        }
        return new ImportResult(created.size(), created, rejected);
    }

    private TopicRequest read(JsonNode row, String month) {
        if (row == null || !row.isObject()) {
            throw ApiException.badRequest("the row is not a JSON object");
        }
        TopicRequest request;
        try {
            request = json.treeToValue(row, TopicRequest.class).inMonth(month);
        } catch (InvalidFormatException e) {
            throw ApiException.badRequest(fieldOf(e) + ": " + (e.getTargetType() == TopicSource.class
                    ? "must be one of " + Arrays.toString(TopicSource.values()) : "has the wrong type"));
        } catch (JsonMappingException e) {
            throw ApiException.badRequest(fieldOf(e) + ": has the wrong type or shape");
        } catch (JsonProcessingException e) {
            throw ApiException.badRequest("the row does not have the shape of a topic");
        }
        List<String> problems = validator.validate(request).stream()
                .map(v -> v.getPropertyPath().toString().replace(".<list element>", "") + ": " + v.getMessage())
                .sorted().toList();
        if (!problems.isEmpty()) {
            throw ApiException.badRequest(String.join("; ", problems));
        }
        if (request.month() == null) {
            throw ApiException.badRequest("month: is required, in the row or as ?month=");
        }
        return request;
    }

    private static String fieldOf(JsonMappingException e) {
        return e.getPath().stream().map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
                .collect(Collectors.joining("."));
    }

    private static String duplicateKey(TopicRequest row) {
        return row.title().strip().toLowerCase(Locale.ROOT) + "\u0000" + row.month() + "\u0000"
                + Objects.toString(row.accountId(), "").strip().toLowerCase(Locale.ROOT);
    }

    private void apply(Topic topic, TopicRequest request) {
        UUID accountId = Ids.parse("accountId", request.accountId());
        if (accountId != null && accounts.findById(accountId) == null) {
            throw ApiException.invalid("accountId", "must be the id of an existing account");
        }
        String title = request.title().strip();
        String month = Texts.blankToNull(request.month());
        if (titleTaken(title, month, accountId, topic.id)) {
            throw ApiException.conflict("The topic library already has \"" + title + "\""
                    + (month == null ? "" : " for " + month) + (accountId == null ? "" : " for this account"));
        }
        topic.title = title;
        topic.direction = Texts.blankToNull(request.direction());
        topic.source = request.source();
        topic.tags.clear();
        topic.tags.addAll(Tags.clean("tags", request.tags()));
        topic.score = request.score();
        topic.plannedMonth = month;
        topic.accountId = accountId;
        topic.notes = Texts.blankToNull(request.notes());
    }

    private boolean titleTaken(String title, String month, UUID accountId, UUID exceptId) {
        StringBuilder query = new StringBuilder("lower(title) = :title and coalesce(plannedMonth, '') = :plannedMonth");
        Parameters parameters = Parameters.with("title", title.toLowerCase(Locale.ROOT)).and("plannedMonth", Objects.toString(month, ""));
        if (accountId == null) {
            query.append(" and accountId is null");
        } else {
            query.append(" and accountId = :account");
            parameters.and("account", accountId);
        }
        if (exceptId != null) {
            query.append(" and id <> :id");
            parameters.and("id", exceptId);
        }
        return topics.count(query.toString(), parameters) > 0;
    }

    private Topic find(UUID id) {
        Topic topic = topics.findById(id);
        if (topic == null) {
            throw ApiException.notFound("topic", id);
        }
        return topic;
    }

    /** The search and filters of the topic list; each is optional. */
    public record TopicFilter(String q, TopicStatus status, TopicSource source, String tag, Integer minScore,
            Integer maxScore, UUID accountId, String month) {
    }
}
