package dev.qbank.importers.table;

import dev.qbank.model.LatinLetters;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a table column holds, recognised by its header text in any order (Chinese or English headers). Shared by the
 * tabular formats: Markdown tables here, CSV/TSV in {@code csv}.
 */
public enum Column {
    QUESTION(List.of("题目", "问题", "面试题", "题干", "试题", "question", "questions", "title", "q", "stem",
            // a flash card's two sides, as Anki and other card apps name them
            "front", "正面"),
            List.of("frage", "fragen", "pregunta", "preguntas", "pergunta", "perguntas", "domanda", "domande", "vraag",
                    "vragen", "вопрос", "вопросы", "題目", "問題", "質問", "設問", "질문", "문제", "câu hỏi", "pertanyaan",
                    "soal", "soru", "sorular", "pytanie", "pytania")),
    /**
     * The question's fuller statement, when the question column holds a short title: what
     * {@code qbank export --format xlsx} writes under "prompt".
     */
    PROMPT(List.of("完整题目", "题目全文", "原题", "prompt", "full question")),
    /** Other phrasings of the question, one a line: what {@code qbank export --format xlsx} writes under "aliases". */
    ALIASES(List.of("别名", "其他问法", "同义问法", "aliases", "other phrasings")),
    /** A choice question's options ({@code A. ReLU}, one a line): the question with them is its full prompt. */
    OPTIONS(List.of("选项", "备选项", "options", "choices")),
    DIFFICULTY(List.of("难度", "难易", "难易度", "难度等级", "级别", "等级", "difficulty", "level"),
            List.of("schwierigkeit", "schwierigkeitsgrad", "niveau", "stufe", "difficulté", "dificultad", "nivel",
                    "dificuldade", "nível", "difficoltà", "livello", "moeilijkheid", "moeilijkheidsgraad", "сложность",
                    "уровень", "難度", "難易度", "難易", "レベル", "난이도", "수준", "độ khó", "cấp độ", "kesulitan",
                    "tingkat kesulitan", "tingkat", "zorluk", "seviye", "trudność", "poziom")),
    TAGS(List.of("标签", "tags", "tag", "关键词", "关键字", "知识点", "考点", "考察点", "keywords", "labels"),
            List.of("schlagwörter", "stichwörter", "schlüsselwörter", "étiquettes", "mots-clés", "etiquetas",
                    "palabras clave", "palavras-chave", "etichette", "parole chiave", "trefwoorden", "теги", "метки",
                    "ключевые слова", "標籤", "關鍵詞", "關鍵字", "タグ", "キーワード", "태그", "키워드", "thẻ", "từ khóa",
                    "kata kunci", "etiketler", "anahtar kelimeler", "tagi", "słowa kluczowe")),
    ANSWER(List.of("答案", "回答", "参考答案", "answer", "answers", "a", "back", "背面"),
            List.of("antwort", "antworten", "réponse", "réponses", "respuesta", "respuestas", "resposta", "respostas",
                    "risposta", "risposte", "antwoord", "antwoorden", "ответ", "ответы", "參考答案", "答え", "解答",
                    "正解", "模範解答", "답변", "정답", "답", "trả lời", "đáp án", "jawaban", "cevap", "cevaplar", "yanıt",
                    "odpowiedź", "odpowiedzi")),
    EXPLANATION(List.of("解析", "解释", "答案解析", "说明", "explanation", "explanations", "analysis"),
            List.of("erklärung", "erläuterung", "begründung", "explication", "explicación", "explicação", "spiegazione",
                    "uitleg", "toelichting", "объяснение", "пояснение", "解釋", "說明", "解説", "説明", "해설", "설명",
                    "giải thích", "penjelasan", "açıklama", "wyjaśnienie", "objaśnienie")),
    /**
     * A remark on the question ({@code 备注}, {@code Notes}, {@code Remarks}, {@code Comments}): the model keeps no
     * note apart, so it is the explanation, after an explanation column's text when the sheet has both
     * ({@link #withNotes}). {@code Notes} was the explanation and {@code 备注} a column not read: one word, two fates.
     */
    NOTES(List.of("备注", "备注信息", "附注", "批注", "notes", "note", "remarks", "remark", "comments", "comment", "memo"),
            List.of("bemerkung", "bemerkungen", "anmerkung", "anmerkungen", "notizen", "notiz", "remarques", "remarque",
                    "observaciones", "observación", "notas", "nota", "observações", "osservazioni", "opmerkingen",
                    "opmerking", "примечание", "примечания", "заметки", "備註", "附註", "備考", "メモ", "비고", "메모",
                    "ghi chú", "catatan", "keterangan", "notlar", "uwagi")),
    TOPIC(List.of("分类", "类别", "主题", "模块", "章节", "方向", "领域", "科目", "专题", "板块", "topic", "category",
            // the short and other names scrapers and quiz apps give it
            "cat", "subject", "module", "domain", "section", "chapter"),
            List.of("kategorie", "thema", "themen", "bereich", "kapitel", "catégorie", "thème", "sujet", "chapitre",
                    "categoría", "tema", "capítulo", "categoria", "tópico", "assunto", "argomento", "capitolo",
                    "categorie", "onderwerp", "hoofdstuk", "тема", "категория", "раздел", "глава", "分類", "類別",
                    "主題", "章節", "カテゴリ", "カテゴリー", "分野", "トピック", "카테고리", "주제", "분류", "chủ đề",
                    "danh mục", "chương", "kategori", "topik", "konu", "bölüm", "kategoria", "temat", "dział",
                    "rozdział")),
    NUMBER(List.of("序号", "编号", "题号", "#", "no", "number", "num"),
            List.of("nr", "nummer", "numéro", "número", "núm", "numero", "номер", "序號", "編號", "題號", "番号", "번호",
                    "số", "stt", "nomor", "numara", "sıra", "numer", "lp")),
    URL(List.of("链接", "地址", "网址", "url", "link")),
    /** Further reading, one link a line: what {@code qbank export --format xlsx} writes under "references". */
    REFERENCES(List.of("参考资料", "参考文献", "references")),
    /**
     * Not a header name: how many option columns headed {@code A}, {@code B}, … follow the {@link #OPTIONS} index,
     * when a sheet gives each option a column ({@code 题目,A,B,C,D,答案}; see {@link SheetRow#header}).
     */
    OPTION_LETTERS(List.of());

