package io.lightningops.risk.scan;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;

/**
 * Folds text into the form that lexicon terms are matched in, undoing what evaders do, and remembers for
 * each folded character where it came from in the text as sent.
 * <ul>
 * <li>width and compatibility forms: Unicode NFKC of each character (the JDK's tables), so {@code ＮＯ．１},
 * {@code ①} and half-width katakana fold to their plain forms;</li>
 * <li>letter case: lower case;</li>
 * <li>traditional characters: the simplified character of OpenCC's {@code TSCharacters} table (shipped in
 * {@code com.github.houbb:opencc4j}), so {@code 國家級} folds to {@code 国家级};</li>
 * <li>separators: white space, zero-width and other format characters, combining marks, variation
 * selectors, punctuation and symbols (emoji included) are dropped, so {@code 最*佳}, {@code 最 佳},
 * {@code 最　佳} and {@code 最\u200B佳} all fold to {@code 最佳}. Two exceptions: line breaks are kept (a
 * term never spans two lines) and {@code %}/{@code ‰} are kept because they carry meaning ({@code 100%}
 * is a claim, {@code 100} is not).</li>
 * </ul>
 * Every rule maps one UTF-16 unit to at most one, so the whole fold is a single table of 64k entries built
 * once; folding a text is one lookup per character. Characters outside the BMP (emoji, rare ideographs) are
 * dropped when they are symbols and kept unchanged otherwise. The class is immutable and thread-safe.
 */
public final class TextNormalizer {

    /** Marks a character that folding drops. U+FFFF is a noncharacter, so no text needs it as itself. */
    private static final char DROP = '\uFFFF';
    private static final String TRADITIONAL_TO_SIMPLIFIED = "data/dictionary/TSCharacters.txt";

    private final char[] fold;

    private TextNormalizer(char[] fold) {
        this.fold = fold;
    }

    /** Builds the folding table (about 50 ms; build one and share it). */
    public static TextNormalizer create() {
        char[] simplified = loadTraditionalToSimplified();
        char[] fold = new char[Character.MAX_VALUE + 1];
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            fold[c] = foldOne((char) c, simplified);
        }
        return new TextNormalizer(fold);
    }

    private static char foldOne(char c, char[] simplified) {
        if (c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029') {
            return '\n';
        }
        if (Character.isSurrogate(c)) {
            return c;
        }
        if (c == DROP) {
            return DROP;
        }
        char folded = c;
        String nfkc = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFKC);
        if (nfkc.length() == 1) {
            folded = nfkc.charAt(0);
        }
        if (isSeparator(c) && isSeparator(folded)) {
            return DROP;
        }
        folded = Character.toLowerCase(folded);
        char simple = simplified[folded];
        return simple != 0 ? simple : folded;
    }

    private static boolean isSeparator(char c) {
        if (c == '%' || c == '‰') {
            return false;
        }
        return isSeparatorType(Character.getType(c));
    }

    private static boolean isSeparatorType(int type) {
        return switch (type) {
            case Character.SPACE_SEPARATOR, Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR,
                    Character.CONTROL, Character.FORMAT, Character.NON_SPACING_MARK, Character.ENCLOSING_MARK,
                    Character.CONNECTOR_PUNCTUATION, Character.DASH_PUNCTUATION, Character.START_PUNCTUATION,
                    Character.END_PUNCTUATION, Character.INITIAL_QUOTE_PUNCTUATION, Character.FINAL_QUOTE_PUNCTUATION,
                    Character.OTHER_PUNCTUATION, Character.MATH_SYMBOL, Character.CURRENCY_SYMBOL,
                    Character.MODIFIER_SYMBOL, Character.OTHER_SYMBOL -> true;
            default -> false;
        };
    }

    private static char[] loadTraditionalToSimplified() {
        char[] table = new char[Character.MAX_VALUE + 1];
        InputStream data = TextNormalizer.class.getClassLoader().getResourceAsStream(TRADITIONAL_TO_SIMPLIFIED);
        if (data == null) {
            throw new IllegalStateException(TRADITIONAL_TO_SIMPLIFIED + " (from com.github.houbb:opencc4j) is not on the class path");
        }
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(data, StandardCharsets.UTF_8))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                int tab = line.indexOf('\t');
                // only 1:1 mappings within the BMP keep offsets simple; the first candidate is OpenCC's choice
                if (tab == 1 && line.length() > 2 && !Character.isSurrogate(line.charAt(2)) && line.charAt(0) != line.charAt(2)) {
                    table[line.charAt(0)] = line.charAt(2);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return table;
    }

    /** The folded form of a lexicon term or phrase: what it is stored and compared as. */
    public String normalize(CharSequence text) {
        Folded folded = fold(text);
        return new String(folded.chars, 0, folded.length);
    }

    /** Folds {@code text}, keeping for each folded character its offset in {@code text}. */
    public Folded fold(CharSequence text) {
        int n = text.length();
        char[] out = new char[n];
        int[] origin = new int[n];
        int length = 0;
        char[] table = fold;
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            char f = table[c];
            if (f == DROP) {
                continue;
            }
            if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(text.charAt(i + 1))) {
                char low = text.charAt(i + 1);
                int type = Character.getType(Character.toCodePoint(c, low));
                if (!isSeparatorType(type)) {
                    out[length] = c;
                    origin[length++] = i;
                    out[length] = low;
                    origin[length++] = i + 1;
                }
                i++;
                continue;
            }
            if (Character.isSurrogate(c)) {
                continue;
            }
            out[length] = f;
            origin[length++] = i;
        }
        return new Folded(out, origin, length);
    }

    /**
     * A folded text: {@code chars[0..length)} with {@code origin[i]} the offset in the original text of
     * {@code chars[i]}. A match of folded characters {@code [s, e)} covers the original {@code [origin[s], origin[e-1]+1)}.
     */
    public static final class Folded {

        final char[] chars;
        final int[] origin;
        final int length;

        Folded(char[] chars, int[] origin, int length) {
            this.chars = chars;
            this.origin = origin;
            this.length = length;
        }

        public int length() {
            return length;
        }

        public int startOf(int foldedStart) {
            return origin[foldedStart];
        }

        public int endOf(int foldedEnd) {
            return origin[foldedEnd - 1] + 1;
        }

        @Override
        public String toString() {
            return new String(chars, 0, length);
        }
    }
}
