package io.lightningops.risk.scan;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Predicate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.jboss.logging.Logger;

import io.quarkus.runtime.StartupEvent;

import io.lightningops.risk.repository.LexiconSnapshots;

/**
 * Scans text against the lexicon in the database. Replicas share only the database, so each scan reads
 * the lexicon revision (one row); when it has moved past the matcher's, one thread rebuilds the matcher
 * off to the side while the others wait for it (single flight), and the new immutable matcher replaces
 * the old in one atomic swap. A scan therefore always sees the lexicon as of a committed revision no older
 * than the one it read, and never a half-built matcher.
 */
@ApplicationScoped
public class Scanner {

    /** Negative comment keywords: for comment monitoring only, never reported by content scans. */
    public static final String NEGATIVE = "NEGATIVE";

    private static final Logger LOG = Logger.getLogger(Scanner.class);
    private static final Predicate<String> CONTENT = category -> !NEGATIVE.equals(category);
    private static final Predicate<String> NEGATIVE_ONLY = NEGATIVE::equals;

    private final LexiconSnapshots lexicon;
    private final TextNormalizer normalizer;
    private final AtomicReference<Built> current = new AtomicReference<>();
    private final ReentrantLock rebuilding = new ReentrantLock();

    public Scanner(LexiconSnapshots lexicon) {
        this.lexicon = lexicon;
        this.normalizer = TextNormalizer.create();
    }

    /**
     * Builds the matcher at startup, so that the first scan does not pay for it. Best effort: without the
     * database now, the first scan builds it instead.
     */
    void warmUp(@Observes StartupEvent event) {
        try {
            matcher();
        } catch (RuntimeException e) {
            LOG.warnf("Lexicon not loaded at startup (%s); the first scan will load it", e.getMessage());
        }
    }

    /** A content scan: every lexicon term except NEGATIVE ones, with the verdict of the most severe. */
    public ScanResult scan(String text) {
        return ScanResult.of(matcher().scan(text, CONTENT));
    }

    /** Content scans of several texts against one revision of the lexicon. */
    public List<ScanResult> scanAll(List<String> texts) {
        LexiconMatcher matcher = matcher();
        List<ScanResult> results = new ArrayList<>(texts.size());
        for (String text : texts) {
            results.add(ScanResult.of(matcher.scan(text, CONTENT)));
        }
        return results;
    }

    /**
     * The NEGATIVE terms of each text (comment monitoring), by the same rules as a content scan and against
     * one revision of the lexicon, so a batch of comments costs one revision check.
     */
    public List<List<Finding>> negativeTerms(List<String> texts) {
        LexiconMatcher matcher = matcher();
        List<List<Finding>> results = new ArrayList<>(texts.size());
        for (String text : texts) {
            results.add(matcher.scan(text, NEGATIVE_ONLY));
        }
        return results;
    }

    /** The folded form of a term or phrase: duplicates are judged on it. */
    public String normalize(String text) {
        return normalizer.normalize(text);
    }

    LexiconMatcher matcher() {
        long revision = lexicon.revision();
        Built built = current.get();
        if (built != null && built.revision == revision) {
            return built.matcher;
        }
        rebuilding.lock();
        try {
            built = current.get();
            if (built != null && built.revision == revision) {
                return built.matcher;
            }
            long started = System.nanoTime();
            LexiconSnapshots.Snapshot snapshot = lexicon.load();
            LexiconMatcher matcher = LexiconMatcher.build(normalizer, snapshot.terms(), snapshot.exemptions());
            current.set(new Built(snapshot.revision(), matcher));
            LOG.infof("Lexicon revision %d: %d terms, %d exemptions, matcher built in %d ms", snapshot.revision(),
                    matcher.terms(), matcher.exemptions(), (System.nanoTime() - started) / 1_000_000);
            return matcher;
        } finally {
            rebuilding.unlock();
        }
    }

    private record Built(long revision, LexiconMatcher matcher) {
    }
}
