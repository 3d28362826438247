package io.lightningops.risk.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.lightningops.risk.scan.LexiconMatcher;
import io.lightningops.risk.scan.Severity;

/**
 * The benchmark's lexicon and corpus, the same for every library: the 65k-term houbb dictionary plus the
 * service's own Advertising-Law terms (read from its seed migration, so they never drift), and
 * 红楼梦 plus generated ad copy, cut into its lines as texts are scanned one by one in production.
 * <p>
 * The data folder is {@code ../shared/data} relative to the repository root, or the system property
 * {@value #DATA_PROPERTY}.
 */
public final class BenchData {

    public static final String DATA_PROPERTY = "lightning.bench.data";
    static final String LEXICON = "lexicons/houbb-dict-v20240407.txt";
    static final String CORPUS = "corpus/hongloumeng.txt";
    private static final String SEED = "db/migration/V2_1__advertising_law_lexicon.sql";
    private static final Pattern SEED_TERM = Pattern.compile("^\\('([^']+)', '([A-Z_]+)', '(BLOCK|REVIEW)', (?:'([^']*)'|NULL)\\),?;?$");
    private static final Pattern SEED_EXEMPTION = Pattern.compile("^\\('([^']+)', '[^']*'\\)[,;]$");

    /** Terms in lexicon order: the Advertising-Law terms, then the dictionary (SENSITIVE, REVIEW). */
    public final List<LexiconMatcher.Term> terms;
    /** The terms' spellings, for the peers, which know no categories. */
    public final List<String> words;
    public final List<String> exemptions;
    /** The corpus, a line a text. */
    public final List<String> texts;
    public final long corpusBytes;
    public final int dictionaryTerms;
    public final int adLawTerms;

    private BenchData(List<LexiconMatcher.Term> terms, List<String> exemptions, List<String> texts, int dictionaryTerms,
            int adLawTerms) {
        this.terms = terms;
        this.words = terms.stream().map(LexiconMatcher.Term::term).toList();
        this.exemptions = exemptions;
        this.texts = texts;
        this.corpusBytes = texts.stream().mapToLong(t -> t.getBytes(StandardCharsets.UTF_8).length + 1L).sum();
        this.dictionaryTerms = dictionaryTerms;
        this.adLawTerms = adLawTerms;
    }

    public static BenchData load() {
        Path data = dataFolder();
        List<String> seedLines = seedLines();
        Map<String, LexiconMatcher.Term> terms = new LinkedHashMap<>();
        List<String> exemptions = new ArrayList<>();
        int adLaw = 0;
        for (String line : seedLines) {
            Matcher term = SEED_TERM.matcher(line.strip());
            if (term.matches() && term.group(2).equals("AD_LAW")) {
                terms.putIfAbsent(term.group(1), new LexiconMatcher.Term(term.group(1), "AD_LAW",
                        Severity.valueOf(term.group(3)), term.group(4)));
                adLaw++;
                continue;
            }
            Matcher exemption = SEED_EXEMPTION.matcher(line.strip());
            if (exemption.matches()) {
                exemptions.add(exemption.group(1));
            }
        }
        int dictionary = 0;
        for (String line : read(data.resolve(LEXICON))) {
            String word = line.strip();
            if (!word.isEmpty()) {
                dictionary++;
                terms.putIfAbsent(word, new LexiconMatcher.Term(word, "SENSITIVE", Severity.REVIEW, null));
            }
        }
        List<String> texts = new ArrayList<>();
        for (String line : read(data.resolve(CORPUS))) {
            if (!line.isBlank()) {
                texts.add(line);
            }
        }
        texts.addAll(adCopy(new ArrayList<>(terms.values()).subList(0, adLaw), 4000));
        return new BenchData(List.copyOf(terms.values()), List.copyOf(exemptions), List.copyOf(texts), dictionary, adLaw);
    }

    static Path dataFolder() {
        String configured = System.getProperty(DATA_PROPERTY);
        Path folder;
        if (configured != null && !configured.isBlank()) {
            folder = Path.of(configured);
        } else {
            Path root = repositoryRoot();
            folder = root.resolve("../shared/data").normalize();
        }
        for (String file : List.of(LEXICON, CORPUS)) {
            if (!Files.isReadable(folder.resolve(file))) {
                throw new IllegalStateException("Benchmark data missing: " + folder.resolve(file).toAbsolutePath()
                        + " is not readable. Put the shared data at ../shared/data next to the repository, or pass "
                        + "-D" + DATA_PROPERTY + "=/path/to/data (a folder holding " + LEXICON + " and " + CORPUS + ")");
            }
        }
        return folder;
    }

    /** The folder with the root pom.xml and risk-service, found upwards from the working directory. */
    private static Path repositoryRoot() {
        Path dir = Path.of(System.getProperty("user.dir")).toAbsolutePath();
        for (Path d = dir; d != null; d = d.getParent()) {
            if (Files.isRegularFile(d.resolve("pom.xml")) && Files.isDirectory(d.resolve("risk-service"))) {
                return d;
            }
        }
        throw new IllegalStateException("Cannot find the repository root above " + dir + "; run from the repository, or pass -D"
                + DATA_PROPERTY + "=/path/to/data");
    }

    private static List<String> read(Path file) {
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> seedLines() {
        try (InputStream seed = BenchData.class.getClassLoader().getResourceAsStream(SEED)) {
            if (seed == null) {
                throw new IllegalStateException(SEED + " of risk-service is not on the class path");
            }
            return new String(seed.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Deterministic ad copy: product lines with Advertising-Law terms, a fifth of them spelled evasively
     * (spaces, symbols or zero-width characters inside, full-width letters), and clean lines.
     */
    static List<String> adCopy(List<LexiconMatcher.Term> adLaw, int lines) {
        String[] products = {"闪电冷萃咖啡", "云朵面膜", "轻盈跑鞋", "山野蜂蜜", "极光耳机", "青柠气泡水", "羊绒围巾", "智能台灯"};
        String[] clean = {"今天给大家分享一个宝藏好物，", "最近上新，第二件半价，", "第一时间发货，七天无理由退换，",
                "口感顺滑，回味清甜，", "适合通勤和周末出游，", "点击左下角小黄车下单，"};
        String[] evasions = {" ", "*", "\u200B", "　", "·"};
        Random random = new Random(20261126L);
        List<String> copy = new ArrayList<>(lines);
        for (int i = 0; i < lines; i++) {
            StringBuilder line = new StringBuilder();
            line.append(clean[random.nextInt(clean.length)]).append(products[random.nextInt(products.length)]);
            if (random.nextInt(3) > 0) {
                String term = adLaw.get(random.nextInt(adLaw.size())).term();
                if (random.nextInt(5) == 0 && term.length() > 1) {
                    String separator = evasions[random.nextInt(evasions.length)];
                    term = String.join(separator, term.split(""));
                }
                line.append("，").append(term).append("的选择！");
            }
            line.append(clean[random.nextInt(clean.length)]).append("ＮＯ．").append(random.nextInt(20));
            copy.add(line.toString());
        }
        return copy;
    }
}
