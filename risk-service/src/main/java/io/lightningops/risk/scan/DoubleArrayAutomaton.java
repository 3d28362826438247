package io.lightningops.risk.scan;

import java.util.Arrays;

/**
 * An Aho–Corasick automaton in a double array, over keys already translated into dense codes
 * {@code 1..alphabet} (code 0 is "no key has this character" and is never looked up here).
 * <p>
 * Why not com.hankcs's AhoCorasickDoubleArrayTrie, which this mirrors: its builder goes through a trie of
 * objects with a TreeMap per state and needs 0.5–1.2 s for the 65k-term benchmark lexicon; building
 * straight from the sorted keys into primitive arrays takes a fraction of that (see risk-benchmarks), and
 * scanning is the same two array reads per character. States: the root is 0; {@code check[t]} is the parent
 * of state {@code t}; a transition from {@code s} on code {@code c} goes to {@code base[s] + c} when
 * {@code check[base[s] + c] == s}.
 */
final class DoubleArrayAutomaton {

    private static final int FREE = -1;
    private static final int ROOT_CHECK = -2;

    final int[] base;
    final int[] check;
    final int[] fail;
    /** The key that ends in a state, or -1. */
    final int[] key;
    /** The nearest state on the failure chain in which a key ends, or -1. */
    final int[] nextOutput;

    private DoubleArrayAutomaton(int[] base, int[] check, int[] fail, int[] key, int[] nextOutput) {
        this.base = base;
        this.check = check;
        this.fail = fail;
        this.key = key;
        this.nextOutput = nextOutput;
    }

    /**
     * Builds the automaton of {@code keys} (distinct, non-empty, codes in {@code 1..alphabet}); the key of a
     * state is its index in {@code keys}.
     */
    static DoubleArrayAutomaton build(char[][] keys, int alphabet) {
        return new Builder(keys, alphabet).build();
    }

    /** The state after {@code s} reads {@code code} (>= 1), following failure links. */
    int step(int s, int code) {
        int t = base[s] + code;
        while (check[t] != s) {
            if (s == 0) {
                return 0;
            }
            s = fail[s];
            t = base[s] + code;
        }
        return t;
    }

    private static final class Builder {

        private final char[][] keys;
        private final int alphabet;
        private int[] base;
        private int[] check;
        private boolean[] usedBase;
        private int[] outputKey;
        private int nextCheckPos;
        private int size;

        Builder(char[][] keys, int alphabet) {
            this.keys = keys;
            this.alphabet = alphabet;
            int capacity = Math.max(1024, keys.length * 4 + alphabet + 1);
            base = new int[capacity];
            check = new int[capacity];
            Arrays.fill(check, FREE);
            usedBase = new boolean[capacity];
            outputKey = new int[capacity];
            Arrays.fill(outputKey, -1);
        }

