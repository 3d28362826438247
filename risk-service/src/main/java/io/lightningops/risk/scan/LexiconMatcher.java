package io.lightningops.risk.scan;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import com.hankcs.algorithm.AhoCorasickDoubleArrayTrie;

/**
 * An immutable matcher over one revision of the lexicon: every term and every exemption phrase in one
 * Aho–Corasick automaton (com.hankcs's double-array trie), run once over the folded text.
 * <p>
 * Rules of {@link #scan}, applied in this order:
 * <ol>
 * <li>a term occurrence lying wholly inside an occurrence of an exemption phrase is dropped (最 in 最近);</li>
 * <li>a finding lying wholly inside a longer finding of the same or a higher severity is dropped (最佳 inside
 * 全网最佳, the REVIEW term 最 inside the BLOCK term 最佳); a finding that overlaps another only in part, or
 * lies inside a less severe one, is reported as well, so that no BLOCK ever hides behind a REVIEW.</li>
 * </ol>
 * Numbers are whole: a term or phrase that begins (ends) with a digit does not match right after (before)
 * another digit, so 第1 and NO.1 are not found in 第12 or NO.10.
 * No Quarkus here: the service and the benchmark build it the same way. Thread-safe once built.
 */
public final class LexiconMatcher {

    /** A lexicon term as the matcher needs it. */
    public record Term(String term, String category, Severity severity, String suggestion) {
    }

    private static final int EXEMPT = -1;

    private final TextNormalizer normalizer;
    private final AhoCorasickDoubleArrayTrie<Node> trie;
    private final int terms;
    private final int exemptions;

    private LexiconMatcher(TextNormalizer normalizer, AhoCorasickDoubleArrayTrie<Node> trie, int terms, int exemptions) {
        this.normalizer = normalizer;
        this.trie = trie;
        this.terms = terms;
        this.exemptions = exemptions;
    }

    /**
     * Builds the matcher. Terms that fold to the same form are one term: the first BLOCK wins over REVIEW,
     * otherwise the first given. Terms or phrases that fold to nothing are ignored.
     */
    public static LexiconMatcher build(TextNormalizer normalizer, Collection<Term> terms, Collection<String> exemptions) {
        Map<String, Node> nodes = new HashMap<>(Math.max(16, (terms.size() + exemptions.size()) * 2));
        int termCount = 0;
        for (Term term : terms) {
            String key = normalizer.normalize(term.term());
            if (key.isEmpty()) {
                continue;
            }
            Node node = nodes.get(key);
            if (node == null) {
                nodes.put(key, new Node(term, false));
                termCount++;
            } else if (node.term == null) {
                nodes.put(key, new Node(term, node.exempt));
                termCount++;
            } else if (node.term.severity() == Severity.REVIEW && term.severity() == Severity.BLOCK) {
                nodes.put(key, new Node(term, node.exempt));
            }
        }
        int exemptionCount = 0;
        for (String phrase : exemptions) {
            String key = normalizer.normalize(phrase);
            if (key.isEmpty()) {
                continue;
            }
            Node node = nodes.get(key);
            if (node == null || !node.exempt) {
                nodes.put(key, new Node(node == null ? null : node.term, true));
                exemptionCount++;
            }
        }
        for (Map.Entry<String, Node> entry : nodes.entrySet()) {
            String key = entry.getKey();
            entry.getValue().digitStart = isDigit(key.charAt(0));
            entry.getValue().digitEnd = isDigit(key.charAt(key.length() - 1));
        }
        AhoCorasickDoubleArrayTrie<Node> trie = null;
        if (!nodes.isEmpty()) {
            trie = new AhoCorasickDoubleArrayTrie<>();
            trie.build(nodes);
        }
        return new LexiconMatcher(normalizer, trie, termCount, exemptionCount);
    }

    /** Distinct terms (by folded form). */
    public int terms() {
        return terms;
    }

    /** Distinct exemption phrases (by folded form). */
    public int exemptions() {
        return exemptions;
    }