    /**
     * A row's explanation with its notes ({@link #NOTES}): the notes alone when there is no explanation, else after
     * it under their own label ({@code 备注：}, {@code Notes:}), so that a remark never reads as part of the reasoning.
     */
    public static String withNotes(String explanation, String notes) {
        if (notes == null || notes.isBlank()) {
            return explanation;
        }
        if (explanation == null || explanation.isBlank()) {
            return notes;
        }
        boolean chinese = notes.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
        return explanation + "\n\n" + (chinese ? "备注：" : "Notes: ") + notes;
    }

    private final List<String> names;
    /**
     * The same names in other languages, folded as headers are ({@link #fold}). Matched whole (or, written in CJK
     * scripts, inside a longer header), or as the head of a Romance header ({@link #ofRomanceHead}: "Numéro de la
     * question" is the number), never by {@link #ofEnglishWords}'s last-word rule, which is English word order.
     */
    private final List<String> otherLanguages;

    Column(List<String> names) {
        this(names, List.of());
    }

    Column(List<String> names, List<String> otherLanguages) {
        this.names = names;
        this.otherLanguages = otherLanguages.stream().map(Column::fold).toList();
    }

    /**
     * The column a header names. Exact names first ("title" is a question, "a" an answer); then a Chinese name
     * inside a longer header ("题目名称", "难度等级"). Other languages' names (Frage, Réponse, 質問, 난이도, Câu hỏi) are
     * matched case- and accent-insensitively.
     */
    public static Optional<Column> of(String header) {
        String h = normalise(header);
        if (h.isEmpty()) {
            return Optional.empty();
        }
        for (Column c : values()) {
            if (c.names.contains(h)) {
                return Optional.of(c);
            }
        }
        String folded = fold(header);
        for (Column c : values()) {
            if (c.otherLanguages.contains(folded)) {
                return Optional.of(c);
            }
        }
        if (negated(header)) {
            return Optional.empty(); // "incorrect_answers", "wrongAnswers", "错误答案": not the answer, never read as it
        }
        for (Column c : values()) {
            for (String name : c.names) {
                if (name.length() >= 2 && name.codePointAt(0) > 0x2E80 && h.contains(name)) {
                    return Optional.of(c);
                }
            }
            for (String name : c.otherLanguages) {
                if (name.length() >= 2 && name.codePointAt(0) > 0x2E80 && folded.contains(name)) {
                    return Optional.of(c);
                }
            }
        }
        Optional<Column> head = ofRomanceHead(header);
        return head.isPresent() ? head : ofEnglishWords(header);
    }

