package io.lightningops.risk.service;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;

import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;

import io.lightningops.defaults.http.ETags;
import io.lightningops.defaults.paging.Page;
import io.lightningops.defaults.paging.PageParams;
import io.lightningops.defaults.persistence.ListQuery;
import io.lightningops.defaults.problem.ApiException;
import io.lightningops.risk.domain.LexiconExemption;
import io.lightningops.risk.domain.LexiconTerm;
import io.lightningops.risk.repository.LexiconExemptionRepository;
import io.lightningops.risk.repository.LexiconTermRepository;
import io.lightningops.risk.rest.ExemptionRequest;
import io.lightningops.risk.rest.ExemptionResponse;
import io.lightningops.risk.rest.ImportItem;
import io.lightningops.risk.rest.ImportResult;
import io.lightningops.risk.rest.Lexicon;
import io.lightningops.risk.rest.TermRequest;
import io.lightningops.risk.rest.TermResponse;
import io.lightningops.risk.scan.Scanner;
import io.lightningops.risk.scan.Severity;

/**
 * The lexicon: terms and exemption phrases. Every change moves the lexicon revision in the same
 * transaction, which is how every replica's Scanner learns of it on its next scan.
 */
@ApplicationScoped
@Transactional
public class LexiconService {

    private static final Pattern CATEGORY = Pattern.compile(Lexicon.CATEGORY_PATTERN);
    private static final Sort TERM_ORDER = Sort.ascending("category").and("normalized").and("id");

    private final LexiconTermRepository terms;
    private final LexiconExemptionRepository exemptions;
    private final Scanner scanner;

    public LexiconService(LexiconTermRepository terms, LexiconExemptionRepository exemptions, Scanner scanner) {
        this.terms = terms;
        this.exemptions = exemptions;
        this.scanner = scanner;
    }

    // ---- terms

