package dev.qbank.importers.dedup;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The framing banks put around a question, which carries no meaning for "is this the same question": exam labels
 * ("简答题：", "名词解释：", "（5分）", "【必考】", "Q3."), interview leads ("面试官问：", "字节一面：", "二面问了",
 * "Interviewer asked:"), follow-up questions after the question ("…，追问为什么…", "Follow-up: …": a question of their
 * own, the first ask decides) and context sentences before it ("我们在项目里用了LoRA微调，请问……", "In production we
 * serve a 7B model. How …"). Their words would otherwise be residual words on one side only, which the sure test
 * rejects, and a context's concepts a second subject.
 *
 * <p>The phrases are data, in the glossary's {@code framing} section (the built-in {@code glossary-framing.yaml}).
 * Most questions have none of this: the checks are a few trie lookups at the start of the text, one look at each
 * clause mark, and a scan of the raw text for sentence ends; only a text of several sentences is normalised again,
 * sentence by sentence.
 */
final class AskFraming {
    /**
     * A question without its framing: {@code question}, the normalised text to analyse; {@code context}, the
     * normalised context sentences before it (or null), whose concepts are the question's setting; {@code hint}, the
     * kind of ask a label implies when the question states none ("名词解释：AUC"), or null.
     */
    record Framed(String question, String context, AskKind hint) {
    }

    private final Glossary glossary;

    AskFraming(Glossary glossary) {
        this.glossary = glossary;
    }

    /**
     * Words by which a question points back at what its context sentence named ("…梯度会指数级衰减。请问LSTM是如何缓解
     * 这个问题的？"): a problem, a phenomenon or a method said again as "this". Not a bare 它/it, which as often points
     * at the question's own subject.
     */
    private static final String[] POINTING_BACK = {"这个问题", "这一问题", "该问题", "此问题", "这种问题", "这类问题",
        "这个现象", "这种现象", "该现象", "此现象", "这种情况", "这个方法", "这种方法", "该方法", "此方法", "这个技术",
        "这种技术", "该技术", "this problem", "this issue", "this phenomenon", "this method", "this technique",
        "this approach", "that problem", "that issue"};

    /** Whether a normalised question points back at its context (see {@link #POINTING_BACK}). */
    static boolean pointsBack(String question) {
        for (String w : POINTING_BACK) {
            if (question.contains(w)) {
                return true;
            }
        }
        return false;
    }

    /** {@code raw} without its framing; {@code norm} is {@code TextNormalizer.normalize(raw)}. */
    Framed frame(String raw, String norm) {
        int semicolon = raw.indexOf(';');
        if (semicolon >= 2 && raw.regionMatches(true, semicolon - 2, "tl;dr", 0, 5)) {
            // "TL;DR": one chat word, which the normaliser also keeps in one clause; not a sentence end here either
            raw = raw.substring(0, semicolon) + ' ' + raw.substring(semicolon + 1);
        }
        String unmarked = PostMarkup.strip(raw);
        if (!unmarked.equals(raw)) {
            raw = unmarked; // a post's hashtags, a chat head, custom emoji, wiki-links, a quoted question's report
            norm = TextNormalizer.normalize(raw);
        }
        int stamp = timestampEnd(raw);
        if (stamp > 0) {
            raw = raw.substring(stamp); // "13:42 why does …": a comment's place in the video, not the question's
            norm = TextNormalizer.normalize(raw);
        }
        int speaker = speakerEnd(raw);
        if (speaker > 0) {
            raw = raw.substring(speaker); // "[#cv] sam (12:12): …": a chat export's channel, author and time
            norm = TextNormalizer.normalize(raw);
        }
        int turn = transcriptTurnEnd(raw);
        if (turn > 0) {
            raw = raw.substring(turn); // "[Q&A 12:40] AUDIENCE (mic 2): …", "In [7]: # Q: …": who asks, which cell
            norm = TextNormalizer.normalize(raw);
        }
        String topic = null;
        Matcher sheet = SIGN_UP_ROW.matcher(raw);
        if (sheet.lookingAt() && sheet.end() < raw.length()) {
            // "Office hours (Tue 3pm), topic: graphs — my q: …": a sign-up sheet's row; its topic is the setting
            topic = TextNormalizer.normalize(sheet.group(1));
            raw = raw.substring(sheet.end());
            norm = TextNormalizer.normalize(raw);
        }
        int gloss = glossStart(raw);
        if (gloss > 0) {
            raw = raw.substring(0, gloss); // "Inverted index 倒排索引：是什么 / what is it": the ask said again in English
            norm = TextNormalizer.normalize(raw);
        }
        int issue = issueNumberStart(raw);
        if (issue > 0) {
            raw = raw.substring(0, issue); // "… (#412)": an issue tracker's number, not the question's
            norm = TextNormalizer.normalize(raw);
        }
        String question = norm;
        String context = topic;
        int sentence = questionSentenceStart(raw);
        String asked = sentence > 0 ? TextNormalizer.normalize(raw.substring(sentence)) : null;
        if (asked != null && namesTerm(asked)) {
            context = TextNormalizer.normalize(raw.substring(0, sentence));
            question = asked;
        } else if (numberLabelEnd(raw) > 0) {
            question = stripNumber(norm);
        }
        question = withoutRole(question);
        Labels labels = stripLabels(question);
        question = labels.rest;
        int opened = openerAt(question);
        if (opened > 0 && namesTerm(question.substring(opened + 1))) {
            String before = question.substring(0, opened);
            context = context == null ? before : context + TextNormalizer.CLAUSE + before;
            question = stripLabels(question.substring(opened + 1)).rest;
        }
        question = withoutOurSetting(cutFields(cutFollowUp(question)));
        if (question.isEmpty()) {
            return new Framed(norm, null, null);
        }
        return new Framed(question, context, labels.hint);
    }

    /**
     * Whether normalised text names a term: a question sentence that names none ("请问会怎样？", "How does it
     * work?") leans on what came before, so the text before it is no mere context ("如果学习率太大，请问会怎样" and
     * "…太小…" differ there).
     */
    private boolean namesTerm(String norm) {
        return glossary.namesTerm(norm);
    }

    /** What {@link #stripLabels} leaves, and the kind of ask its last label implies. */
    private record Labels(String rest, AskKind hint) {
    }

    /**
     * Strips from the start of normalised text, as often as they come: a bracketed tag holding no term ("【必考】",
     * "（5分）", "[字节]"), an exam label ("简答题", "名词解释", "q" before a clause mark), an interview round with
     * an optional company and verb ("字节一面：", "二面问了", "一面问："), a lead ("面试官问：", "interviewer asked:"),
     * each with the clause mark after it. A bracketed tag at the end goes too.
     */
    private Labels stripLabels(String s) {
        AskKind hint = null;
        int at = 0;
        for (int round = 0; round < 4 && at < s.length(); round++) {
            int next = tagEnd(s, at);
            if (next < 0) {
                PhraseTrie.Hit<String> label = glossary.framingLabels().longestAt(s, at);
                int numbered = label == null ? -1 : sectionNumberEnd(s, label.end());
                if (numbered > 0) {
                    next = numbered; // "习题9.3 推导…", "Exercise 3.2: …": the number is the label's
                } else if (label != null && labelStands(s, label)) {
                    next = label.end();
                    AskKind kind = AskKind.fromKey(label.value());
                    hint = kind != null ? kind : hint;
                }
            }
            if (next < 0) {
                next = leadEnd(s, at);
            }
            if (next < 0) {
                next = roundClauseEnd(s, at);
            }
            if (next < 0) {
                break;
            }
            while (next < s.length() && (s.charAt(next) == TextNormalizer.CLAUSE || s.charAt(next) == ' ')) {
                next++;
            }
            at = next;
        }
        int end = s.length();
        if (end > at && s.charAt(end - 1) == TextNormalizer.CLOSE) {
            int open = s.lastIndexOf(TextNormalizer.OPEN, end - 1);
            if (open > at && tagEnd(s, open) == end) {
                end = open;
                while (end > at && s.charAt(end - 1) == TextNormalizer.CLAUSE) {
                    end--;
                }
            }
        }
        return at == 0 && end == s.length() ? new Labels(s, null)
                : at >= end ? new Labels(s, null) : new Labels(s.substring(at, end), hint);
    }

    /**
     * The end of a section number right after a label ("习题9.3", "练习 2-1", "exercise 3.2", normalised as "习题9 3",
     * or an ordinal: "口试第3题"),
     * or -1: digits, groups of them parted by one space, dot or hyphen, and something after them (the question).
     * A textbook numbers its exercises by chapter; the number says nothing about what is asked. One group alone only
     * before a clause mark or a space: in "习题 5折交叉验证…" the number is the question's.
     */
    static int sectionNumberEnd(String s, int at) {
        int i = at < s.length() && s.charAt(at) == ' ' ? at + 1 : at;
        if (i + 2 < s.length() && s.charAt(i) == '第' && isDigit(s.charAt(i + 1))) {
            int d = i + 1;
            while (d < s.length() && isDigit(s.charAt(d))) {
                d++;
            }
            // a label's ordinal ("口试第3题", "习题第2问"): which question of the sheet, not what it asks
            return d + 1 < s.length() && (s.charAt(d) == '题' || s.charAt(d) == '问') ? d + 1 : -1;
        }
        if (i >= s.length() || !isDigit(s.charAt(i))) {
            return -1;
        }
        boolean groups = false;
        while (i < s.length()) {
            if (isDigit(s.charAt(i))) {
                i++;
            } else if ((s.charAt(i) == ' ' || s.charAt(i) == '.' || s.charAt(i) == '-') && i + 1 < s.length()
                    && isDigit(s.charAt(i + 1))) {
                i += 2;
                groups = true;
            } else {
                break;
            }
        }
        if (i >= s.length()) {
            return -1;
        }
        return groups || s.charAt(i) == TextNormalizer.CLAUSE || s.charAt(i) == ' ' ? i : -1;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /**
     * Whether a label stands as one: a short one ("q", "问题", "question") only before a clause mark or a bracket,
     * a longer Chinese one ("简答题", "名词解释") also glued to the question, as normalised text writes
     * "名词解释 AUC", and a two-character one ("图解") glued to a term the glossary knows ("图解Transformer": the
     * term begins where the label ends, so the label is no part of a word).
     */
    private boolean labelStands(String s, PhraseTrie.Hit<String> label) {
        int end = label.end();
        if (end >= s.length()) {
            return false; // the label is all there is: it is the question
        }
        char next = s.charAt(end);
        if (next == TextNormalizer.CLAUSE || next == TextNormalizer.OPEN || next == TextNormalizer.CLOSE) {
            return true;
        }
        if (!TextNormalizer.isHan(s.charAt(end - 1))) {
            // a label of two words or more stands before a space too: a dash after it ("Concept check — how …")
            // normalises to one, and such a phrase is no question's subject
            return next == ' ' && s.indexOf(' ', label.start()) < end;
        }
        if (end - label.start() >= 3) {
            return true;
        }
        PhraseTrie.Hit<String> glued = end - label.start() == 2 ? glossary.terms().longestAt(s, end) : null;
        PhraseTrie.Hit<String> across = glossary.terms().longestAt(s, label.start());
        return glued != null && (across == null || across.end() <= end);
    }

    /**
     * The end of a bracketed tag at {@code at} that is an exam label ("【简答题】") or names no term and is short
     * ("【必考】", "（5分）"), or -1.
     */
    private int tagEnd(String s, int at) {
        if (s.charAt(at) != TextNormalizer.OPEN) {
            return -1;
        }
        int close = s.indexOf(TextNormalizer.CLOSE, at);
        if (close < 0 || close - at > 12 || close + 1 >= s.length() && at == 0) {
            return -1;
        }
        PhraseTrie.Hit<String> label = glossary.framingLabels().longestAt(s, at + 1);
        if (label != null && label.end() == close) {
            return close + 1; // "【问答题】", "[单选题]": an exam label, though 问答 also begins a term (问答系统)
        }
        for (int i = at + 1; i < close; i++) {
            if (glossary.terms().longestAt(s, i) != null) {
                return -1; // "（LSTM）" names a concept: an aside, not a tag
            }
        }
        return close + 1;
    }

    /**
     * The end of an interview lead at {@code at}, or -1: a round ("一面", "二面", "笔试") after at most six
     * characters of a company that names no term ("字节", "阿里"), or a lead phrase ("面试官问", "interviewer asked"),
     * then an optional verb ("问了", "被问到"). A round must be followed by a verb or a clause mark: "一面" alone
     * could begin a word.
     */
    private int leadEnd(String s, int at) {
        PhraseTrie.Hit<Boolean> lead = glossary.framingLeads().longestAt(s, at);
        if (lead != null && !asksBeyond(s, at, lead.end())) {
            return afterVerb(s, lead.end());
        }
        PhraseTrie.Hit<Boolean> interjection = glossary.framingInterjections().longestAt(s, at);
        if (interjection != null && interjection.end() < s.length()
                && s.charAt(interjection.end()) == TextNormalizer.CLAUSE) {
            return interjection.end(); // a speaker's "right," or "好，" before the question
        }
        // the round first, in its small trie; the glossary's terms (a larger walk) only for a text that has one
        PhraseTrie.Hit<Boolean> round = null;
        for (int k = at; k < Math.min(s.length(), at + 7) && round == null; k++) {
            char c = s.charAt(k);
            if (c == TextNormalizer.CLAUSE || c == TextNormalizer.OPEN || c == ' ' && k == at) {
                return -1;
            }
            round = glossary.framingRounds().longestAt(s, k);
            if (round != null && TextNormalizer.isLatin(s.charAt(round.end() - 1))) {
                round = null; // an English round ends its clause, whatever stands before it: roundClauseEnd
            }
        }
        if (round == null) {
            return -1;
        }
        for (int k = at; k < round.start(); k++) {
            if (glossary.terms().longestAt(s, k) != null) {
                return -1; // "BN面试…": a term, not a company
            }
        }
        int end = afterVerb(s, round.end());
        boolean closed = end > round.end() || end < s.length() && s.charAt(end) == TextNormalizer.CLAUSE;
        return closed ? end : -1;
    }

    /**
     * Whether an ask phrase at {@code at} runs past {@code end}: a lead's word that begins an ask is the ask's
     * (Vietnamese "So sánh X và Y", compare, is not the spoken "so").
     */
    private boolean asksBeyond(String s, int at, int end) {
        PhraseTrie.Hit<AskKind> ask = glossary.asks().longestAt(s, at);
        return ask != null && ask.end() > end;
    }

    /**
     * The end of a clause at {@code at} that names an English interview round or a series' session before the
     * question ("Meta E5 onsite:", "Google L4 MLE phone screen:", "Baidu NLP onsite round 2:", "ML round,",
     * "Reading group wk 9 (Kingma & Welling, 2014),"), or -1: a Latin clause of at most eight words that ends in a
     * round with an optional number and aside, asks nothing and is followed by more text. What stands before the
     * round (company, level, team, a group's name) is its label even when it holds a term ("NLP", "MLE"): unlike
     * "字节一面", English writes the round last, so the clause's end tells it, not a company's length.
     */
    private int roundClauseEnd(String s, int at) {
        if (at >= s.length() || !TextNormalizer.isLatin(s.charAt(at))) {
            return -1;
        }
        int depth = 0;
        int end = -1;
        int words = 1;
        for (int i = at; i < s.length() && end < 0; i++) {
            char c = s.charAt(i);
            if (c == TextNormalizer.OPEN) {
                depth++;
            } else if (c == TextNormalizer.CLOSE) {
                depth--;
            } else if (c == TextNormalizer.CLAUSE && depth <= 0) {
                end = i;
            } else if (c == ' ' && depth <= 0 && ++words > 8) {
                return -1;
            }
        }
        if (end < 0 || end + 1 >= s.length()) {
            return -1;
        }
        int e = end;
        if (s.charAt(e - 1) == TextNormalizer.CLOSE) { // an aside last: "(Responsible AI)", "(Rabiner, 1989)"
            e = s.lastIndexOf(TextNormalizer.OPEN, e - 1);
            if (e <= at) {
                return -1;
            }
        }
        int digits = e;
        while (digits > at && isDigit(s.charAt(digits - 1))) {
            digits--;
        }
        if (digits < e && digits > at + 1 && s.charAt(digits - 1) == ' ') {
            e = digits - 1; // "round 2", "wk 9"
        }
        boolean round = false;
        boolean aTerm = false;
        for (int w = at; w < e && !round; w++) {
            if (w == at || s.charAt(w - 1) == ' ') {
                PhraseTrie.Hit<Boolean> hit = glossary.framingRounds().longestAt(s, w);
                round = hit != null && hit.end() == e;
                aTerm = round && glossary.terms().longestAt(s, w) != null;
            }
        }
        // a round that is also a term ("Warm-up: state Bayes' theorem") is one only before a question naming a term
        // of its own: "Warm-up: why is it needed?" asks about the warm-up
        return round && !hasAsk(s.substring(at, end)) && (!aTerm || namesTerm(s.substring(end + 1))) ? end : -1;
    }

    /**
     * A chat export's line head: an optional bracketed channel, an author of one or two words and a bracketed time,
     * then a colon ("[#cv-3d] lena (09:14): …", "bob (3:05 pm): …"). Only with the time in brackets and the colon,
     * so that a question that begins with a name and a ratio ("GPT 3:1 …") keeps them.
     */
    private static final Pattern SPEAKER = Pattern.compile("\\s*(?:[\\[【][^\\]】\\n]{1,40}[\\]】]\\s*)?@?[\\p{L}\\p{N}]"
            + "[\\p{L}\\p{N}._'-]{0,24}(?:\\s[\\p{L}\\p{N}][\\p{L}\\p{N}._'-]{0,24})?\\s*[(\\[（]\\d{1,2}:\\d{2}(?::\\d{2})?"
            + "(?:\\s*[ap]\\.?m\\.?)?[)\\]）]\\s*[:：]\\s*", Pattern.CASE_INSENSITIVE);

    /**
     * A messenger export's line head: the date and time in brackets, then the author of one or two words and a colon
     * ("[12/06, 10:02] Arjun: …", "[3/4/24, 9:15:02 PM] Ana Lee: …" as WhatsApp and Signal export a chat).
     */
    private static final Pattern DATED_SPEAKER = Pattern.compile("\\s*\\[\\d{1,4}[/.-]\\d{1,2}(?:[/.-]\\d{1,4})?,?\\s*"
            + "\\d{1,2}:\\d{2}(?::\\d{2})?(?:\\s*[ap]\\.?m\\.?)?]\\s*@?[\\p{L}\\p{N}][\\p{L}\\p{N}._'-]{0,24}"
            + "(?:\\s[\\p{L}\\p{N}][\\p{L}\\p{N}._'-]{0,24})?\\s*[:：]\\s*", Pattern.CASE_INSENSITIVE);

    /**
     * A sign-up sheet's or form's row (dedup25): a head of a few words (a slot, "Office hours (Tue 3pm)", "Lab 3"), a
     * "topic:" field and, after a dash, the asker's "my q:" or "question:" ("Office hours (Mon 1pm), topic: root
     * finding — my q: …"). The topic (group 1) is the question's setting, not its subject; the head is framing.
     */
    private static final Pattern SIGN_UP_ROW = Pattern.compile("[^:\\n]{0,60}?\\btopic\\s*:\\s*([^:\\n]{1,60}?)\\s*"
            + "(?:—|–|--|-)\\s*(?:my\\s+)?(?:q|question)\\s*:\\s*", Pattern.CASE_INSENSITIVE);

    /**
     * A talk transcript's turn head and a notebook cell's head (dedup26): bracketed or parenthesised asides (a
     * timestamp "[Q&A, 33:05]", where it was asked "(asked at a meetup)"), then the asker's role ("AUDIENCE",
     * "Audience member", "MODERATOR", "Q from the floor") with an optional aside ("(mic 2)", "(reading from Slido)")
     * and a colon; or a Jupyter cell's prompt "In [7]:" with an optional comment mark, a "Q:" or a numbered
     * "Exercise 4.1:" / "Q3 —" label; or a Markdown cell's bold label "**Exercise 3.3**", "**Q 5.1**". None of it is
     * the question. Bounded: each part is a short run of one character class.
     */
    private static final Pattern TRANSCRIPT_TURN = Pattern.compile("\\s*(?:[\\[(][^\\])\\n]{1,60}[\\])]\\s*){0,2}"
            + "(?:audience(?:\\s+member)?|moderator|host|chair|panel(?:l)?ist|(?:q|question)\\s+from\\s+the\\s+floor)"
            + "(?:\\s*[(\\[][^)\\]\\n]{1,40}[)\\]])?\\s*[:：]\\s*", Pattern.CASE_INSENSITIVE);
    private static final Pattern NOTEBOOK_CELL = Pattern.compile("\\s*(?:in\\s*\\[\\s*\\d{0,4}\\s*]\\s*:\\s*#*\\s*"
            + "(?:(?:q|exercise|question)\\s*\\d{0,3}(?:\\.\\d{1,3})?\\s*(?:[:：]|—|–|--)\\s*)?"
            + "|\\*\\*\\s*(?:q|exercise|question)\\s*\\d{1,3}(?:\\.\\d{1,3})?\\.?\\s*\\*\\*\\s*)",
            Pattern.CASE_INSENSITIVE);

    /** The end of a transcript's turn head or a notebook cell's head ({@link #TRANSCRIPT_TURN}) before text, or 0. */
    static int transcriptTurnEnd(String raw) {
        if (raw.indexOf(':') < 0 && raw.indexOf('：') < 0 && raw.indexOf('*') < 0) {
            return 0; // both heads end in a colon, but for the notebook's "**Q1.**": most questions end here
        }
        Matcher m = NOTEBOOK_CELL.matcher(raw);
        if (m.lookingAt() && m.end() > 0 && m.end() < raw.length()) {
            return m.end();
        }
        m = TRANSCRIPT_TURN.matcher(raw);
        return m.lookingAt() && m.end() < raw.length() ? m.end() : 0;
    }

    /** The end of a chat export's line head (see {@link #SPEAKER}) that opens raw text and leaves text after it, or 0. */
    static int speakerEnd(String raw) {
        int colon = raw.indexOf(':');
        if (colon < 0 || colon > 90) {
            return 0; // the bracketed time holds a colon within the head's few words: most questions end here
        }
        Matcher m = SPEAKER.matcher(raw);
        if (m.lookingAt() && m.end() < raw.length()) {
            return m.end();
        }
        m = DATED_SPEAKER.matcher(raw);
        return m.lookingAt() && m.end() < raw.length() ? m.end() : 0;
    }

    /**
     * The openings of a prompt that gives the model a role or the asker's situation before the question ("你是一名3D
     * 视觉方向的面试官，请…", "我在准备自动驾驶感知面试：为什么…", "You are a senior ML interviewer. Explain …"): a
     * clause that sets the scene, not the question.
     */
    private static final String[] ROLE_OPENINGS = {"你是一名", "你是一位", "你是一个", "你现在是", "现在你是", "假设你是",
        "请你扮演", "你扮演", "请扮演", "扮演一名", "扮演一位", "我在准备", "我正在准备", "我最近在准备", "you are a ", "you are an ",
        "you re a ", "you re an ", "act as a ", "act as an ", "pretend you are ", "pretend to be ", "imagine you are ",
        "i m preparing for ", "i am preparing for "};

    /**
     * {@code norm} without a first clause that opens with a role or the asker's situation ({@link #ROLE_OPENINGS})
     * and asks nothing, when a question follows it.
     */
    private String withoutRole(String norm) {
        for (String opening : ROLE_OPENINGS) {
            if (norm.startsWith(opening)) {
                int end = norm.indexOf(TextNormalizer.CLAUSE);
                return end > 0 && end + 1 < norm.length() && !hasAsk(norm.substring(0, end))
                        ? norm.substring(end + 1) : norm;
            }
        }
        return norm;
    }

    /**
     * The end of a timestamp that opens raw text ("13:42 why …", "at 8:40 why …", "1:02:15 …"), or 0: a video
     * comment's place in the video, which says nothing about what is asked.
     */
    static int timestampEnd(String raw) {
        int i = 0;
        while (i < raw.length() && Character.isWhitespace(raw.charAt(i))) {
            i++;
        }
        if (raw.regionMatches(true, i, "at ", 0, 3)) {
            i += 3;
        }
        int groups = 0;
        while (true) {
            int d = i;
            while (i < raw.length() && i - d < 2 && isDigit(raw.charAt(i))) {
                i++;
            }
            if (i == d || groups > 0 && i - d != 2) {
                return 0;
            }
            groups++;
            if (i < raw.length() && raw.charAt(i) == ':' && groups < 3) {
                i++;
            } else {
                break;
            }
        }
        if (groups < 2 || i >= raw.length() || !Character.isWhitespace(raw.charAt(i))) {
            return 0;
        }
        while (i < raw.length() && Character.isWhitespace(raw.charAt(i))) {
            i++;
        }
        return i < raw.length() ? i : 0;
    }

    /**
     * Where an issue number that ends raw text starts ("… #412", "… (#412)", "… [#1287]"), or 0: a tracker's number
     * of the question, after a space. "C#" and "F#" have no digits; "#3" in the middle is the question's.
     */
    static int issueNumberStart(String raw) {
        int end = raw.length();
        while (end > 0 && Character.isWhitespace(raw.charAt(end - 1))) {
            end--;
        }
        boolean bracketed = end > 0 && (raw.charAt(end - 1) == ')' || raw.charAt(end - 1) == ']');
        if (bracketed) {
            end--;
        }
        int d = end;
        while (d > 0 && isDigit(raw.charAt(d - 1))) {
            d--;
        }
        if (d == end || d < 2 || raw.charAt(d - 1) != '#') {
            return 0;
        }
        int start = d - 1;
        if (bracketed && (raw.charAt(start - 1) == '(' || raw.charAt(start - 1) == '[')) {
            start--;
        }
        if (start == 0 || !Character.isWhitespace(raw.charAt(start - 1))) {
            return 0;
        }
        while (start > 0 && Character.isWhitespace(raw.charAt(start - 1))) {
            start--;
        }
        return start;
    }

    /**
     * Where a bilingual card's English gloss starts ("Inverted index 倒排索引：是什么 / what is it", "EM 收敛性：为什么似然
     * 单调不减 / why the likelihood never decreases", "…超过 50% / how many people for 50%"), or 0: the last slash of
     * raw text, with Chinese right before it and no Chinese after it. The gloss says the Chinese ask again in other words, which would be residual
     * words on one side only. Not a slash between terms ("什么是 Adam / RMSProp", "BN / LN 区别"): there a Latin word
     * stands before it, or Chinese after it.
     */
    static int glossStart(String raw) {
        int slash = Math.max(raw.lastIndexOf('/'), raw.lastIndexOf('／'));
        if (slash <= 0) {
            return 0;
        }
        int before = slash;
        while (before > 0 && Character.isWhitespace(raw.charAt(before - 1))) {
            before--;
        }
        if (before == 0 || !TextNormalizer.isHan(raw.charAt(before - 1))) {
            return 0;
        }
        int letters = 0;
        for (int i = slash + 1; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (TextNormalizer.isHan(c)) {
                return 0;
            }
            letters += Character.isLetter(c) ? 1 : 0;
        }
        return letters >= 2 ? before : 0;
    }

    private int afterVerb(String s, int at) {
        PhraseTrie.Hit<Boolean> verb = glossary.framingLeadVerbs().longestAt(s, at);
        return verb == null ? at : verb.end();
    }

    /**
     * Where the question sentence starts in {@code raw}, or 0: when the text is several sentences and the first ones
     * end with a full stop (。, ". ", !, ;) and ask nothing, they are context ("网络加深到几十层以后，训练误差反而上升。
     * ResNet的核心思想是什么？"); the question is the first sentence that ends with a question mark or holds an ask.
     */
    private int questionSentenceStart(String raw) {
        int start = 0;
        int i = 0;
        while (i < raw.length()) {
            char c = raw.charAt(i);
            boolean question = c == '?' || c == '？';
            if (question) {
                return start;
            }
            if (endsSentence(raw, i)) {
                int end = i + 1;
                while (end < raw.length() && (endsSentence(raw, end) || Character.isWhitespace(raw.charAt(end)))) {
                    end++;
                }
                if (end >= raw.length()) {
                    return start; // the last sentence: the question, whatever ends it
                }
                if (hasAsk(TextNormalizer.normalize(raw.substring(start, end)))) {
                    return start;
                }
                start = end;
                i = end;
                continue;
            }
            i++;
        }
        return start < raw.length() ? start : 0;
    }

    /** A full stop, exclamation mark or semicolon at {@code i} (a "." only before a space, after a letter). */
    private static boolean endsSentence(String raw, int i) {
        char c = raw.charAt(i);
        if (c == '。' || c == '！' || c == '!' || c == '；' || c == ';' || c == '\n' || c == '．') {
            return true;
        }
        return c == '.' && i > 0 && Character.isLetter(raw.charAt(i - 1)) && i + 1 < raw.length()
                && Character.isWhitespace(raw.charAt(i + 1)) && !abbreviationBefore(raw, i);
    }

    /** "e.g.", "i.e.", "vs.", "etc." end no sentence. */
    private static boolean abbreviationBefore(String raw, int dot) {
        int from = dot;
        while (from > 0 && Character.isLetter(raw.charAt(from - 1))) {
            from--;
        }
        String word = raw.substring(from, dot).toLowerCase(Locale.ROOT);
        return word.length() == 1 || word.equals("vs") || word.equals("etc") || word.equals("eg") || word.equals("ie")
                || word.equals("fig") || word.equals("eq") || word.equals("no") || word.equals("approx");
    }

    /**
     * Whether normalised text holds an ask phrase outside terms, read as the analyser reads them: a short fix or
     * detect verb right after a word the glossary does not know ends that noun ("做欺诈检测时", "数据处理后"), it asks
     * nothing.
     */
    private boolean hasAsk(String norm) {
        boolean afterWord = false;
        int i = 0;
        while (i < norm.length()) {
            PhraseTrie.Hit<String> term = glossary.terms().longestAt(norm, i);
            PhraseTrie.Hit<AskKind> ask = glossary.asks().longestAt(norm, i);
            if (ask != null && (term == null || ask.end() > term.end())) {
                boolean nounTail = afterWord && ask.end() - ask.start() <= 2
                        && (ask.value() == AskKind.FIX || ask.value() == AskKind.DETECT);
                if (!nounTail) {
                    return true;
                }
                afterWord = false;
                i = ask.end();
            } else if (term != null) {
                afterWord = false;
                i = term.end();
            } else {
                afterWord = TextNormalizer.isHan(norm.charAt(i));
                i++;
            }
        }
        return false;
    }

    /**
     * The clause mark before an opener ("…微调|请问…", "…|my question is …") when what comes before asks nothing,
     * or -1.
     */
    private int openerAt(String s) {
        for (int k = s.indexOf(TextNormalizer.CLAUSE); k > 0; k = s.indexOf(TextNormalizer.CLAUSE, k + 1)) {
            if (glossary.framingOpeners().longestAt(s, k + 1) != null) {
                return hasAsk(s.substring(0, k)) ? -1 : k;
            }
        }
        return -1;
    }

    /** The text before a clause mark followed by a follow-up marker ("…的区别|追问为什么…"); all of it when none. */
    private String cutFollowUp(String s) {
        for (int k = s.indexOf(TextNormalizer.CLAUSE); k > 0; k = s.indexOf(TextNormalizer.CLAUSE, k + 1)) {
            if (glossary.framingFollowUps().longestAt(s, k + 1) != null) {
                return s.substring(0, k);
            }
        }
        PhraseTrie.Hit<Boolean> first = glossary.framingFollowUps().longestAt(s, 0);
        if (first != null) {
            int at = first.end();
            while (at < s.length() && (s.charAt(at) == TextNormalizer.CLAUSE || s.charAt(at) == ' ')) {
                at++;
            }
            return at < s.length() ? s.substring(at) : s;
        }
        return s;
    }

    private static final Set<String> OUR_PLACES = Set.of("on", "in", "for", "at", "across",
            "within", "throughout");

    /**
     * {@code s} without a company's own place for what it asks, at a clause's end ("How does data parallelism work on
     * our cluster?", "How is NDCG computed for our search results?"): an internal wiki's "our X" is where the asker
     * meets the question, not part of it. Only a preposition, "our" and at most three words that name no term: "in our
     * CNN" names a setting and stays.
     */
    private String withoutOurSetting(String s) {
        int our = s.indexOf(" our ");
        if (our < 0) {
            return s;
        }
        int start = s.lastIndexOf(' ', our - 1) + 1;
        if (!OUR_PLACES.contains(s.substring(start, our))) {
            return s;
        }
        int end = s.indexOf(TextNormalizer.CLAUSE, our);
        end = end < 0 ? s.length() : end;
        String place = s.substring(our + 5, end);
        if (place.isEmpty() || place.split(" ").length > 3 || start == 0) {
            return s;
        }
        for (int i = our + 5; i < end; i++) {
            if (glossary.terms().longestAt(s, i) != null) {
                return s;
            }
        }
        return s.substring(0, start - 1) + s.substring(end);
    }

    /**
     * The text before a bank's metadata fields ("…|难度|中等|标签|强化学习", "…|difficulty|easy"): a field name between
     * two clause marks ends the question. All of it when none. Metadata follows a question, so what is kept must be
     * one: it asks or names a term. A field in a frame before the question ("Office hours (Tue 3pm), topic: sorting —
     * my q: what makes an ODE stiff?", a sign-up sheet's) is read on: cutting there left every question of such a
     * bank its frame alone, and a bank of 47 questions merged into one.
     */
    private String cutFields(String s) {
        for (int k = s.indexOf(TextNormalizer.CLAUSE); k > 0; k = s.indexOf(TextNormalizer.CLAUSE, k + 1)) {
            PhraseTrie.Hit<Boolean> field = glossary.framingFields().longestAt(s, k + 1);
            if (field != null && field.end() < s.length() && s.charAt(field.end()) == TextNormalizer.CLAUSE
                    && asksOrNamesTerm(s.substring(0, k))) {
                return s.substring(0, k);
            }
        }
        return s;
    }

    /** Whether normalised text has an ask phrase or names a term; only asked where a field is. */
    private boolean asksOrNamesTerm(String norm) {
        for (int i = 0; i < norm.length(); i++) {
            if (glossary.asks().longestAt(norm, i) != null) {
                return true;
            }
        }
        return namesTerm(norm);
    }

    /**
     * The end of a number label at the start of raw text ("1.", "3、", "Q3.", "Q3:", "第3题：", "(2)"), or 0. Read
     * in the raw text: normalised text drops the mark, and "5折交叉验证" must keep its number. A Markdown heading's
     * marks before it ("### 3. …", "## Q12: …": a README that numbers its questions as headings) go with it, since
     * normalising drops them and would leave the bare number as a word of the question.
     */
    static int numberLabelEnd(String raw) {
        int i = sectionTagEnd(raw, leadingMarksEnd(raw, 0));
        i = leadingMarksEnd(raw, i);
        boolean ordinal = false;
        if (i < raw.length() && (raw.charAt(i) == 'q' || raw.charAt(i) == 'Q')) {
            i++;
        } else if (i < raw.length() && raw.charAt(i) == '第') {
            i++;
            ordinal = true;
            while (i < raw.length() && raw.charAt(i) == ' ') {
                i++; // a platform's "第 88 题"
            }
        }
        int digits = i;
        while (i < raw.length() && i - digits < 3 && raw.charAt(i) >= '0' && raw.charAt(i) <= '9') {
            i++;
        }
        if (i == digits || i >= raw.length()) {
            return 0;
        }
        boolean spaced = ordinal && (raw.charAt(digits - 1) == ' ' || raw.charAt(i) == ' ');
        if (spaced && raw.charAt(i) == ' ' && i + 1 < raw.length() && raw.charAt(i + 1) == '题') {
            i++;
        }
        if (spaced && raw.charAt(i) != '题') {
            return 0; // "第 3 层": spaced, only a question's number is a label
        }
        if (raw.charAt(i) == '题' || isLectureMark(raw.charAt(i)) && ordinal) {
            i++; // "第3题", and a lecture deck's "第6讲 · …" (its slide titles carry the lecture's number)
        }
        int part = subPartEnd(raw, i);
        if (part > 0 && part < raw.length() && Character.isWhitespace(raw.charAt(part))) {
            return part; // "Q2(a) Explain …", "3(c) Compare …": an exam numbers the parts of a question
        }
        int barred = i;
        while (barred < raw.length() && raw.charAt(barred) == ' ') {
            barred++;
        }
        if (barred < raw.length() && (raw.charAt(barred) == '|' || raw.charAt(barred) == '｜')) {
            return barred + 1; // an article's numbered heading ("01 | …", "07｜…")
        }
        char c = i < raw.length() ? raw.charAt(i) : ' ';
        boolean mark = c == '.' || c == '、' || c == ':' || c == '：' || c == ')' || c == '）' || c == '．'
                || ordinal && (c == '｜' || c == '|'); // "第 88 题｜…": a platform parts its fields with bars
        boolean lettered = ordinal || digits > 0 && (raw.charAt(digits - 1) == 'q' || raw.charAt(digits - 1) == 'Q');
        if (mark && !(c == '.' && i + 1 < raw.length() && Character.isDigit(raw.charAt(i + 1)))) {
            return i + 1;
        }
        return lettered && Character.isWhitespace(c) ? i + 1 : 0;
    }

    /**
     * The end of the marks a heading or a post puts before a question's number at {@code i}: spaces, Markdown's
     * "#", and emoji ("🔥 第 5 题：", "📌 3. …": an article's eye-catchers, which normalising makes a clause mark).
     */
    private static int leadingMarksEnd(String raw, int i) {
        while (i < raw.length()) {
            int c = raw.codePointAt(i);
            if (!Character.isWhitespace(c) && c != '#' && !TextNormalizer.isEmoji(c) && c != 0xFE0F) {
                break;
            }
            i += Character.charCount(c);
        }
        return i;
    }

    /**
     * The end of a blog's section tag at {@code i} before a question's running number ("【优化器】25. …", "[CV] 12.
     * …"), or {@code i}: a bracket closed within twelve characters. The tag is kept (a term in it is the question's
     * setting, see {@link #tagEnd}); only the number after it goes.
     */
    private static int sectionTagEnd(String raw, int i) {
        if (i >= raw.length() || raw.charAt(i) != '【' && raw.charAt(i) != '[') {
            return i;
        }
        int close = raw.indexOf(raw.charAt(i) == '【' ? '】' : ']', i);
        return close > i + 1 && close - i <= 12 ? close + 1 : i;
    }

    private static boolean isLectureMark(char c) {
        return c == '讲' || c == '講' || c == '课' || c == '課';
    }

    /** The end of a lettered part "(a)" … "(h)" right after a question's number at {@code i}, or 0. */
    private static int subPartEnd(String raw, int i) {
        if (i + 2 < raw.length() && raw.charAt(i) == '(' && raw.charAt(i + 2) == ')'
                && raw.charAt(i + 1) >= 'a' && raw.charAt(i + 1) <= 'h') {
            return i + 3;
        }
        return 0;
    }

    /** Normalised text without the number label its raw text starts with (see {@link #numberLabelEnd}). */
    private static String stripNumber(String norm) {
        int tag = !norm.isEmpty() && norm.charAt(0) == TextNormalizer.OPEN ? norm.indexOf(TextNormalizer.CLOSE) : -1;
        if (tag > 0) {
            return norm.substring(0, tag + 1) + stripNumber(norm.substring(tag + 1)); // "⟪优化器⟫25 …": the tag stays
        }
        int i = 0;
        if (i < norm.length() && (norm.charAt(i) == 'q' || norm.charAt(i) == '第')) {
            i++;
        }
        while (i < norm.length() && Character.isDigit(norm.charAt(i))) {
            i++;
        }
        if (i < norm.length() && (norm.charAt(i) == '题' || isLectureMark(norm.charAt(i)))) {
            i++;
        }
        if (i + 2 < norm.length() && norm.charAt(i) == TextNormalizer.OPEN && norm.charAt(i + 2) == TextNormalizer.CLOSE
                && norm.charAt(i + 1) >= 'a' && norm.charAt(i + 1) <= 'h') {
            i += 3; // the part "(a)" of "Q2(a)" (see subPartEnd)
        }
        while (i < norm.length() && (norm.charAt(i) == TextNormalizer.CLAUSE || norm.charAt(i) == ' '
                || norm.charAt(i) == TextNormalizer.CLOSE)) {
            i++;
        }
        return i < norm.length() ? norm.substring(i) : norm;
    }
}
