package dev.qbank.importers.dedup;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A question that declares a name in brackets right after another ("什么是稀疏门控路由（SGR）？", "Sparse Gated Routing
 * (SGR)", "SGR（稀疏门控路由）", "SGR (sparse gated routing)", "翠鸟折叠法（kingfisher folding）") says that the two name
 * one concept, whether the glossary knows either or not: the question is about that concept, and a question naming
 * either form alone asks the same thing. So it is also read twice more, once with each name alone ("什么是稀疏门控路由",
 * "什么是SGR"), and the import compares every reading. Only the question's own text decides (nothing is learned
 * across questions: imports stay deterministic and order-independent), and at most one declaration is read.
 *
 * <p>Not a declaration: a bracket that gives an example ("（如ResNet）", "(e.g. BERT)"), lists terms ("（LSTM、GRU）"),
 * holds a setting or a company note (Chinese in brackets after Chinese; after an abbreviation only a Chinese name
 * holding a term of the field counts, never "BERT（美团）"), an English phrase after English whose initials are not
 * the abbreviation's, and two names the glossary knows both of (it already knows whether they are one concept).
 */
final class DeclaredNames {
    /** Words that open an example, a hint or a note, not a name: "（如ResNet）", "(e.g. BERT)", "（注：…）". */
    private static final List<String> NOT_A_NAME = List.of("如", "例如", "比如", "譬如", "像", "即", "包括", "包含",
            "含", "类似", "見", "见", "参考", "注", "e.g", "eg", "i.e", "ie", "such as", "like", "for example",
            "including", "see", "note", "optional", "bonus", "hint");
    /** Marks that list several things in one bracket: "（LSTM、GRU）", "(BERT, GPT)", "（A/B）". */
    private static final String LIST_MARKS = "、，,/;；&+|和与及或";
    private static final Set<String> LIST_WORDS = Set.of("and", "or", "vs", "versus");
    private static final int MAX_NAME = 40;

    private final Glossary glossary;

    DeclaredNames(Glossary glossary) {
        this.glossary = glossary;
    }

    /** The text read with each declared name alone, or none when it declares no name. */
    List<String> readings(String text) {
        for (int open = 0; open < text.length(); open++) {
            char o = text.charAt(open);
            if (o != '(' && o != '（') {
                continue;
            }
            int close = text.indexOf(o == '(' ? ')' : '）', open + 1);
            if (close < 0) {
                return List.of();
            }
            List<String> out = readingsAt(text, open, close);
            if (!out.isEmpty()) {
                return out;
            }
        }
        return List.of();
    }

    private List<String> readingsAt(String text, int open, int close) {
        String inner = text.substring(open + 1, close).strip();
        if (inner.isEmpty() || inner.length() > MAX_NAME || !isOneName(inner)) {
            return List.of();
        }
        int end = open;
        while (end > 0 && text.charAt(end - 1) == ' ') {
            end--;
        }
        int start = nameStart(text, end, inner);
        if (start < 0) {
            return List.of();
        }
        String name = text.substring(start, end);
        if (saysNothing(TextNormalizer.normalize(name))) {
            return List.of(); // "这个模型（SGR）", "这种方法（SGR）": fillers only, no name
        }
        String nameConcept = glossary.conceptOf(name);
        String innerConcept = glossary.conceptOf(inner);
        if (nameConcept != null && innerConcept != null) {
            return List.of(); // both known: the glossary says whether they are one concept
        }
        if (nameConcept != null && glossary.isBroad(nameConcept) || innerConcept != null && glossary.isBroad(innerConcept)) {
            return List.of(); // "这个模型（SGR）": a broad word is no name of the bracket's thing
        }
        String after = text.substring(close + 1);
        return List.of(text.substring(0, end) + after, text.substring(0, start) + inner + after);
    }