    /** The findings of terms whose category {@code categories} accepts, by the rules above, in text order. */
    public List<Finding> scan(String text, Predicate<String> categories) {
        TextNormalizer.Folded folded = normalizer.fold(text);
        Hits hits = hits(folded, categories, true);
        if (hits.size == 0) {
            return List.of();
        }
        hits.sort();
        List<Finding> findings = new ArrayList<>();
        int exemptUntil = -1;
        int anyUntil = -1;
        int blockUntil = -1;
        for (int i = 0; i < hits.size; i++) {
            int start = hits.start[i];
            int end = hits.end[i];
            Node node = hits.node[i];
            if (hits.kind[i] == EXEMPT) {
                exemptUntil = Math.max(exemptUntil, end);
                continue;
            }
            Term term = node.term;
            boolean block = term.severity() == Severity.BLOCK;
            boolean exempted = exemptUntil >= end;
            boolean covered = block ? blockUntil >= end : anyUntil >= end;
            anyUntil = Math.max(anyUntil, exempted ? -1 : end);
            if (block && !exempted) {
                blockUntil = Math.max(blockUntil, end);
            }
            if (!exempted && !covered) {
                findings.add(new Finding(term.term(), term.category(), term.severity(),
                        folded.startOf(start), folded.endOf(end), term.suggestion()));
            }
        }
        return findings;
    }

    /**
     * Every occurrence of every term whose category {@code categories} accepts, without exemptions or the
     * overlap rule, in order of their end: what a plain multi-pattern search reports.
     */
    public List<Finding> findAll(String text, Predicate<String> categories) {
        TextNormalizer.Folded folded = normalizer.fold(text);
        Hits hits = hits(folded, categories, false);
        List<Finding> findings = new ArrayList<>(hits.size);
        for (int i = 0; i < hits.size; i++) {
            Term term = hits.node[i].term;
            findings.add(new Finding(term.term(), term.category(), term.severity(),
                    folded.startOf(hits.start[i]), folded.endOf(hits.end[i]), term.suggestion()));
        }
        return findings;
    }

    private Hits hits(TextNormalizer.Folded folded, Predicate<String> categories, boolean withExemptions) {
        Hits hits = new Hits();
        if (trie == null || folded.length == 0) {
            return hits;
        }
        char[] chars = folded.length == folded.chars.length ? folded.chars : Arrays.copyOf(folded.chars, folded.length);
        int length = chars.length;
        trie.parseText(chars, (AhoCorasickDoubleArrayTrie.IHit<Node>) (begin, end, node) -> {
            // a number is a whole: 第1 is not in 第12, NO.1 is not in NO.10
            if ((node.digitStart && begin > 0 && isDigit(chars[begin - 1]))
                    || (node.digitEnd && end < length && isDigit(chars[end]))) {
                return;
            }
            if (withExemptions && node.exempt) {
                hits.add(begin, end, EXEMPT, node);
            }
            if (node.term != null && categories.test(node.term.category())) {
                hits.add(begin, end, node.term.severity().ordinal(), node);
            }
        });
        return hits;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static final class Node {

        final Term term;
        final boolean exempt;
        boolean digitStart;
        boolean digitEnd;

        Node(Term term, boolean exempt) {
            this.term = term;
            this.exempt = exempt;
        }
    }

    /** Hits in parallel arrays: scans of long texts find thousands, so no object per hit until it is a finding. */
    private static final class Hits {

        int[] start = new int[16];
        int[] end = new int[16];
        int[] kind = new int[16];
        Node[] node = new Node[16];
        int size;

        void add(int s, int e, int k, Node n) {
            if (size == start.length) {
                int capacity = size * 2;
                start = Arrays.copyOf(start, capacity);
                end = Arrays.copyOf(end, capacity);
                kind = Arrays.copyOf(kind, capacity);
                node = Arrays.copyOf(node, capacity);
            }
            start[size] = s;
            end[size] = e;
            kind[size] = k;
            node[size++] = n;
        }

        /** By start; at the same start the longest first, and an exemption before a term of the same span. */
        void sort() {
            Integer[] order = new Integer[size];
            for (int i = 0; i < size; i++) {
                order[i] = i;
            }
            Arrays.sort(order, (a, b) -> {
                if (start[a] != start[b]) {
                    return Integer.compare(start[a], start[b]);
                }
                if (end[a] != end[b]) {
                    return Integer.compare(end[b], end[a]);
                }
                return Integer.compare(kind[a], kind[b]);
            });
            int[] s = new int[size];
            int[] e = new int[size];
            int[] k = new int[size];
            Node[] n = new Node[size];
            for (int i = 0; i < size; i++) {
                int j = order[i];
                s[i] = start[j];
                e[i] = end[j];
                k[i] = kind[j];
                n[i] = node[j];
            }
            start = s;
            end = e;
            kind = k;
            node = n;
        }
    }
}
