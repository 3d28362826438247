package io.lightningops.content.service;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.quarkus.panache.common.Sort;

import io.lightningops.content.domain.Script;
import io.lightningops.content.domain.ScriptSegment;
import io.lightningops.content.domain.ScriptTemplate;
import io.lightningops.content.domain.TemplateSegment;
import io.lightningops.content.repository.AccountRepository;
import io.lightningops.content.repository.ScriptRepository;
import io.lightningops.content.repository.ScriptTemplateRepository;
import io.lightningops.content.repository.TopicRepository;
import io.lightningops.content.rest.ScriptCheckResponse;
import io.lightningops.content.rest.ScriptRequest;
import io.lightningops.content.rest.ScriptResponse;
import io.lightningops.content.rest.ScriptSegmentBody;
import io.lightningops.content.rest.TemplateRequest;
import io.lightningops.content.rest.TemplateResponse;
import io.lightningops.defaults.http.ETags;
import io.lightningops.defaults.http.Ids;
import io.lightningops.defaults.paging.Page;
import io.lightningops.defaults.paging.PageParams;
import io.lightningops.defaults.persistence.ListQuery;
import io.lightningops.defaults.problem.ApiException;
import io.lightningops.defaults.problem.ProblemType;
import io.lightningops.defaults.problem.Violation;

/** Timed script templates, and scripts validated against them. */
@ApplicationScoped
@Transactional
public class ScriptService {

    private final ScriptRepository scripts;
    private final ScriptTemplateRepository templates;
    private final TopicRepository topics;
    private final AccountRepository accounts;

    public ScriptService(ScriptRepository scripts, ScriptTemplateRepository templates, TopicRepository topics,
            AccountRepository accounts) {
        this.scripts = scripts;
        this.templates = templates;
        this.topics = topics;
        this.accounts = accounts;
    }

    public TemplateResponse createTemplate(TemplateRequest request) {
        List<Violation> violations = ScriptRules.checkTemplate(request.segments());
        if (!violations.isEmpty()) {
            throw invalid("The template's windows are not contiguous from 0 s", violations);
        }
        String name = request.name().strip();
        if (templates.count("lower(name)", name.toLowerCase(Locale.ROOT)) > 0) {
            throw ApiException.conflict("A template named " + name + " already exists");
        }
        ScriptTemplate template = new ScriptTemplate();
        template.name = name;
        template.description = Texts.blankToNull(request.description());
        request.segments().forEach(s -> template.segments.add(new TemplateSegment(s.name(), s.from(), s.to())));
        templates.persist(template);
        templates.flush();
        return TemplateResponse.from(template);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public TemplateResponse getTemplate(UUID id) {
        return TemplateResponse.from(findTemplate(id));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<TemplateResponse> listTemplates(PageParams page) {
        return ListQuery.where().page(templates, Sort.descending("isDefault").and("createdAt").and("id"), page)
                .map(TemplateResponse::from);
    }

    public ScriptResponse create(ScriptRequest request) {
        Script script = new Script();
        ScriptTemplate template = apply(script, request);
        scripts.persist(script);
        scripts.flush();
        return ScriptResponse.from(script, template);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public ScriptResponse get(UUID id) {
        Script script = find(id);
        return ScriptResponse.from(script, findTemplate(script.templateId));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<ScriptResponse> list(UUID templateId, UUID topicId, UUID accountId, PageParams page) {
        return ListQuery.where()
                .and("templateId = :template", "template", templateId)
                .and("topicId = :topic", "topic", topicId)
                .and("accountId = :account", "account", accountId)
                .page(scripts, Sort.by("createdAt").and("id"), page)
                .map(script -> ScriptResponse.from(script, findTemplate(script.templateId)));
    }

    public ScriptResponse update(UUID id, String ifMatch, ScriptRequest request) {
        Script script = find(id);
        ETags.requireMatch(ifMatch, script.version);
        ScriptTemplate template = apply(script, request);
        scripts.flush();
        return ScriptResponse.from(script, template);
    }

    /** A dry run: the violations that a create with these segments would answer, without saving anything. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public ScriptCheckResponse check(String templateId, List<ScriptSegmentBody> segments) {
        List<Violation> violations = ScriptRules.checkScript(templateOf(templateId), segments);
        return new ScriptCheckResponse(violations.isEmpty(), violations);
    }

    private ScriptTemplate apply(Script script, ScriptRequest request) {
        ScriptTemplate template = templateOf(request.templateId());
        List<Violation> violations = ScriptRules.checkScript(template, request.segments());
        if (!violations.isEmpty()) {
            throw invalid("The script does not fit template " + template.name, violations);
        }
        UUID topicId = Ids.parse("topicId", request.topicId());
        if (topicId != null && topics.findById(topicId) == null) {
            throw ApiException.invalid("topicId", "must be the id of an existing topic");
        }
        UUID accountId = Ids.parse("accountId", request.accountId());
        if (accountId != null && accounts.findById(accountId) == null) {
            throw ApiException.invalid("accountId", "must be the id of an existing account");
        }
        script.title = request.title().strip();
        script.templateId = template.id;
        script.topicId = topicId;
        script.accountId = accountId;
        script.segments.clear();
        request.segments().forEach(s -> script.segments.add(new ScriptSegment(s.name(), s.text().strip(), s.start(), s.end())));
        return template;
    }

    private static ApiException invalid(String what, List<Violation> violations) {
        return new ApiException(ProblemType.VALIDATION, what + ": " + violations.size()
                + (violations.size() == 1 ? " problem" : " problems"), violations);
    }

    private ScriptTemplate templateOf(String templateId) {
        UUID id = Ids.parse("templateId", templateId);
        if (id == null) {
            return templates.find("isDefault", true).firstResultOptional()
                    .orElseThrow(() -> ApiException.invalid("templateId", "is required: there is no default template"));
        }
        ScriptTemplate template = templates.findById(id);
        if (template == null) {
            throw ApiException.invalid("templateId", "must be the id of an existing template");
        }
        return template;
    }

    private ScriptTemplate findTemplate(UUID id) {
        ScriptTemplate template = templates.findById(id);
        if (template == null) {
            throw ApiException.notFound("script template", id);
        }
        return template;
    }

    private Script find(UUID id) {
        Script script = scripts.findById(id);
        if (script == null) {
            throw ApiException.notFound("script", id);
        }
        return script;
    }
}