    /**
     * Where the name that the bracket's {@code inner} declares another name of starts (it ends at {@code end}), or
     * -1 when the bracket declares none.
     */
    private int nameStart(String text, int end, String inner) {
        if (end == 0) {
            return -1;
        }
        char last = text.charAt(end - 1);
        boolean innerHan = isHanRun(inner);
        if (TextNormalizer.isHan(last)) {
            // Chinese before a Latin abbreviation or English gloss: "什么是稀疏门控路由（SGR）", "一致性正则（consistency
            // regularization）" (the whole run, not the known 正则 at its end)
            return innerHan ? -1 : hanNameStart(text, end);
        }
        if (!innerHan && Character.isLetter(last) && !isLatinChar(last)) {
            // a known name in another script before an English gloss or abbreviation: "عدد رينولدز (Reynolds number)",
            // "стала часу (time constant)"
            return knownTermStart(text, end);
        }
        if (!isLatinChar(last)) {
            return -1;
        }
        int wordStart = end;
        while (wordStart > 0 && isLatinChar(text.charAt(wordStart - 1))) {
            wordStart--;
        }
        String word = text.substring(wordStart, end);
        if (innerHan) {
            // an abbreviation before its Chinese name: "SGR（稀疏门控路由）"; a Chinese name holding a term of the
            // field, not a company's or a setting's ("BERT（美团）", "BERT（二面）")
            return isAbbreviation(word) && inner.length() >= 3 && holdsTerm(inner) ? wordStart : -1;
        }
        if (isAbbreviation(inner)) {
            // "Sparse Gated Routing (SGR)": the words whose initials spell the abbreviation
            return initialsStart(text, end, inner);
        }
        // "SGR (sparse gated routing)": the abbreviation before the words its letters begin
        return isAbbreviation(word) && initials(inner).equals(letters(word)) ? wordStart : -1;
    }

    /** Where the longest known term ending right at {@code end} starts in {@code text}, or -1 if none ends there. */
    private int knownTermStart(String text, int end) {
        String before = TextNormalizer.normalize(text.substring(Math.max(0, end - MAX_NAME), end));
        for (int k = 0; k < before.length(); k++) {
            PhraseTrie.Hit<String> hit = glossary.terms().longestAt(before, k);
            if (hit == null || hit.end() != before.length()) {
                continue;
            }
            String term = before.substring(k);
            for (int from = end - 1; from >= Math.max(0, end - MAX_NAME); from--) {
                if (TextNormalizer.normalize(text.substring(from, end)).equals(term)) {
                    return from;
                }
            }
            return -1;
        }
        return -1;
    }

    /**
     * The start of the Chinese name ending at {@code end}: its Han characters back to a function word ("的", "是",
     * "让"), after the last ask phrase, filler or boilerplate inside them that is not part of a known term
     * ("文档如何切分" is 切分, "介绍一下X" is X); none when a Latin letter is glued before them ("ANN检索（HNSW）": a mixed
     * name, not told apart here).
     */
    private int hanNameStart(String text, int end) {
        int from = end;
        while (from > 0 && TextNormalizer.isHan(text.charAt(from - 1)) && !isFunctionWord(text.charAt(from - 1))) {
            from--;
        }
        int known = knownTermStart(text, end);
        if (known >= 0 && known < from) {
            from = known; // a known name holding such a character: "主成分分析（PCA）", "可变形卷积（DCN）"
        }
        if (from > 0 && isLatinChar(text.charAt(from - 1))) {
            return -1;
        }
        String norm = TextNormalizer.normalize(text.substring(from, end));
        if (norm.length() != end - from) {
            return -1;
        }
        int cut = 0;
        for (int k = 0; k < norm.length(); ) {
            PhraseTrie.Hit<String> term = glossary.terms().longestAt(norm, k);
            int phrase = phraseEnd(norm, k);
            if (term != null && term.end() >= phrase) {
                k = term.end();
            } else if (phrase > k && phrase < norm.length()) {
                cut = phrase;
                k = phrase;
            } else {
                k++;
            }
        }
        return end - from - cut >= 2 ? from + cut : -1;
    }

    /** Characters that end a Chinese name read backwards; not verbs that names hold too (能, 变, 可: 万能近似定理, 霍夫变换). */
    private static final String FUNCTION_WORDS = "的是对在于把将被给用和与及或之其该了么吗呢啊下个中要让使";

    /** Whether a Han character, in simplified form, is one of {@link #FUNCTION_WORDS} ("為" too). */
    private static boolean isFunctionWord(char c) {
        String simplified = TextNormalizer.normalize(String.valueOf(c));
        return simplified.length() == 1 && FUNCTION_WORDS.indexOf(simplified.charAt(0)) >= 0;
    }