    public TermResponse createTerm(TermRequest request) {
        LexiconTerm term = new LexiconTerm();
        apply(term, request);
        requireUniqueTerm(term.normalized, null);
        terms.persist(term);
        terms.bumpRevision();
        flush();
        return TermResponse.from(term);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public TermResponse getTerm(UUID id) {
        return TermResponse.from(findTerm(id));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<TermResponse> listTerms(String category, Severity severity, String q, PageParams page) {
        // search in the folded form, so that 國家級 or ＮＯ．１ find 国家级 and NO.1
        String folded = q == null ? "" : scanner.normalize(q);
        return ListQuery.where()
                .and("category = :category", "category", category)
                .and("severity = :severity", "severity", severity)
                .and("normalized like :q escape '!'", "q", folded.isEmpty() ? null : "%" + escapeLike(folded) + "%")
                .page(terms, TERM_ORDER, page)
                .map(TermResponse::from);
    }

    public TermResponse updateTerm(UUID id, String ifMatch, TermRequest request) {
        LexiconTerm term = findTerm(id);
        ETags.requireMatch(ifMatch, term.version);
        apply(term, request);
        requireUniqueTerm(term.normalized, id);
        terms.bumpRevision();
        flush();
        return TermResponse.from(term);
    }

    public void deleteTerm(UUID id) {
        terms.delete(findTerm(id));
        terms.bumpRevision();
    }

    /** All terms (of a category and severity when given), in list order: the export. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ImportItem> exportTerms(String category, Severity severity) {
        StringBuilder where = new StringBuilder("1 = 1");
        Parameters parameters = new Parameters();
        if (category != null && !category.isBlank()) {
            where.append(" and category = :category");
            parameters.and("category", category.strip());
        }
        if (severity != null) {
            where.append(" and severity = :severity");
            parameters.and("severity", severity);
        }
        return terms.find(where.toString(), TERM_ORDER, parameters)
                .stream()
                .map(t -> new ImportItem(t.term, t.category, t.severity.name(), t.suggestion))
                .toList();
    }

    /**
     * Adds each acceptable item and reports each refused one with its line (text) or position (JSON) and the
     * reason: empty, control characters, too long, nothing to match, duplicate (of an existing term or an
     * earlier line, by folded form), or a bad category, severity or suggestion.
     */
    public ImportResult importTerms(List<ImportItem> items) {
        Set<String> existing = new HashSet<>(terms.getEntityManager()
                .createQuery("select t.normalized from LexiconTerm t", String.class).getResultList());
        Map<String, Integer> seen = new HashMap<>();
        List<ImportResult.Rejected> rejected = new ArrayList<>();
        int imported = 0;
        for (int i = 0; i < items.size(); i++) {
            int line = i + 1;
            ImportItem item = items.get(i);
            String reason = rejection(item == null ? null : item.term());
            if (reason == null && (item.category() == null || !CATEGORY.matcher(item.category()).matches())) {
                reason = "category " + Lexicon.CATEGORY_MESSAGE;
            }
            if (reason == null && !("BLOCK".equals(item.severity()) || "REVIEW".equals(item.severity()))) {
                reason = "severity must be BLOCK or REVIEW";
            }
            if (reason == null && item.suggestion() != null && item.suggestion().length() > 200) {
                reason = "suggestion too long (more than 200 characters)";
            }
            String normalized = reason == null ? scanner.normalize(item.term().strip()) : null;
            if (reason == null && normalized.isEmpty()) {
                reason = "nothing to match (only spaces, punctuation or symbols)";
            }
            if (reason == null && existing.contains(normalized)) {
                reason = "duplicate of an existing term";
            }
            if (reason == null && seen.containsKey(normalized)) {
                reason = "duplicate of line " + seen.get(normalized);
            }
            if (reason != null) {
                rejected.add(new ImportResult.Rejected(line, reason));
                continue;
            }
            seen.put(normalized, line);
            LexiconTerm term = new LexiconTerm();
            term.term = item.term().strip();
            term.normalized = normalized;
            term.category = item.category();
            term.severity = Severity.valueOf(item.severity());
            term.suggestion = blankToNull(item.suggestion());
            terms.persist(term);
            imported++;
        }
        if (imported > 0) {
            terms.bumpRevision();
            flush();
        }
        return new ImportResult(imported, rejected);
    }

    /** Why a term or phrase cannot be stored, or null when it can (its folded form aside). */
    static String rejection(String text) {
        if (text == null || text.isBlank()) {
            return "empty";
        }
        String stripped = text.strip();
        for (int i = 0; i < stripped.length(); i++) {
            int type = Character.getType(stripped.charAt(i));
            if (type == Character.CONTROL || type == Character.FORMAT) {
                return "control characters";
            }
        }
        if (stripped.length() > LexiconTerm.MAX_LENGTH) {
            return "too long (more than " + LexiconTerm.MAX_LENGTH + " characters)";
        }
        return null;
    }

    private void apply(LexiconTerm term, TermRequest request) {
        term.term = checked("term", request.term());
        term.normalized = scanner.normalize(term.term);
        if (term.normalized.isEmpty()) {
            throw ApiException.invalid("term", "has nothing to match (only spaces, punctuation or symbols)");
        }
        term.category = request.category();
        term.severity = request.severity();
        term.suggestion = blankToNull(request.suggestion());
    }

    private void requireUniqueTerm(String normalized, UUID self) {
        LexiconTerm other = terms.find("normalized", normalized).firstResult();
        if (other != null && !other.id.equals(self)) {
            throw ApiException.conflict("The lexicon already has this term as \"" + other.term + "\" (id " + other.id
                    + "); terms are compared in their folded form \"" + normalized + "\"");
        }
    }

    private LexiconTerm findTerm(UUID id) {
        LexiconTerm term = terms.findById(id);
        if (term == null) {
            throw ApiException.notFound("lexicon term", id);
        }
        return term;
    }

    // ---- exemptions

    public ExemptionResponse createExemption(ExemptionRequest request) {
        LexiconExemption exemption = new LexiconExemption();
        apply(exemption, request);
        requireUniqueExemption(exemption.normalized, null);
        exemptions.persist(exemption);
        terms.bumpRevision();
        flush();
        return ExemptionResponse.from(exemption);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public ExemptionResponse getExemption(UUID id) {
        return ExemptionResponse.from(findExemption(id));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<ExemptionResponse> listExemptions(String q, PageParams page) {
        String folded = q == null ? "" : scanner.normalize(q);
        return ListQuery.where()
                .and("normalized like :q escape '!'", "q", folded.isEmpty() ? null : "%" + escapeLike(folded) + "%")
                .page(exemptions, Sort.ascending("normalized").and("id"), page)
                .map(ExemptionResponse::from);
    }

    public ExemptionResponse updateExemption(UUID id, String ifMatch, ExemptionRequest request) {
        LexiconExemption exemption = findExemption(id);
        ETags.requireMatch(ifMatch, exemption.version);
        apply(exemption, request);
        requireUniqueExemption(exemption.normalized, id);
        terms.bumpRevision();
        flush();
        return ExemptionResponse.from(exemption);
    }

    public void deleteExemption(UUID id) {
        exemptions.delete(findExemption(id));
        terms.bumpRevision();
    }

    private void apply(LexiconExemption exemption, ExemptionRequest request) {
        exemption.phrase = checked("phrase", request.phrase());
        exemption.normalized = scanner.normalize(exemption.phrase);
        if (exemption.normalized.isEmpty()) {
            throw ApiException.invalid("phrase", "has nothing to match (only spaces, punctuation or symbols)");
        }
        exemption.note = blankToNull(request.note());
    }

    private void requireUniqueExemption(String normalized, UUID self) {
        LexiconExemption other = exemptions.find("normalized", normalized).firstResult();
        if (other != null && !other.id.equals(self)) {
            throw ApiException.conflict("There is already the exemption \"" + other.phrase + "\" (id " + other.id
                    + "); phrases are compared in their folded form \"" + normalized + "\"");
        }
    }

    private LexiconExemption findExemption(UUID id) {
        LexiconExemption exemption = exemptions.findById(id);
        if (exemption == null) {
            throw ApiException.notFound("lexicon exemption", id);
        }
        return exemption;
    }

    // ---- shared

    private static String checked(String field, String text) {
        String reason = rejection(text);
        if (reason != null) {
            throw ApiException.invalid(field, reason.equals("control characters") ? "must not contain control characters"
                    : reason.equals("empty") ? "must not be blank" : "must be at most " + LexiconTerm.MAX_LENGTH + " characters");
        }
        return text.strip();
    }

    private void flush() {
        try {
            terms.flush();
        } catch (PersistenceException e) {
            // two requests added the same folded form at once: the unique constraint let one of them win
            throw ApiException.conflict("The lexicon changed concurrently and already has this entry; read it and retry");
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static String escapeLike(String text) {
        return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }
}