        DoubleArrayAutomaton build() {
            Integer[] sorted = new Integer[keys.length];
            for (int i = 0; i < sorted.length; i++) {
                sorted[i] = i;
            }
            Arrays.sort(sorted, (a, b) -> Arrays.compare(keys[a], keys[b]));
            int[] order = new int[keys.length];
            for (int i = 0; i < order.length; i++) {
                order[i] = sorted[i];
            }

            // breadth first from the root: each state covers the run of sorted keys that share its prefix
            int[] queueState = new int[Math.max(16, keys.length)];
            int[] queueLo = new int[queueState.length];
            int[] queueHi = new int[queueState.length];
            int[] queueDepth = new int[queueState.length];
            int head = 0;
            int tail = 0;
            check[0] = ROOT_CHECK;
            size = 1;
            queueState[tail] = 0;
            queueLo[tail] = 0;
            queueHi[tail] = order.length;
            queueDepth[tail++] = 0;
            int[] codes = new int[alphabet + 1];
            int[] childLo = new int[alphabet + 1];
            int[] childHi = new int[alphabet + 1];
            while (head < tail) {
                int state = queueState[head];
                int lo = queueLo[head];
                int hi = queueHi[head];
                int depth = queueDepth[head++];
                int i = lo;
                if (i < hi && keys[order[i]].length == depth) {
                    outputKey[state] = order[i];
                    i++;
                }
                int children = 0;
                while (i < hi) {
                    int code = keys[order[i]][depth];
                    int j = i + 1;
                    while (j < hi && keys[order[j]][depth] == code) {
                        j++;
                    }
                    codes[children] = code;
                    childLo[children] = i;
                    childHi[children++] = j;
                    i = j;
                }
                if (children == 0) {
                    continue;
                }
                int begin = findBase(codes, children);
                base[state] = begin;
                if (tail + children > queueState.length) {
                    int capacity = Math.max(queueState.length * 2, tail + children);
                    queueState = Arrays.copyOf(queueState, capacity);
                    queueLo = Arrays.copyOf(queueLo, capacity);
                    queueHi = Arrays.copyOf(queueHi, capacity);
                    queueDepth = Arrays.copyOf(queueDepth, capacity);
                }
                for (int c = 0; c < children; c++) {
                    int child = begin + codes[c];
                    check[child] = state;
                    size = Math.max(size, child + 1);
                    queueState[tail] = child;
                    queueLo[tail] = childLo[c];
                    queueHi[tail] = childHi[c];
                    queueDepth[tail++] = depth + 1;
                }
            }

            // every base + code must be readable without a bounds check
            int length = size + alphabet + 1;
            for (int s = 0; s < size; s++) {
                length = Math.max(length, base[s] + alphabet + 1);
            }
            ensure(length);
            int[] finalBase = Arrays.copyOf(base, length);
            int[] finalCheck = Arrays.copyOf(check, length);
            int[] finalKey = Arrays.copyOf(outputKey, length);
            int[] fail = new int[length];
            int[] nextOutput = new int[length];
            Arrays.fill(nextOutput, -1);
            // failure links in breadth-first order, so a state's parent and shorter suffixes are done first
            for (int q = 1; q < tail; q++) {
                int t = queueState[q];
                int parent = finalCheck[t];
                int code = t - finalBase[parent];
                int f;
                if (parent == 0) {
                    f = 0;
                } else {
                    f = fail[parent];
                    while (true) {
                        int u = finalBase[f] + code;
                        if (finalCheck[u] == f) {
                            f = u;
                            break;
                        }
                        if (f == 0) {
                            break;
                        }
                        f = fail[f];
                    }
                }
                fail[t] = f;
                nextOutput[t] = finalKey[f] >= 0 ? f : nextOutput[f];
            }
            return new DoubleArrayAutomaton(finalBase, finalCheck, fail, finalKey, nextOutput);
        }

        /** The first base at which every child slot is free (darts' first-fit search with its skip heuristic). */
        private int findBase(int[] codes, int children) {
            int first = codes[0];
            int last = codes[children - 1];
            int pos = Math.max(first + 1, nextCheckPos) - 1;
            int occupied = 0;
            boolean firstFree = true;
            int begin;
            outer:
            while (true) {
                pos++;
                ensure(pos + 1);
                if (check[pos] != FREE) {
                    occupied++;
                    continue;
                }
                if (firstFree) {
                    nextCheckPos = pos;
                    firstFree = false;
                }
                begin = pos - first;
                ensure(begin + last + 1);
                if (usedBase[begin]) {
                    continue;
                }
                for (int c = 1; c < children; c++) {
                    if (check[begin + codes[c]] != FREE) {
                        continue outer;
                    }
                }
                break;
            }
            // where the array is nearly full, later searches start past it
            if (occupied >= 0.95 * (pos - nextCheckPos + 1)) {
                nextCheckPos = pos;
            }
            usedBase[begin] = true;
            return begin;
        }

        private void ensure(int length) {
            if (length <= check.length) {
                return;
            }
            int capacity = Math.max(length, check.length + (check.length >> 1));
            base = Arrays.copyOf(base, capacity);
            int old = check.length;
            check = Arrays.copyOf(check, capacity);
            Arrays.fill(check, old, capacity, FREE);
            usedBase = Arrays.copyOf(usedBase, capacity);
            outputKey = Arrays.copyOf(outputKey, capacity);
            Arrays.fill(outputKey, old, capacity, -1);
        }
    }
}
