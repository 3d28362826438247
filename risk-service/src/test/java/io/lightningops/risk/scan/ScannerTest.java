package io.lightningops.risk.scan;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

import io.lightningops.risk.repository.LexiconSnapshots;

class ScannerTest {

    /** A database as another replica sees it: a revision and the terms of that revision. */
    static final class FakeLexicon extends LexiconSnapshots {

        final AtomicLong revision = new AtomicLong(1);
        final AtomicInteger loads = new AtomicInteger();
        volatile List<LexiconMatcher.Term> terms = List.of(
                new LexiconMatcher.Term("最佳", "AD_LAW", Severity.BLOCK, null),
                new LexiconMatcher.Term("骗子", "NEGATIVE", Severity.REVIEW, null));

        FakeLexicon() {
            super(null);
        }

        @Override
        public long revision() {
            return revision.get();
        }

        @Override
        public Snapshot load() {
            loads.incrementAndGet();
            long at = revision.get();
            try {
                // a slow build, so that concurrent scans pile up behind it
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return new Snapshot(at, terms, List.of("最近"));
        }
    }

    @Test
    void aMovedRevisionIsRebuiltOnceWhileConcurrentScansWaitForTheNewMatcher() throws Exception {
        FakeLexicon lexicon = new FakeLexicon();
        Scanner scanner = new Scanner(lexicon);
        assertEquals(Verdict.BLOCK, scanner.scan("最 佳").verdict());
        assertEquals(1, lexicon.loads.get());

        List<LexiconMatcher.Term> next = new ArrayList<>(lexicon.terms);
        next.add(new LexiconMatcher.Term("雷霆", "PROMO", Severity.REVIEW, null));
        lexicon.terms = next;
        lexicon.revision.incrementAndGet();

        int threads = 8;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<ScanResult>> results = new ArrayList<>();
        for (int i = 0; i < threads; i++) {
            results.add(pool.submit(() -> {
                go.await();
                return scanner.scan("雷 霆");
            }));
        }
        go.countDown();
        for (Future<ScanResult> result : results) {
            assertEquals(Verdict.REVIEW, result.get().verdict(), "every scan after the change sees it");
        }
        pool.shutdown();
        assertEquals(2, lexicon.loads.get(), "one rebuild for all concurrent scans");
        assertEquals(Verdict.PASS, scanner.scan("最近").verdict());
        assertEquals(2, lexicon.loads.get(), "an unchanged revision reuses the matcher");
    }

    @Test
    void negativeTermsAreOnlyReportedToCommentMonitoring() {
        Scanner scanner = new Scanner(new FakeLexicon());
        assertEquals(Verdict.PASS, scanner.scan("骗子").verdict());
        assertEquals(List.of("骗子"), scanner.negativeTerms(List.of("骗 子！最佳")).get(0).stream().map(Finding::term).toList());
    }
}
