package io.lightningops.risk.bench;

import java.util.List;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

import com.github.houbb.sensitive.word.bs.SensitiveWordBs;
import com.github.houbb.sensitive.word.support.result.WordResultHandlers;
import com.hankcs.algorithm.AhoCorasickDoubleArrayTrie;

import toolgood.words.IllegalWordsSearch;

import io.lightningops.risk.scan.LexiconMatcher;
import io.lightningops.risk.scan.TextNormalizer;

/**
 * Scan throughput over the whole corpus (one operation = every line of it scanned, reporting every
 * finding), the same lexicon for every library. Run by bench/lexicon-scan.sh; never by the build.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
public class LexiconScanBenchmark {

    private static final java.util.function.Predicate<String> ALL = category -> true;

    private List<String> texts;
    private LexiconMatcher ours;
    private SensitiveWordBs sensitiveWord;
    private IllegalWordsSearch toolgood;
    private AhoCorasickDoubleArrayTrie<String> hankcs;
    private Peers.HankcsFolded hankcsFolded;

    @Setup(Level.Trial)
    public void setUp() {
        BenchData data = BenchData.load();
        texts = data.texts;
        TextNormalizer normalizer = TextNormalizer.create();
        ours = Peers.ours(normalizer, data);
        hankcsFolded = new Peers.HankcsFolded(normalizer, data);
        sensitiveWord = Peers.sensitiveWord(data);
        toolgood = Peers.toolgood(data);
        hankcs = Peers.hankcs(data);
    }

    @Benchmark
    public void lightningScan(Blackhole sink) {
        for (String text : texts) {
            sink.consume(ours.scan(text, ALL));
        }
    }

    @Benchmark
    public void sensitiveWord(Blackhole sink) {
        for (String text : texts) {
            sink.consume(sensitiveWord.findAll(text, WordResultHandlers.raw()));
        }
    }

    @Benchmark
    public void toolgood(Blackhole sink) {
        for (String text : texts) {
            sink.consume(toolgood.FindAll(text));
        }
    }

    /** Our folding with the library's automaton instead of ours: what our own automaton has to beat. */
    @Benchmark
    public void hankcsWithOurFolding(Blackhole sink) {
        for (String text : texts) {
            sink.consume(hankcsFolded.scan(text));
        }
    }

    @Benchmark
    public void hankcsNoNormalization(Blackhole sink) {
        for (String text : texts) {
            sink.consume(hankcs.parseText(text));
        }
    }
}
