package io.lightningops.risk.scan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LexiconMatcherTest {

    private static final TextNormalizer NORMALIZER = TextNormalizer.create();
    private static final LexiconMatcher MATCHER = LexiconMatcher.build(NORMALIZER, List.of(
            term("最", Severity.REVIEW),
            term("最佳", Severity.BLOCK),
            term("全网最佳", Severity.BLOCK),
            term("国家级", Severity.BLOCK),
            term("NO.1", Severity.BLOCK),
            term("第一", Severity.BLOCK),
            term("顶级", Severity.REVIEW),
            term("顶级品质保证", Severity.REVIEW),
            new LexiconMatcher.Term("骗子", "NEGATIVE", Severity.REVIEW, null)),
            List.of("最近", "第一件"));

    private static LexiconMatcher.Term term(String term, Severity severity) {
        return new LexiconMatcher.Term(term, "AD_LAW", severity, "换个说法");
    }

    private static List<Finding> scan(String text) {
        return MATCHER.scan(text, category -> !"NEGATIVE".equals(category));
    }

    @ParameterizedTest
    @ValueSource(strings = {"最佳", "最*佳", "最 佳", "最　佳", "最\u200B佳", "最\u200D\uFE0F佳", "最🔥佳", "最\t-\t佳"})
    void evasiveSpellingsOfATermAreFoundOverTheirWholeSpan(String evasive) {
        String text = "本店" + evasive + "咖啡";
        List<Finding> findings = scan(text);
        assertEquals(1, findings.size(), findings.toString());
        Finding finding = findings.get(0);
        assertEquals("最佳", finding.term());
        assertEquals(evasive, text.substring(finding.start(), finding.end()));
    }

    @Test
    void widthCaseAndTraditionalCharactersFold() {
        assertEquals("no1", NORMALIZER.normalize("ＮＯ．１"));
        assertEquals("国家级", NORMALIZER.normalize("國家級"));
        String text = "我们是ｎｏ．１，國家級品牌";
        List<Finding> findings = scan(text);
        assertEquals(List.of("ｎｏ．１", "國家級"), findings.stream().map(f -> text.substring(f.start(), f.end())).toList());
        assertEquals(List.of("NO.1", "国家级"), findings.stream().map(Finding::term).toList());
    }

    @Test
    void offsetsStayUtf16AfterSurrogatePairs() {
        String text = "😀𠀋👍🏽 最佳";
        Finding finding = scan(text).get(0);
        assertEquals(text.indexOf('最'), finding.start());
        assertEquals("最佳", text.substring(finding.start(), finding.end()));
    }

    @Test
    void aTermInsideAnExemptionPhraseIsDropped() {
        assertEquals(List.of(), scan("最近上新，第一件半价"));
        assertEquals(List.of("最", "第一"), scan("最近最贵，排名第一").stream().map(Finding::term).toList());
    }

    @Test
    void aFindingInsideALongerOneOfTheSameOrHigherSeverityIsDropped() {
        List<Finding> findings = scan("全网最佳");
        assertEquals(List.of("全网最佳"), findings.stream().map(Finding::term).toList());
        assertEquals(List.of("顶级品质保证"), scan("顶级品质保证").stream().map(Finding::term).toList());
    }

    @Test
    void aBlockInsideAReviewAndPartialOverlapsAreBothReported() {
        MATCHER.toString();
        LexiconMatcher matcher = LexiconMatcher.build(NORMALIZER,
                List.of(term("第一品牌", Severity.REVIEW), term("第一", Severity.BLOCK), term("品牌之王", Severity.REVIEW)),
                List.of());
        List<Finding> findings = matcher.scan("第一品牌之王", c -> true);
        assertEquals(List.of("第一品牌", "第一", "品牌之王"), findings.stream().map(Finding::term).toList());
    }

    @Test
    void aTermNeverSpansALineBreak() {
        assertEquals(List.of("最"), scan("最\n佳").stream().map(Finding::term).distinct().toList());
    }

    @Test
    void negativeTermsAreNotContentFindings() {
        assertEquals(List.of(), scan("这家是骗子"));
        assertEquals(List.of("骗子"),
                MATCHER.scan("这家是骗 子", "NEGATIVE"::equals).stream().map(Finding::term).toList());
    }

    @Test
    void aPercentSignIsPartOfATerm() {
        LexiconMatcher matcher = LexiconMatcher.build(NORMALIZER, List.of(term("100%", Severity.BLOCK)), List.of());
        assertTrue(matcher.scan("满100元减10元", c -> true).isEmpty());
        assertEquals(1, matcher.scan("100％有效", c -> true).size());
    }

    @Test
    void anEmptyLexiconFindsNothing() {
        assertEquals(List.of(), LexiconMatcher.build(NORMALIZER, List.of(), List.of()).scan("最佳", c -> true));
    }
}
