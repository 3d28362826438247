package io.lightningops.risk.bench;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.github.houbb.sensitive.word.bs.SensitiveWordBs;
import com.github.houbb.sensitive.word.support.ignore.SensitiveWordCharIgnores;
import com.hankcs.algorithm.AhoCorasickDoubleArrayTrie;

import toolgood.words.IllegalWordsSearch;

import io.lightningops.risk.scan.LexiconMatcher;
import io.lightningops.risk.scan.TextNormalizer;

/** The scanners under comparison, each built from the same lexicon, configured as the report states. */
final class Peers {

    private Peers() {
    }

    /** Ours: folding (width, case, traditional, separators) + one Aho–Corasick pass + exemptions and overlap rule. */
    static LexiconMatcher ours(TextNormalizer normalizer, BenchData data) {
        return LexiconMatcher.build(normalizer, data.terms, data.exemptions);
    }

    /**
     * com.github.houbb:sensitive-word with its normalizations on: case, width, number style, traditional
     * characters, English letter styles, and special characters ignored inside words. Its own dictionaries and
     * its number/email/URL detectors are off, so it looks for exactly our lexicon.
     */
    static SensitiveWordBs sensitiveWord(BenchData data) {
        List<String> words = data.words;
        return SensitiveWordBs.newInstance()
                .wordDeny(() -> words)
                .wordAllow(List::of)
                .ignoreCase(true)
                .ignoreWidth(true)
                .ignoreNumStyle(true)
                .ignoreChineseStyle(true)
                .ignoreEnglishStyle(true)
                .ignoreRepeat(false)
                .charIgnore(SensitiveWordCharIgnores.specialChars())
                .enableWordCheck(true)
                .enableNumCheck(false)
                .enableEmailCheck(false)
                .enableUrlCheck(false)
                .enableIpv4Check(false)
                .init();
    }

    /**
     * io.github.toolgood:toolgood-words IllegalWordsSearch with its skip-character filter, full-width (DBC) and
     * case folding on; its repeated-character filter off, as ours has none.
     */
    static IllegalWordsSearch toolgood(BenchData data) {
        IllegalWordsSearch search = new IllegalWordsSearch();
        search.UseSkipWordFilter = true;
        search.UseDBCcaseConverter = true;
        search.UseIgnoreCase = true;
        search.UseDuplicateWordFilter = false;
        search.SetKeywords(data.words);
        return search;
    }

    /**
     * The library alternative to our automaton: the same folding, then com.hankcs's automaton over the folded
     * text (terms folded likewise). What LexiconMatcher would be with the library's matching.
     */
    static final class HankcsFolded {

        private final TextNormalizer normalizer;
        private final AhoCorasickDoubleArrayTrie<String> trie;

        HankcsFolded(TextNormalizer normalizer, BenchData data) {
            this.normalizer = normalizer;
            Map<String, String> map = new HashMap<>(data.words.size() * 2);
            for (String word : data.words) {
                String key = normalizer.normalize(word);
                if (!key.isEmpty()) {
                    map.putIfAbsent(key, word);
                }
            }
            for (String phrase : data.exemptions) {
                map.putIfAbsent(normalizer.normalize(phrase), phrase);
            }
            trie = new AhoCorasickDoubleArrayTrie<>();
            trie.build(map);
        }

        /** Hits as (folded start, folded end, term), mapped back to offsets in the text. */
        List<int[]> scan(String text) {
            TextNormalizer.Folded folded = normalizer.fold(text);
            List<int[]> hits = new java.util.ArrayList<>();
            trie.parseText(folded.toString(), (AhoCorasickDoubleArrayTrie.IHit<String>) (begin, end, term) ->
                    hits.add(new int[] {folded.startOf(begin), folded.endOf(end)}));
            return hits;
        }
    }

    /** com.hankcs:aho-corasick-double-array-trie over the raw terms, no normalization: the ceiling. */
    static AhoCorasickDoubleArrayTrie<String> hankcs(BenchData data) {
        Map<String, String> map = new HashMap<>(data.words.size() * 2);
        for (String word : data.words) {
            map.put(word, word);
        }
        AhoCorasickDoubleArrayTrie<String> trie = new AhoCorasickDoubleArrayTrie<>();
        trie.build(map);
        return trie;
    }
}