    /** Whether {@code norm} is nothing but fillers, ask phrases and boilerplate ("这个模型", "这种方法"). */
    private boolean saysNothing(String norm) {
        int i = 0;
        while (i < norm.length()) {
            if (norm.charAt(i) == ' ') {
                i++;
                continue;
            }
            int cut = phraseEnd(norm, i);
            if (cut <= i) {
                return false;
            }
            i = cut;
        }
        return true;
    }

    /** Where the longest ask phrase, filler or boilerplate starting at {@code at} ends; {@code at} if none does. */
    private int phraseEnd(String norm, int at) {
        int cut = at;
        for (PhraseTrie<?> trie : List.of(glossary.asks(), glossary.fillers(), glossary.boilerplate())) {
            PhraseTrie.Hit<?> hit = trie.longestAt(norm, at);
            if (hit != null && hit.end() > cut) {
                cut = hit.end();
            }
        }
        return cut;
    }

    /** Where the words whose initials spell {@code abbreviation} start before {@code end}; -1 if they do not. */
    private static int initialsStart(String text, int end, String abbreviation) {
        String want = letters(abbreviation);
        int at = end;
        StringBuilder got = new StringBuilder();
        while (got.length() < want.length() && at > 0) {
            int wordEnd = at;
            while (at > 0 && TextNormalizer.isLatin(Character.toLowerCase(text.charAt(at - 1)))) {
                at--;
            }
            if (at == wordEnd) {
                return -1;
            }
            got.insert(0, Character.toLowerCase(text.charAt(at)));
            if (got.length() == want.length()) {
                break;
            }
            if (at == 0 || text.charAt(at - 1) != ' ' && text.charAt(at - 1) != '-') {
                return -1;
            }
            at--;
        }
        return got.toString().equals(want) ? at : -1;
    }

    private boolean holdsTerm(String han) {
        return glossary.namesTerm(TextNormalizer.normalize(han));
    }

    /** One name: no example word first, no list marks, a Han run or Latin words (at most five). */
    private static boolean isOneName(String inner) {
        String lower = inner.toLowerCase(Locale.ROOT);
        for (String w : NOT_A_NAME) {
            if (lower.startsWith(w) && (lower.length() == w.length() || !isLatinChar(w.charAt(0))
                    || !isLatinChar(lower.charAt(w.length())))) {
                return false;
            }
        }
        for (int i = 0; i < inner.length(); i++) {
            if (LIST_MARKS.indexOf(inner.charAt(i)) >= 0) {
                return false;
            }
        }
        if (isHanRun(inner)) {
            return true;
        }
        String[] words = lower.split("[ -]+");
        if (words.length > 5) {
            return false;
        }
        for (String w : words) {
            if (w.isEmpty() || LIST_WORDS.contains(w) || !w.chars().allMatch(c -> isLatinChar((char) c))
                    || w.chars().allMatch(Character::isDigit)) {
                return false;
            }
        }
        return true;
    }

    /** "SGR", "LoRA", "RoPE", "KD": one Latin word of two to ten characters with at least two capitals. */
    static boolean isAbbreviation(String w) {
        if (w.length() < 2 || w.length() > 10 || !Character.isLetter(w.charAt(0))) {
            return false;
        }
        int capitals = 0;
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            if (!isLatinChar(c)) {
                return false;
            }
            if (c >= 'A' && c <= 'Z') {
                capitals++;
            }
        }
        return capitals >= 2;
    }

    private static boolean isHanRun(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (!TextNormalizer.isHan(s.charAt(i))) {
                return false;
            }
        }
        return s.length() >= 2;
    }

    private static boolean isLatinChar(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
    }

    private static String letters(String abbreviation) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < abbreviation.length(); i++) {
            char c = abbreviation.charAt(i);
            if (Character.isLetter(c)) {
                out.append(Character.toLowerCase(c));
            }
        }
        return out.toString();
    }

    private static String initials(String phrase) {
        StringBuilder out = new StringBuilder();
        for (String w : phrase.toLowerCase(Locale.ROOT).split("[ -]+")) {
            if (!w.isEmpty()) {
                out.append(w.charAt(0));
            }
        }
        return out.toString();
    }
}
