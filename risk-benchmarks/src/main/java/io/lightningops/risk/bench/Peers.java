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
