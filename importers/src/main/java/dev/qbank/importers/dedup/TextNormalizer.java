package dev.qbank.importers.dedup;

import dev.qbank.model.LatinLetters;
import java.text.BreakIterator;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.IntPredicate;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Folds the spellings of a question that do not change what it asks: full-width forms (NFKC), case, traditional
 * characters, "1×1" / "1x1" / "1*1", and punctuation. Clause punctuation (？。，；！：) becomes {@value #CLAUSE} so
 * the analyser can still tell the first ask from follow-on asks; other punctuation becomes a space, and spaces
 * survive only between two Latin words or numbers ("batch norm", not "relu 函数"). Latin letters with diacritics are
 * their base letters ("¿Qué es …?", "… là gì?", "naïve Bayes"), so Spanish, Vietnamese or French words are Latin
 * words, compared whole like English ones.
 */
public final class TextNormalizer {
    /** Marks a clause boundary in normalised text. */
    public static final char CLAUSE = '|';
    /** Opens and closes a parenthesis in normalised text: asides such as "（微调、梯度截断等）" are told apart. */
    public static final char OPEN = '⟪';
    public static final char CLOSE = '⟫';

    private TextNormalizer() {
    }

    public static String normalize(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        String out = once(text);
        // Dropping punctuation can bring a combining mark next to a new base character, and lower-casing can
        // produce one: normalise again until the text is stable, so normalising normalised text changes nothing.
        for (int round = 0; round < 3 && !Normalizer.isNormalized(out, Normalizer.Form.NFKC); round++) {
            out = once(out);
        }
        // A '+' or '#' stays or goes by its neighbours, which the pass may still change (a dropped mark or control
        // character brings two names together: "0#\u0001µ", "##"): settle them, only in the rare text holding one.
        for (int round = 0; round < 4 && (out.indexOf('+') >= 0 || out.indexOf('#') >= 0); round++) {
            String again = once(out);
            if (again.equals(out)) {
                break;
            }
            out = again;
        }
        return out;
    }

    private static String once(String text) {
        String s = Normalizer.normalize(thaiWords(text), Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        s = ChineseScript.toSimplified(s);
        StringBuilder out = new StringBuilder(s.length());
        int n = s.length();
        int end; // where a piece read whole (a shortcode, a case ending) ends
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            char prev = i > 0 ? s.charAt(i - 1) : ' ';
            char next = i + 1 < n ? s.charAt(i + 1) : ' ';
            if (isDimensionSign(c) && Character.isDigit(prev) && Character.isDigit(next)) {
                out.append('*');
            } else if (c == '√') {
                out.append("根号"); // a sign that is a word: "除以√dk" says "除以根号dk" (sqrt in English text)
            } else if ((c == '\u200C' || c == '\u200D') && (isBengali(prev) || isTamil(prev) || isDevanagari(prev))) {
                // the zero-width (non-)joiner chooses how a conjunct is drawn, not which word it is: typed or not
                continue;
            } else if (c == OPEN || c == CLOSE) {
                out.append(c); // already normalised text keeps its marks
            } else if (c == '(' || c == '[' || c == '{' || c == '【' || c == '〔') {
                out.append(OPEN);
            } else if (c == ')' || c == ']' || c == '}' || c == '】' || c == '〕') {
                out.append(CLOSE);
            } else if (c == ':' && (end = shortcodeEnd(s, i)) > 0) {
                // ":sweat_smile:", ":exploding_head:": a chat's emoji written as its name ends a sentence like one
                out.append(CLAUSE);
                i = end - 1;
            } else if (c == ':' && (end = finnishCaseEnd(s, i)) > 0) {
                // "FFT:tä", "A:lla ja B:llä": Finnish inflects an English term after a colon; the term is the word
                i = end - 1;
            } else if (c == '-' && (end = hungarianCaseEnd(s, i)) > 0) {
                // "GDPR-ben", "a DNS-t", "React-nek": Hungarian hyphenates its case ending onto an acronym or a
                // foreign name; the term is the word
                i = end - 1;
            } else if ((c == '\'' || c == '"' || c == '\u05F3' || c == '\u05F4') && isHebrew(prev) && isHebrew(next)) {
                // Hebrew's geresh and gershayim inside a word ("בלוקצ'יין", the acronym "אג\"ח") are part of it
                continue;
            } else if (c == ';' && i >= 2 && s.startsWith("tl", i - 2) && s.startsWith("dr", i + 1)) {
                out.append(' '); // "TL;DR": one chat word, not two clauses
            } else if (c == ',' && decimalComma(s, i)) {
                out.append(' '); // "2,4 GHz": a decimal comma (Norwegian, German, …) is the point of "2.4 GHz"
            } else if (c == ',' && listComma(s, i)) {
                out.append(' '); // "pointwise, pairwise and listwise ranking": one list, not three clauses
            } else if (isClausePunctuation(c)) {
                out.append(CLAUSE);
            } else if (Character.isHighSurrogate(c) && i + 1 < n && isEmoji(s.codePointAt(i))) {
                // "咋处理呀😩", "是啥意思啊😭 每次都理解错": social-media posts end a sentence with an emoji
                out.append(CLAUSE);
                i++;
            } else if (isEmoji(c)) {
                out.append(CLAUSE);
            } else if ((c == '+' || c == '#') && endsLatin(out) && !joinsTwoNames(out.charAt(out.length() - 1), next)) {
                // c++, c#, k-means++: after what was kept, not after the raw character ("##" is no name, and
                // normalising its "#" again would drop it)
                out.append(c);
            } else if (Character.isWhitespace(c) || isPunctuationOrSymbol(c) || c == '\uFE0F' || c == '\uFE0E') {
                out.append(' ');
            } else if (c == 'ß') {
                out.append("ss"); // German "Größe", "groß" are written "Grösse", "gross" too (and in Switzerland always)
            } else if (c == 'ı' || c == 'ł') {
                // Turkish dotless "ı" ("arasındaki", "çalışır") and Polish "ł" ("działa") have no base letter under
                // NFD: without this they part a word in two; banks typing without the keyboard write "i" and "l"
                out.append(c == 'ı' ? 'i' : 'l');
            } else if (c == 'ё') {
                out.append('е'); // Russian writes "ё" as "е" more often than not: "чём" / "чем" are one word
            } else if (c >= '\u0390' && c <= '\u03CE') {
                out.append(greekBase(c));
            } else if (c >= '\u0980' && c <= '\u09FF' || c >= '\u0B80' && c <= '\u0BFF') {
                char folded = bengaliOrTamilBase(c);
                if (folded != 0) {
                    out.append(folded);
                }
            } else if (c >= '\u0590' && c <= '\u06FF' || c >= '\u0900' && c <= '\u097F') {
                char folded = rtlOrIndicBase(c);
                if (folded != 0) {
                    out.append(folded);
                }
            } else {
                out.append(LatinLetters.base(c));
            }
        }
        return counts(hebrewStems(arabicStems(greekStems(cyrillicStems(americanSpellings(dimensionSigns(
                tidySpaces(out))))))));
    }

    /**
     * {@code s} with each small count before a measure word written as the Chinese numeral: "连续2次" is "连续两次", one
     * word however it is written (a swap still tells "2次" from "三次", see {@link ContrastWords}). A pass of its own
     * over the tidied text, so that what the pass drops or spaces next to a digit ("5\u0001点", "a-5点") cannot make a
     * second pass read a count the first did not: normalising stays idempotent.
     */
    private static String counts(String s) {
        StringBuilder out = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            int end = c >= '1' && c <= '9' ? countEnd(s, i) : 0;
            if (end > 0) {
                if (out == null) {
                    out = new StringBuilder(s.length()).append(s, 0, i);
                }
                out.append(COUNTS[end - i == 2 ? 10 : c - '0']);
                i = end - 1;
            } else if (out != null) {
                out.append(c);
            }
        }
        return out == null ? s : out.toString();
    }

    /** The Chinese numerals of the counts 1 to 10 ("两" before a measure word, as "两次", "两个"). */
    private static final String[] COUNTS = {"", "一", "两", "三", "四", "五", "六", "七", "八", "九", "十"};
    /** Measure words a count stands before ("2次", "3种", "4层"): not 阶 or 维, which take 二 ("二阶", "二维"). */
    private static final String MEASURE_WORDS = "次个种类层步轮倍条项点段块张组路头卡";

    /**
     * Where the digits of a count from 1 to 10 at {@code i} end when a measure word follows them and no Latin letter,
     * digit or point stands before them, spaced or not ("连续2次", "3种方法"; not "l2", "v3", "1.5倍", "12次", "20 5点");
     * else 0.
     */
    private static int countEnd(String s, int i) {
        // across spaces: "20 5点" keeps its space between digits, and "20 五点" would lose it on the next pass
        int before = i - 1;
        while (before >= 0 && s.charAt(before) == ' ') {
            before--;
        }
        char prev = before >= 0 ? s.charAt(before) : ' ';
        if (Character.isDigit(prev) || prev == '.' || isLatin(prev)) {
            return 0;
        }
        int end = s.startsWith("10", i) ? i + 2 : i + 1;
        return end < s.length() && MEASURE_WORDS.indexOf(s.charAt(end)) >= 0 ? end : 0;
    }

    /**
     * Finnish case endings an English term takes after a colon ("FFT:tä", "ECS:ssä", "A:lla ja B:llä", "JIT:n"):
     * the genitive, partitive, the six local cases, essive, translative, illative. Only after a Latin letter, a digit
     * or "%", and only a whole ending before a space or a mark ("note:see", "std::vector", "题目:a2c" stay as they
     * are).
     */
    private static final Set<String> FINNISH_CASE_ENDINGS = Set.of("n", "a", "ä", "ta", "tä",
            "na", "nä", "ssa", "ssä", "sta", "stä", "lla", "llä", "lta", "ltä", "lle", "ksi", "han", "hen", "hin", "hon",
            "hun", "hyn", "hön", "iin", "ien", "ja", "jä", "t", "ina", "inä", "ihin", "issa", "issä", "ista",
            "istä", "illa", "illä", "ille", "ineen");

    /** The end of a Finnish case ending after a term's colon at {@code i} ({@link #FINNISH_CASE_ENDINGS}), or 0. */
    static int finnishCaseEnd(String s, int i) {
        char term = i > 0 ? s.charAt(i - 1) : ' ';
        if (!isAsciiLetter(term) && !Character.isDigit(term) && term != '%') {
            return 0; // a term's last letter or digit ("UTF-16:lla", "51 %:n"); not a label's "题目:"
        }
        int end = i + 1;
        while (end < s.length() && end - i <= 6 && Character.isLetter(s.charAt(end))) {
            end++;
        }
        if (end == i + 1 || end < s.length() && Character.isLetterOrDigit(s.charAt(end))) {
            return 0;
        }
        return FINNISH_CASE_ENDINGS.contains(s.substring(i + 1, end)) ? end : 0;
    }

    /**
     * Hungarian case endings a term takes after a hyphen ("GDPR-ben", "DNS-t", "LTV-t", "React-nek", "UTC-ben",
     * "Redux-szal"), with their back and front vowel forms: accusative, inessive, illative, elative, sublative,
     * delative, superessive, dative, adessive, allative, ablative, instrumental (as written after a hyphen, and with a
     * consonant doubled), causal, terminative, translative. Only after a Latin letter or digit and only a whole ending
     * before a space or a mark (dedup25); English hyphenations ("k-means", "end-to-end", "add-on", "top-k", "top-n")
     * keep their parts: the endings that are also English ("-on", "-n", "-k", "-i") are left out.
     */
    private static final Set<String> HUNGARIAN_CASE_ENDINGS = Set.of("t", "ot", "et", "öt", "at",
            "ban", "ben", "ba", "be", "ból", "ből", "ról", "ről", "tól", "től", "ra", "re", "nak", "nek", "nál", "nél",
            "hoz", "hez", "höz", "val", "vel", "szal", "szel", "sal", "sel", "zal", "zel", "ért", "ig", "vá", "vé",
            "ön", "ja", "je", "jának", "jének", "ját", "jét", "jában", "jében");

    /** The end of a Hungarian case ending after a term's hyphen at {@code i} ({@link #HUNGARIAN_CASE_ENDINGS}), or 0. */
    static int hungarianCaseEnd(String s, int i) {
        char term = i > 0 ? s.charAt(i - 1) : ' ';
        if (!isAsciiLetter(term) && !Character.isDigit(term)) {
            return 0;
        }
        int end = i + 1;
        while (end < s.length() && end - i <= 6 && Character.isLetter(s.charAt(end))) {
            end++;
        }
        if (end == i + 1 || end < s.length() && (Character.isLetterOrDigit(s.charAt(end)) || s.charAt(end) == '-')) {
            return 0;
        }
        return HUNGARIAN_CASE_ENDINGS.contains(s.substring(i + 1, end)) ? end : 0;
    }

    /**
     * A Hebrew, Arabic or Devanagari character as its words are compared, or 0 to drop it. Hebrew and Arabic vowel
     * points and Arabic's tatweel (a stretching stroke) are dropped: banks write them rarely and never alike;
     * Hebrew's final letters are their ordinary ones; Arabic's alef with hamza or madda is alef, alef maqsura "ى" is
     * "ي", ta marbuta "ة" is "ه" (the spellings keyboards and writers mix); Devanagari's nukta is dropped ("ज़" is
     * often typed "ज") and chandrabindu is anusvara ("माँगता", "मांगता"). Their punctuation (the Arabic question mark
     * and comma, Hebrew maqaf, the danda) stays punctuation.
     */
    static char rtlOrIndicBase(char c) {
        if (c >= '\u0591' && c <= '\u05C7' && c != '\u05BE' && c != '\u05C0' && c != '\u05C3' && c != '\u05C6'
                || c >= '\u064B' && c <= '\u065F' || c == '\u0670' || c == '\u0640' || c == '\u093C') {
            return 0;
        }
        if (c >= '\u06F0' && c <= '\u06F9') {
            return (char) ('0' + (c - '\u06F0')); // Persian digits ("۳NF" is "3NF")
        }
        if (isPunctuationOrSymbol(c)) {
            return ' ';
        }
        return switch (c) {
            // Persian writes yeh and kaf with its own letters (and a final yeh without dots), Arabic with others:
            // one word either way ("کتابخانه", "كتابخانه"); its heh with a hamza above is the ezafe on a heh
            case '\u06CC', '\u06D0' -> 'ي';
            case '\u06A9' -> 'ك';
            case '\u06C0' -> 'ه';
            case 'ך' -> 'כ';
            case 'ם' -> 'מ';
            case 'ן' -> 'נ';
            case 'ף' -> 'פ';
            case 'ץ' -> 'צ';
            case 'أ', 'إ', 'آ', 'ٱ' -> 'ا';
            case 'ى', 'ئ' -> 'ي';
            case 'ؤ' -> 'و';
            case 'ة' -> 'ه';
            case '\u0901' -> '\u0902';
            default -> c;
        };
    }

    /** A Hebrew letter (final forms folded before this is asked). */
    static boolean isHebrew(char c) {
        return c >= '\u05D0' && c <= '\u05EA';
    }

    /** An Arabic letter (of Arabic, Persian and Urdu; points and tatweel are dropped; Persian digits are ASCII digits). */
    static boolean isArabic(char c) {
        return c >= '\u0620' && c <= '\u064A' || c >= '\u0671' && c <= '\u06D3';
    }

    /**
     * A Bengali or Tamil character as its words are compared, or 0 to drop it (dedup25, as {@link #rtlOrIndicBase}
     * for Devanagari): Bengali's nukta is dropped (NFKC writes "য়", "ড়", "ঢ়" as the letter and a nukta, and banks
     * type them with or without it), its chandrabindu is anusvara and its khanda ta "ৎ" is ta; Bengali and Tamil
     * digits are ASCII digits ("১০০%" is "100%"); their other signs (currency, fractions, Tamil's day and month signs)
     * are symbols. Vowel signs and the virama (Tamil's pulli) stay: they are part of the word.
     */
    static char bengaliOrTamilBase(char c) {
        if (c == '\u09BC') {
            return 0;
        }
        if (c >= '\u09E6' && c <= '\u09EF') {
            return (char) ('0' + (c - '\u09E6'));
        }
        if (c >= '\u0BE6' && c <= '\u0BEF') {
            return (char) ('0' + (c - '\u0BE6'));
        }
        if (!isBengali(c) && !isTamil(c) || isPunctuationOrSymbol(c)) {
            return ' ';
        }
        return switch (c) {
            case '\u0981' -> '\u0982';
            case '\u09CE' -> '\u09A4';
            default -> c;
        };
    }

    /** A Bengali letter, vowel sign or virama (Bengali's digits are folded to ASCII, its other signs are symbols). */
    static boolean isBengali(char c) {
        return c >= '\u0981' && c <= '\u09E3' || c == '\u09F0' || c == '\u09F1';
    }

    /** A Tamil letter, vowel sign or pulli (Tamil's digits are folded to ASCII, its number and date signs are symbols). */
    static boolean isTamil(char c) {
        return c >= '\u0B82' && c <= '\u0BD7';
    }

    /** A Devanagari letter, vowel sign, virama or digit (its danda punctuation is a clause mark). */
    static boolean isDevanagari(char c) {
        return c >= '\u0900' && c <= '\u0963' || c >= '\u0966' && c <= '\u097F';
    }

    /**
     * Arabic glues its definite article to the noun, a preposition to the article and "and" to either ("الفرق",
     * "بالفرق", "والفرق", "للوصول"): each Arabic word loses these (its "and" parted off, see {@link #prefixStems}), again while a stem of {@value #MIN_STEM} letters is left (so
     * normalising normalised text changes nothing), as a Russian word loses its case endings. Bounded: one scan for
     * an Arabic letter in any other text, a few {@code startsWith} per Arabic word.
     */
    static String arabicStems(String s) {
        return prefixStems(s, 'و', ARABIC_PREFIXES, c -> isArabic((char) c));
    }

    private static final String[] ARABIC_PREFIXES = {"بال", "كال", "فال", "لل", "ال"};

    /**
     * Hebrew glues "and", "the", "in", "to", "from", "that" and "as" to the next word ("ההבדל", "בזמן", "ולמה",
     * "שהמערכת"): each Hebrew word loses these one-letter prefixes (its "and" parted off, see {@link #prefixStems}), again while a stem of {@value #MIN_STEM} letters is
     * left (the rule of {@link #arabicStems}). A root letter that looks like a prefix goes too, alike on both sides.
     */
    static String hebrewStems(String s) {
        return prefixStems(s, 'ו', HEBREW_PREFIXES, c -> isHebrew((char) c));
    }

    private static final String[] HEBREW_PREFIXES = {"ה", "ב", "ל", "מ", "ש", "כ"};

    /**
     * Each word of {@code script} without its glued {@code prefixes}, and with its glued "and" ({@code and}) parted
     * from it as a word of its own ("ולמה" is "ו למה", "والقائمة" "و قائمة"): "and" before an ask starts a second
     * one, as in English ({@code QuestionAnalyzer.joinsAnotherAsk}), and is a filler otherwise.
     */
    private static String prefixStems(String s, char and, String[] prefixes, IntPredicate script) {
        return mapWords(s, script, word -> unprefixed(word, and, prefixes));
    }

    private static String unprefixed(String word, char and, String[] prefixes) {
        StringBuilder ands = new StringBuilder();
        int from = 0;
        boolean cut = true;
        while (cut) {
            cut = false;
            // the "and" goes only when what follows does not start with its letter too, so that the parted word is
            // parted no further when normalised again ("ווידאו" keeps its letters)
            if (word.charAt(from) == and && word.length() - from - 1 >= MIN_STEM && word.charAt(from + 1) != and) {
                ands.append(and).append(' ');
                from++;
                cut = true;
                continue;
            }
            for (String prefix : prefixes) {
                if (word.length() - from - prefix.length() >= MIN_STEM && word.startsWith(prefix, from)) {
                    from += prefix.length();
                    cut = true;
                    break;
                }
            }
        }
        return ands.isEmpty() ? word.substring(from) : ands.append(word, from, word.length()).toString();
    }

    /**
     * A Greek letter without its accent (tonos, dialytika: "διαφορά", "Γιατί" are "διαφορα", "γιατι", as banks typing
     * without the accent key write them) and final sigma as sigma ("ρόλος" ends in "σ" like "ρόλους" and the glossary's
     * spellings): Greek words are then words of one spelling each, as Latin words with their accents folded are.
     */
    static char greekBase(char c) {
        return switch (c) {
            case 'ά' -> 'α';
            case 'έ' -> 'ε';
            case 'ή' -> 'η';
            case 'ί', 'ϊ', 'ΐ' -> 'ι';
            case 'ό' -> 'ο';
            case 'ύ', 'ϋ', 'ΰ' -> 'υ';
            case 'ώ' -> 'ω';
            case 'ς' -> 'σ';
            default -> c;
        };
    }

    /** A lower-case Greek letter, accents and final sigma folded ({@link #greekBase}) before this is asked. */
    static boolean isGreek(char c) {
        return c >= 'α' && c <= 'ω';
    }

    /**
     * Case and number endings of Greek nouns and adjectives, longest first, final sigma already folded: "ρόλος",
     * "ρόλου", "ρόλο", "ρόλοι" are one word, as "διαφορά", "διαφοράς" are; a question names its subject in whatever
     * case its verb or preposition governs (the rule dedup21 made for Russian).
     */
    private static final String[] GREEK_ENDINGS = {"ουσ", "εισ", "ων", "ου", "οι", "οσ", "ασ", "εσ", "ησ", "ια", "α",
            "η", "ο", "ι", "ε", "υ"};

    /**
     * Each Greek word cut to its stem as {@link #cyrillicStems} cuts a Russian one (the same stable rule: endings
     * taken off while a stem of three letters is left). Bounded: one scan for a Greek letter in any other text.
     */
    static String greekStems(String s) {
        return stems(s, GREEK_ENDINGS, c -> isGreek((char) c));
    }

    /**
     * Thai is written without spaces between words ("BGP คืออะไรและทำงานอย่างไร"): each run of Thai letters is cut
     * into words by the JDK's dictionary-based Thai word breaker, with a space between them, so the glossary's tries
     * and the residual words see Thai words as they see Latin ones ("คือ อะไร", "ทำงาน"). Only runs of Thai script are
     * touched (Chinese, Japanese and Latin text never reach the breaker); the breaker is asked only when the text has
     * a Thai letter. The run is broken in NFKC form (marks in their canonical order), with the one precomposed vowel
     * NFKC splits ("ำ" into "ํ" and "า") put back, so that normalised text breaks as the raw text did (the dictionary
     * knows the precomposed spelling only).
     */
    static String thaiWords(String text) {
        int first = 0;
        while (first < text.length() && !isThai(text.charAt(first))) {
            first++;
        }
        if (first == text.length()) {
            return text;
        }
        String s = Normalizer.normalize(text, Normalizer.Form.NFKC).replace("\u0E4D\u0E32", "\u0E33");
        // From the start of the normalised text: NFKC can shorten what comes before the first Thai letter
        // ("e" and a combining accent are one "é"), so that letter's index in the raw text is none in this one.
        StringBuilder out = new StringBuilder(s.length() + 16);
        BreakIterator words = BreakIterator.getWordInstance(THAI);
        int i = 0;
        while (i < s.length()) {
            if (!isThaiWordChar(s.charAt(i))) {
                out.append(s.charAt(i++));
                continue;
            }
            int end = i;
            while (end < s.length() && isThaiWordChar(s.charAt(end))) {
                end++;
            }
            breakThai(s.substring(i, end), words, out, false);
            i = end;
        }
        return out.toString();
    }

    /**
     * Appends the words of a Thai run, each after a space when {@code spaced}. A word the breaker cuts further when
     * it stands alone (a letter sequence no dictionary word covers, cut differently without its neighbours) is cut
     * as it would be alone, so that normalised text, whose Thai words stand alone, breaks into the same words.
     */
    private static void breakThai(String run, BreakIterator words, StringBuilder out, boolean spaced) {
        words.setText(run);
        int from = words.first();
        int to = words.next();
        if (to == run.length() || to == BreakIterator.DONE) {
            if (spaced) {
                out.append(' ');
            }
            out.append(run);
            return;
        }
        List<String> pieces = new ArrayList<>();
        for (; to != BreakIterator.DONE; from = to, to = words.next()) {
            pieces.add(run.substring(from, to));
        }
        for (String piece : pieces) {
            breakThai(piece, words, out, spaced);
            spaced = true;
        }
    }

    private static final Locale THAI = Locale.forLanguageTag("th");

    /** A Thai letter or mark that stays in normalised text (Thai punctuation and the baht sign become spaces). */
    private static boolean isThaiWordChar(char c) {
        return isThai(c) && !isPunctuationOrSymbol(c);
    }

    /** A Thai letter, vowel sign or tone mark (U+0E01 to U+0E5B). */
    static boolean isThai(char c) {
        return c >= '\u0E01' && c <= '\u0E5B';
    }

    /**
     * Case endings a Russian noun or adjective takes, longest first (verbs keep theirs: "работает" is an ask's word
     * and changes little). Russian declines what English leaves alone: "кэш", "кэша", "кэшем", "кэши" are one word,
     * as are "слой", "слоя", "слоев", and a question names its subject in whatever case its verb governs.
     */
    private static final String[] CYRILLIC_ENDINGS = {"ами", "ями", "ого", "его", "ому", "ему", "ыми", "ими", "ам", "ям",
            "ах", "ях", "ов", "ев", "ом", "ем", "ой", "ей", "ий", "ый", "ая", "яя", "ое", "ее", "ые", "ие", "ую", "юю",
            "ым", "им", "ых", "их", "ия", "ию", "ии", "ья", "ье", "ью", "ьи", "а", "я", "о", "е", "у", "ю", "ы", "и",
            "ь", "й"};
    /** The shortest stem an ending is taken from (Russian and Greek): "чем", "что", "как" keep their letters. */
    private static final int MIN_STEM = 3;

    /**
     * Each Cyrillic word cut to its stem: its case endings taken off, longest first, again while one is left and
     * the stem keeps {@value #MIN_STEM} letters ("сообщениями" → "сообщени" → "сообщен", as "сообщение"
     * and "сообщения" become), so a stem is stable and normalising normalised text changes nothing. Bounded: a few
     * {@code endsWith} per Cyrillic word, and one scan for a Cyrillic letter in any other text. The glossary's
     * spellings are normalised too, so "кэш" in it names "кэша" and "кэшем" in a question.
     */
    static String cyrillicStems(String s) {
        return stems(s, CYRILLIC_ENDINGS, c -> isCyrillic((char) c));
    }

    /** Each word of {@code script} in {@code s} cut to its stem by {@code endings}; other text unchanged. */
    private static String stems(String s, String[] endings, IntPredicate script) {
        return mapWords(s, script, word -> stem(word, endings));
    }

    /** Each run of {@code script} letters in {@code s} replaced by {@code word} of it; other text unchanged. */
    private static String mapWords(String s, IntPredicate script,
            UnaryOperator<String> word) {
        int first = 0;
        while (first < s.length() && !script.test(s.charAt(first))) {
            first++;
        }
        if (first == s.length()) {
            return s;
        }
        StringBuilder out = new StringBuilder(s.length()).append(s, 0, first);
        int i = first;
        while (i < s.length()) {
            if (!script.test(s.charAt(i))) {
                out.append(s.charAt(i++));
                continue;
            }
            int end = i;
            while (end < s.length() && script.test(s.charAt(end))) {
                end++;
            }
            out.append(word.apply(s.substring(i, end)));
            i = end;
        }
        return out.toString();
    }

    private static String stem(String word, String[] endings) {
        boolean cut = true;
        while (cut) {
            cut = false;
            for (String ending : endings) {
                if (word.length() - ending.length() >= MIN_STEM && word.endsWith(ending)) {
                    word = word.substring(0, word.length() - ending.length());
                    cut = true;
                    break;
                }
            }
        }
        return word;
    }

    /**
     * A lower-case Cyrillic letter ("ё" is read as "е" before this is asked): Russian's, and Ukrainian's,
     * Belarusian's, Serbian's and Macedonian's own (і, ї, є, ґ, ў, ј, љ, њ, ћ, ђ, џ…), which split a Ukrainian word
     * into single letters while only Russian's were word letters ("між" was "м", "і", "ж").
     */
    static boolean isCyrillic(char c) {
        return c >= 'а' && c <= 'џ' || c == 'ґ';
    }

    /**
     * Whether normalised text has letters of a script this normaliser neither reads as words ({@link #isLatin}: Latin,
     * Cyrillic, Greek, Thai, Hebrew, Arabic, Devanagari) nor character by character as Chinese is read (Han, kana,
     * Hangul): Bengali, Tamil, Armenian, Georgian... Their letters are compared one by one like Han characters, and
     * two questions in such a script share most letters whatever they ask ("SPF এবং DKIM-এর মধ্যে পার্থক্য কী?" and the
     * same with DKIM and DMARC were sure duplicates): such text is never merged automatically, only offered for
     * review. Derived from the normaliser's own word letters, so a script it learns to read as words is read here too.
     */
    static boolean hasUnreadLetters(String normalized) {
        for (int i = 0; i < normalized.length(); i++) {
            char c = normalized.charAt(i);
            if (c < 0x0250 // Latin, accents folded or not
                    || c >= 0x2E80 && c <= 0x9FFF // Han, kana and their marks (the kana's "ー" is of no one script)
                    || c >= 0x1E00 && c <= 0x1EFF // Latin extended additional (Vietnamese)
                    || !Character.isLetter(c) || Character.isSurrogate(c) || isLatin(c)) {
                continue;
            }
            if (!TextGrams.isUnsegmented(c)) {
                return true;
            }
        }
        return false;
    }

    /**
     * British spellings of the -ize words written the American way: "reparameterisation", "factorisation",
     * "optimisers" read as "reparameterization", "factorization", "optimizers". Exam sheets and non-native writers
     * use either, and the glossary (whose spellings are normalised too) then needs only one. Only the endings
     * -isation(s) and -iser(s) at a word's end: "-ise"/"-ised" would also turn "noise" and "supervised".
     */
    static String americanSpellings(String s) {
        if (s.indexOf("isation") < 0 && s.indexOf("iser") < 0) {
            return s;
        }
        StringBuilder out = null;
        int from = 0;
        for (int i = s.indexOf("is"); i > 0; i = s.indexOf("is", i + 2)) {
            int end = britishEnding(s, i);
            if (end > 0 && isLatinLetter(s.charAt(i - 1))) {
                if (out == null) {
                    out = new StringBuilder(s.length());
                }
                out.append(s, from, i + 1).append('z');
                from = i + 2;
            }
        }
        return out == null ? s : out.append(s, from, s.length()).toString();
    }

    /** The end of "isation(s)" or "iser(s)" at {@code i} when it ends a word, else -1. */
    private static int britishEnding(String s, int i) {
        for (String ending : BRITISH_ENDINGS) {
            int end = i + ending.length();
            if (s.startsWith(ending, i) && (end == s.length() || !isLatinLetter(s.charAt(end)))) {
                return end;
            }
        }
        return -1;
    }

    private static final String[] BRITISH_ENDINGS = {"isations", "isation", "isers", "iser"};

    private static boolean isLatinLetter(char c) {
        return c >= 'a' && c <= 'z';
    }

    /**
     * "1x1" → "1*1" once more after spaces are tidied: dropping a space or a mark can bring a sign next to a digit
     * ("٠ x0", "٠\u200bx0" → "٠x0"), and without this pass normalising the result would change it again. The
     * signs left at this point ('x', '*') are Latin, so this never changes which spaces survive.
     */
    private static String dimensionSigns(String s) {
        char[] chars = null;
        for (int i = 1; i + 1 < s.length(); i++) {
            char c = s.charAt(i);
            if (c != '*' && isDimensionSign(c) && Character.isDigit(s.charAt(i - 1))
                    && Character.isDigit(s.charAt(i + 1))) {
                if (chars == null) {
                    chars = s.toCharArray();
                }
                chars[i] = '*';
            }
        }
        return chars == null ? s : new String(chars);
    }

    /**
     * Whether a '+' or '#' written right after a Latin word joins it to the name after it ("CNN+LSTM",
     * "softmax+交叉熵", "BERT+CRF": two names, like "CNN和LSTM") rather than ending a name ("c++", "c#", "k-means++").
     */
    private static boolean joinsTwoNames(char prev, char next) {
        return Character.isLetterOrDigit(prev) && Character.isLetterOrDigit(next);
    }

    private static boolean endsLatin(StringBuilder out) {
        return !out.isEmpty() && isLatin(out.charAt(out.length() - 1));
    }

    /**
     * True for characters of Latin words and numbers (the only ones whose word boundaries matter), and of Cyrillic
     * and Greek words, which are written with spaces between them too ("что такое кэш": three words, not a run of
     * letters), and of Thai words, between which {@link #thaiWords} puts spaces.
     */
    static boolean isLatin(char c) {
        return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '*' || c == '+' || c == '#' || isCyrillic(c)
                || isGreek(c) || isThai(c) || isHebrew(c) || isArabic(c) || isDevanagari(c) || isBengali(c) || isTamil(c);
    }

    /** True for a Han character (the ones that make up Chinese words). */
    static boolean isHan(char c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
    }

    static boolean isHiragana(char c) {
        return c >= '\u3041' && c <= '\u309f';
    }

    /**
     * A comma between digits that is no thousands separator: not followed by exactly three digits ("2,4", "0,05";
     * "1,000" and "10,000,000" keep their commas).
     */
    static boolean decimalComma(String s, int i) {
        if (i == 0 || i + 1 >= s.length() || !Character.isDigit(s.charAt(i - 1)) || !Character.isDigit(s.charAt(i + 1))) {
            return false;
        }
        int end = i + 1;
        while (end < s.length() && end - i <= 4 && Character.isDigit(s.charAt(end))) {
            end++;
        }
        return end - i - 1 != 3;
    }

    /**
     * An English list's comma at {@code i}: after a Latin letter, followed by items of one or two Latin words parted
     * by commas and a last one after "and" or "or" ("pointwise, pairwise and listwise", "L1, L2, or elastic net")
     * that is no question word; since dedup25 also before Hungarian's, Ukrainian's or Bengali's "and" ("SPF, DKIM és
     * DMARC", "I, P і B"). A comma before a clause ("…, and why does it help?", "…, how do you avoid it?")
     * has no short item before its "and" and still parts clauses.
     */
    static boolean listComma(String s, int i) {
        if (i == 0 || !isAsciiLetter(s.charAt(i - 1)) && !Character.isDigit(s.charAt(i - 1))) {
            return false;
        }
        Matcher m = LIST_REST.matcher(s);
        m.region(i + 1, s.length());
        return m.lookingAt() && !SECOND_ASK_WORDS.contains(m.group(1));
    }

    private static final Pattern LIST_REST = Pattern.compile(
            " [a-z][a-z0-9-]*(?: [a-z][a-z0-9-]*)?(?:, [a-z][a-z0-9-]*(?: [a-z][a-z0-9-]*)?)*,? (?:and|or|és|і|та|এবং)"
            + " ([a-z][a-z0-9-]*)");
    /** Words after the "and" that start a second ask, so the comma before it ends a clause (Hungarian's too). */
    private static final Set<String> SECOND_ASK_WORDS = Set.of("how", "why", "what", "when",
            "which", "where", "who", "is", "are", "does", "do", "can", "should", "would", "could", "hogyan", "miert",
            "mi", "mire", "mikor", "milyen");

    private static boolean isAsciiLetter(char c) {
        return c >= 'a' && c <= 'z';
    }

    private static boolean isDimensionSign(char c) {
        return c == '×' || c == 'x' || c == '*' || c == '✕' || c == '✖' || c == '∗' || c == '⋅';
    }

    private static boolean isClausePunctuation(char c) {
        return switch (c) {
            case '?', '!', ';', ',', ':', '。', '；', '，', '？', '！', '：', '\n', '\r', '|', '؟', '،', '؛', '।', '॥' -> true;
            default -> false;
        };
    }

    /**
     * The end of an emoji shortcode opening at {@code i} (":sweat_smile:", ":+1:", ":thinking_face:"), or 0: a colon,
     * two or more lower-case letters, digits, '_', '+' or '-' with a letter among them, and a colon, standing apart
     * from the words around it ("std::vector", "a:b:c" and "12:30:05" are none).
     */
    static int shortcodeEnd(String s, int i) {
        if (i > 0 && (Character.isLetterOrDigit(s.charAt(i - 1)) || s.charAt(i - 1) == ':')) {
            return 0;
        }
        boolean letter = false;
        int j = i + 1;
        while (j < s.length() && j - i <= 40) {
            char c = s.charAt(j);
            if (c >= 'a' && c <= 'z') {
                letter = true;
            } else if (!(c >= '0' && c <= '9' || c == '_' || c == '+' || c == '-')) {
                break;
            }
            j++;
        }
        if (!letter || j - i < 3 || j >= s.length() || s.charAt(j) != ':') {
            return 0;
        }
        int end = j + 1;
        return end < s.length() && (Character.isLetterOrDigit(s.charAt(end)) || s.charAt(end) == ':') ? 0 : end;
    }

    /**
     * Pictographs and the dingbats and miscellaneous symbols used as emoji ("😭", "🤔", "✨"): a colloquial post ends
     * its sentences with them instead of a question mark, so each is a clause mark.
     */
    static boolean isEmoji(int codePoint) {
        return (codePoint >= 0x1F000 && codePoint <= 0x1FAFF || codePoint >= 0x2600 && codePoint <= 0x27BF)
                && Character.getType(codePoint) == Character.OTHER_SYMBOL;
    }

    /**
     * Sentence-final particles of spoken Chinese ("是啥意思啊", "咋处理呀", "有啥区别呀") and 啥 ending a question
     * ("到底是个啥"): a space after one, before more Chinese, ends a sentence, as chat writes it without a mark
     * ("p值是啥意思啊 每次都理解错"). A space between other Chinese words does not ("推荐系统 冷启动 解决方案": a keyword
     * title's words).
     */
    private static boolean endsSpokenSentence(char c) {
        return switch (c) {
            case '啊', '呀', '吗', '呢', '吧', '啦', '嘛', '哈', '哇', '呗', '哦', '噢', '啥' -> true;
            default -> false;
        };
    }

    private static boolean isPunctuationOrSymbol(char c) {
        return switch (Character.getType(c)) {
            case Character.CONNECTOR_PUNCTUATION, Character.DASH_PUNCTUATION, Character.START_PUNCTUATION,
                    Character.END_PUNCTUATION, Character.INITIAL_QUOTE_PUNCTUATION, Character.FINAL_QUOTE_PUNCTUATION,
                    Character.OTHER_PUNCTUATION, Character.MATH_SYMBOL, Character.CURRENCY_SYMBOL,
                    Character.MODIFIER_SYMBOL, Character.OTHER_SYMBOL, Character.CONTROL, Character.FORMAT -> true;
            default -> false;
        };
    }

    /** Collapses spaces, keeps one only between two Latin characters, and collapses runs of clause marks. */
    private static String tidySpaces(CharSequence s) {
        StringBuilder out = new StringBuilder(s.length());
        int n = s.length();
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c == ' ') {
                int j = i;
                while (j < n && s.charAt(j) == ' ') {
                    j++;
                }
                char before = out.isEmpty() ? ' ' : out.charAt(out.length() - 1);
                char after = j < n ? s.charAt(j) : ' ';
                if (isLatin(before) && isLatin(after)) {
                    out.append(' ');
                } else if (endsSpokenSentence(before) && isHan(after)) {
                    out.append(CLAUSE);
                }
                i = j - 1;
            } else if (c == CLAUSE) {
                if (!out.isEmpty() && out.charAt(out.length() - 1) != CLAUSE) {
                    out.append(CLAUSE);
                }
            } else {
                out.append(c);
            }
        }
        int end = out.length();
        while (end > 0 && out.charAt(end - 1) == CLAUSE) {
            end--;
        }
        return out.substring(0, end);
    }
}