    /**
     * A header in Romance word order, the head noun first and what it is of after {@code de} / {@code di} / {@code da}
     * ("Numéro de la question", "Número de pregunta", "Numero della domanda"): the column its head names, if it names
     * one. Read by the English last-word rule, "Numéro de la question" was a second question column.
     */
    private static final Pattern ROMANCE_HEAD = Pattern.compile(
            "^[ \\t]*(\\p{L}+)[ \\t]+(?i:de|du|des|del|della|dello|di|da|do|dos|das)[ \\t]");

    private static Optional<Column> ofRomanceHead(String header) {
        Matcher m = ROMANCE_HEAD.matcher(Normalizer.normalize(header, Normalizer.Form.NFKC));
        if (!m.find()) {
            return Optional.empty();
        }
        String word = fold(m.group(1));
        for (Column c : values()) {
            if (c.names.contains(word) || c.otherLanguages.contains(word)) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }

    /**
     * The words of a header naming what a column is not: a quiz's wrong answers (OpenTDB's {@code incorrect_answers},
     * {@code wrongAnswers}, a sheet's "错误答案", "干扰项"), which were read as the answer when they came first, the
     * right one then left out.
     */
    private static final Set<String> NEGATING = Set.of("incorrect", "wrong", "false",
            "distractor", "distractors");
    private static final Pattern NEGATING_CHINESE = Pattern.compile("错误|干扰|错选|錯誤|不正解|誤答|오답");

    private static boolean negated(String header) {
        return NEGATING_CHINESE.matcher(header).find() || Arrays.stream(words(header))
                .anyMatch(NEGATING::contains);
    }

    /** A header's English words, lower case; camelCase is words too (questionText, correctAnswer). */
    private static String[] words(String header) {
        String spaced = CAMEL_CASE.matcher(Normalizer.normalize(header, Normalizer.Form.NFKC)).replaceAll(" ");
        return spaced.toLowerCase(Locale.ROOT).split("[^a-z]+");
    }

    /** Last words of a header naming a key rather than a text: {@code id}, {@code uuid}, a URL's {@code slug}. */
    private static final Set<String> IDENTIFIERS = Set.of("id", "ids", "uuid", "guid", "slug");
    /** What a question's own key is named after: {@code questionId}, {@code problem_id}, {@code cardId}. */
    private static final Set<String> RECORD_WORDS = Set.of("question", "questions", "problem", "exercise", "card",
            "q");

    private static final Pattern CAMEL_CASE = Pattern.compile("(?<=[a-z])(?=[A-Z])");

    /**
     * An English header of several words names the column of its last word that is a name ("Interview Question",
     * "Difficulty Level", "Question Category"): in English the last noun is the head. Short or vague names ("q",
     * "a", "no", "title") are left to the exact match, so "Chapter Title" is a topic.
     */
    private static Optional<Column> ofEnglishWords(String header) {
        String[] words = words(header);
        if (words.length > 1 && IDENTIFIERS.contains(words[words.length - 1])) {
            // "questionId", "question_id", LeetCode's "questionFrontendId": the question's own number, not a second
            // question column (the first one a record had took the question's place: a question "206");
            // "categoryId", "userId": a key of something else, no field
            return Optional.ofNullable(!words[words.length - 1].equals("slug")
                    && Arrays.stream(words).anyMatch(RECORD_WORDS::contains) ? NUMBER : null);
        }
        for (int i = words.length - 1; i >= 0; i--) {
            String word = words[i];
            if (word.length() < 3 || word.equals("title")) {
                continue;
            }
            for (Column c : values()) {
                if (c.names.contains(word)) {
                    return Optional.of(c);
                }
            }
        }
        return Optional.empty();
    }

    /** {@link #normalise}d, its Latin letters without accents: "Réponse", "reponse" and "RÉPONSE" are one name. */
    static String fold(String header) {
        return LatinLetters.fold(normalise(header));
    }

    static String normalise(String header) {
        String s = Normalizer.normalize(header, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT).strip();
        return s.equals("#") ? s : s.replaceAll("[\\p{P}\\p{S}\\s]+", "");
    }
}
