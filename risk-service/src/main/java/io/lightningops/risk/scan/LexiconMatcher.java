package io.lightningops.risk.scan;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * An immutable matcher over one revision of the lexicon: every term and every exemption phrase in one
 * Aho–Corasick automaton ({@link DoubleArrayAutomaton}), run once over the text while it is folded
 * ({@link TextNormalizer}) and translated into the lexicon's alphabet by a single table lookup per character.
 * <p>
 * Rules of {@link #scan}, applied in this order:
 * <ol>
 * <li>a term occurrence lying wholly inside an occurrence of an exemption phrase is dropped (最 in 最近);</li>
 * <li>a finding lying wholly inside a longer finding of the same or a higher severity is dropped (最佳 inside
 * 全网最佳, the REVIEW term 最 inside the BLOCK term 最佳); a finding that overlaps another only in part, or
 * lies inside a less severe one, is reported as well, so that no BLOCK ever hides behind a REVIEW.</li>
 * </ol>
 * Numbers are whole: a term or phrase that begins (ends) with a digit does not match right after (before)
 * another digit, so 第1 and NO.1 are not found in 第12 or NO.10. A term never spans a line break.
 * <p>
 * No Quarkus here: the service and the benchmark build it the same way. Thread-safe once built.
 */
public final class LexiconMatcher {

    /** A lexicon term as the matcher needs it. */
    public record Term(String term, String category, Severity severity, String suggestion) {
    }

    private static final int EXEMPT = -1;
    /** The code of a character that no term or phrase contains: it resets the automaton. */
    private static final char OTHER = 0;

    private final char[] translate;
    private final boolean[] digit;
    private final DoubleArrayAutomaton automaton;
    private final Node[] nodes;
    private final int terms;
    private final int exemptions;

    private LexiconMatcher(char[] translate, boolean[] digit, DoubleArrayAutomaton automaton, Node[] nodes, int terms,
            int exemptions) {
        this.translate = translate;
        this.digit = digit;
        this.automaton = automaton;
        this.nodes = nodes;
        this.terms = terms;
        this.exemptions = exemptions;
    }

    /**
     * Builds the matcher. Terms that fold to the same form are one term: the first BLOCK wins over REVIEW,
     * otherwise the first given. Terms or phrases that fold to nothing are ignored.
     */
    public static LexiconMatcher build(TextNormalizer normalizer, Collection<Term> terms, Collection<String> exemptions) {
        Map<String, Node> byKey = new HashMap<>(Math.max(16, (terms.size() + exemptions.size()) * 2));
        int termCount = 0;
        for (Term term : terms) {
            String key = normalizer.normalize(term.term());
            if (key.isEmpty()) {
                continue;
            }
            Node node = byKey.get(key);
            if (node == null) {
                byKey.put(key, new Node(key, term, false));
                termCount++;
            } else if (node.term == null) {
                node.term = term;
                termCount++;
            } else if (node.term.severity() == Severity.REVIEW && term.severity() == Severity.BLOCK) {
                node.term = term;
            }
        }
        int exemptionCount = 0;
        for (String phrase : exemptions) {
            String key = normalizer.normalize(phrase);
            if (key.isEmpty()) {
                continue;
            }
            Node node = byKey.computeIfAbsent(key, k -> new Node(k, null, false));
            if (!node.exempt) {
                node.exempt = true;
                exemptionCount++;
            }
        }
        Node[] nodes = byKey.values().toArray(new Node[0]);

        // the alphabet: every character of a key, the most frequent first so that the double array stays dense;
        // the digits always, so that the number rule can see them
        int[] frequency = new int[Character.MAX_VALUE + 1];
        for (Node node : nodes) {
            for (int i = 0; i < node.key.length(); i++) {
                frequency[node.key.charAt(i)]++;
            }
        }
        for (char d = '0'; d <= '9'; d++) {
            frequency[d]++;
        }
        int distinct = 0;
        for (int f : frequency) {
            distinct += f > 0 ? 1 : 0;
        }
        long[] ranked = new long[distinct];
        int r = 0;
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            if (frequency[c] > 0) {
                ranked[r++] = ((long) (Integer.MAX_VALUE - frequency[c]) << 16) | c;
            }
        }
        Arrays.sort(ranked);
        char[] code = new char[Character.MAX_VALUE + 1];
        for (int i = 0; i < ranked.length; i++) {
            code[(int) (ranked[i] & 0xFFFF)] = (char) (i + 1);
        }
        boolean[] digit = new boolean[distinct + 1];
        for (char d = '0'; d <= '9'; d++) {
            digit[code[d]] = true;
        }
        char[] translate = new char[Character.MAX_VALUE + 1];
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            char folded = normalizer.fold((char) c);
            translate[c] = folded == TextNormalizer.DROP ? TextNormalizer.DROP : code[folded];
        }

        char[][] keys = new char[nodes.length][];
        for (int i = 0; i < nodes.length; i++) {
            String key = nodes[i].key;
            char[] codes = new char[key.length()];
            for (int j = 0; j < codes.length; j++) {
                codes[j] = code[key.charAt(j)];
            }
            keys[i] = codes;
            nodes[i].length = codes.length;
            nodes[i].digitStart = digit[codes[0]];
            nodes[i].digitEnd = digit[codes[codes.length - 1]];
        }
        DoubleArrayAutomaton automaton = DoubleArrayAutomaton.build(keys, distinct);
        return new LexiconMatcher(translate, digit, automaton, nodes, termCount, exemptionCount);
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
        Hits hits = hits(text, categories, true);
        if (hits.size == 0) {
            return List.of();
        }
        hits.sort();
        List<Finding> findings = new ArrayList<>();
        int exemptUntil = -1;
        int anyUntil = -1;
        int blockUntil = -1;
        for (int i = 0; i < hits.size; i++) {
            int end = hits.end[i];
            if (hits.kind[i] == EXEMPT) {
                exemptUntil = Math.max(exemptUntil, end);
                continue;
            }
            Term term = hits.node[i].term;
            boolean block = term.severity() == Severity.BLOCK;
            boolean exempted = exemptUntil >= end;
            boolean covered = block ? blockUntil >= end : anyUntil >= end;
            if (!exempted) {
                anyUntil = Math.max(anyUntil, end);
                if (block) {
                    blockUntil = Math.max(blockUntil, end);
                }
            }
            if (!exempted && !covered) {
                findings.add(finding(term, hits, i));
            }
        }
        return findings;
    }

    /**
     * Every occurrence of every term whose category {@code categories} accepts, without exemptions or the
     * overlap rule, in order of their end: what a plain multi-pattern search reports.
     */
    public List<Finding> findAll(String text, Predicate<String> categories) {
        Hits hits = hits(text, categories, false);
        List<Finding> findings = new ArrayList<>(hits.size);
        for (int i = 0; i < hits.size; i++) {
            findings.add(finding(hits.node[i].term, hits, i));
        }
        return findings;
    }

    private Finding finding(Term term, Hits hits, int i) {
        return new Finding(term.term(), term.category(), term.severity(), hits.origin[hits.start[i]],
                hits.origin[hits.end[i] - 1] + 1, term.suggestion());
    }

    /** One pass: fold, translate and run the automaton; hits in folded positions, origins kept for mapping back. */
    private Hits hits(String text, Predicate<String> categories, boolean withExemptions) {
        int n = text.length();
        Hits hits = new Hits(n);
        int[] origin = hits.origin;
        char[] codes = hits.codes;
        char[] table = translate;
        int[] base = automaton.base;
        int[] check = automaton.check;
        int[] fail = automaton.fail;
        int[] key = automaton.key;
        int[] nextOutput = automaton.nextOutput;
        int state = 0;
        int p = 0;
        for (int i = 0; i < n; i++) {
            char ch = text.charAt(i);
            char c = table[ch];
            if (c == TextNormalizer.DROP) {
                continue;
            }
            if (Character.isSurrogate(ch)) {
                if (Character.isHighSurrogate(ch) && i + 1 < n && Character.isLowSurrogate(text.charAt(i + 1))) {
                    char low = text.charAt(i + 1);
                    if (TextNormalizer.dropsCodePoint(Character.toCodePoint(ch, low))) {
                        i++;
                        continue;
                    }
                    origin[p] = i;
                    codes[p++] = c;
                    state = c == OTHER ? 0 : automaton.step(state, c);
                    if (state != 0) {
                        collect(hits, state, p, key, nextOutput, categories, withExemptions);
                    }
                    i++;
                    ch = low;
                    c = table[low];
                } else {
                    continue;
                }
            }
            origin[p] = i;
            codes[p++] = c;
            if (c == OTHER) {
                state = 0;
                continue;
            }
            int t = base[state] + c;
            while (check[t] != state) {
                if (state == 0) {
                    t = 0;
                    break;
                }
                state = fail[state];
                t = base[state] + c;
            }
            state = t;
            if (state != 0 && (key[state] >= 0 || nextOutput[state] >= 0)) {
                collect(hits, state, p, key, nextOutput, categories, withExemptions);
            }
        }
        hits.length = p;
        hits.dropSplitNumbers(digit);
        return hits;
    }

    private void collect(Hits hits, int state, int end, int[] key, int[] nextOutput, Predicate<String> categories,
            boolean withExemptions) {
        for (int s = key[state] >= 0 ? state : nextOutput[state]; s >= 0; s = nextOutput[s]) {
            Node node = nodes[key[s]];
            int start = end - node.length;
            if (withExemptions && node.exempt) {
                hits.add(start, end, EXEMPT, node);
            }
            if (node.term != null && categories.test(node.term.category())) {
                hits.add(start, end, node.term.severity().ordinal(), node);
            }
        }
    }

    private static final class Node {

        final String key;
        Term term;
        boolean exempt;
        int length;
        boolean digitStart;
        boolean digitEnd;

        Node(String key, Term term, boolean exempt) {
            this.key = key;
            this.term = term;
            this.exempt = exempt;
        }
    }

    /** Hits in parallel arrays: scans of long texts find thousands, so no object per hit until it is a finding. */
    private static final class Hits {

        final int[] origin;
        final char[] codes;
        int length;
        int[] start = new int[8];
        int[] end = new int[8];
        int[] kind = new int[8];
        Node[] node = new Node[8];
        int size;

        Hits(int textLength) {
            origin = new int[textLength];
            codes = new char[textLength];
        }

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

        /** Drops hits that begin or end with a digit inside a longer number. */
        void dropSplitNumbers(boolean[] digit) {
            int kept = 0;
            for (int i = 0; i < size; i++) {
                Node n = node[i];
                boolean split = (n.digitStart && start[i] > 0 && digit[codes[start[i] - 1]])
                        || (n.digitEnd && end[i] < length && digit[codes[end[i]]]);
                if (!split) {
                    start[kept] = start[i];
                    end[kept] = end[i];
                    kind[kept] = kind[i];
                    node[kept++] = n;
                }
            }
            size = kept;
        }

        /** By start; at the same start the longest first, and an exemption before a term of the same span. */
        void sort() {
            int[] indexes = new int[size];
            if (length < (1 << 30) && size < (1 << 23)) {
                // packed: start (30 bits), 255 - length (8 bits), kind + 1 (2 bits), index (23 bits)
                long[] order = new long[size];
                for (int i = 0; i < size; i++) {
                    order[i] = ((long) start[i] << 33) | ((long) (255 - Math.min(end[i] - start[i], 255)) << 25)
                            | ((long) (kind[i] + 1) << 23) | i;
                }
                Arrays.sort(order);
                for (int i = 0; i < size; i++) {
                    indexes[i] = (int) (order[i] & 0x7FFFFF);
                }
            } else {
                Integer[] boxed = new Integer[size];
                for (int i = 0; i < size; i++) {
                    boxed[i] = i;
                }
                Arrays.sort(boxed, (a, b) -> start[a] != start[b] ? Integer.compare(start[a], start[b])
                        : end[a] != end[b] ? Integer.compare(end[b], end[a]) : Integer.compare(kind[a], kind[b]));
                for (int i = 0; i < size; i++) {
                    indexes[i] = boxed[i];
                }
            }
            int[] s = new int[size];
            int[] e = new int[size];
            int[] k = new int[size];
            Node[] n = new Node[size];
            for (int i = 0; i < size; i++) {
                int j = indexes[i];
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
