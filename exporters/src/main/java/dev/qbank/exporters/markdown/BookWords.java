package dev.qbank.exporters.markdown;

import java.util.Locale;

/**
 * The words the Markdown book writes itself (its title, the table of contents, the chapter of questions without a
 * topic, each question's labels), in Chinese or English. A Chinese bank's book read "Other questions" and "Answer"
 * among its Chinese chapters (exp29). The book's own headings follow the language most of the bank's questions are
 * in ({@link Tally}); a question's labels follow that question's language, which the bank records for each question;
 * English when it is no Chinese or unknown.
 */
enum BookWords {
    ENGLISH("Question bank", "Contents", "Other questions", "Question", "Prompt", "Answer", "Explanation",
            "Difficulty", "Tags", "Language", "Also asked as", "References", "Sources", "Media",
            "Unresolved conflicts", "(empty question)"),
    CHINESE("题库", "目录", "其他问题", "问题", "提示", "答案", "解析", "难度", "标签", "语言", "其他问法", "参考资料", "来源",
            "媒体", "未解决的冲突", "（空问题）");

    final String title;
    final String contents;
    final String noTopic;
    final String question;
    final String prompt;
    final String answer;
    final String explanation;
    final String difficulty;
    final String tags;
    final String language;
    final String aliases;
    final String references;
    final String sources;
    final String media;
    final String conflicts;
    final String emptyQuestion;

    BookWords(String title, String contents, String noTopic, String question, String prompt, String answer,
              String explanation, String difficulty, String tags, String language, String aliases, String references,
              String sources, String media, String conflicts, String emptyQuestion) {
        this.title = title;
        this.contents = contents;
        this.noTopic = noTopic;
        this.question = question;
        this.prompt = prompt;
        this.answer = answer;
        this.explanation = explanation;
        this.difficulty = difficulty;
        this.tags = tags;
        this.language = language;
        this.aliases = aliases;
        this.references = references;
        this.sources = sources;
        this.media = media;
        this.conflicts = conflicts;
        this.emptyQuestion = emptyQuestion;
    }

    /** The words for a BCP 47 tag: Chinese for {@code zh}, {@code zh-CN}, {@code zh-Hant}, …; English otherwise. */
    static BookWords of(String language) {
        return isChinese(language) ? CHINESE : ENGLISH;
    }

    private static boolean isChinese(String language) {
        if (language == null) {
            return false;
        }
        String l = language.strip().toLowerCase(Locale.ROOT);
        return l.equals("zh") || l.startsWith("zh-") || l.startsWith("zh_");
    }

    /** "4 questions in 3 topics." */
    String count(int questions, int topics) {
        return this == CHINESE ? "共 " + questions + " 题，" + topics + " 个主题。"
                : questions + (questions == 1 ? " question" : " questions") + " in " + topics
                        + (topics == 1 ? " topic" : " topics") + ".";
    }

    /** What a label ends with before its value: a full-width colon in Chinese. */
    String colon() {
        return this == CHINESE ? "：" : ":";
    }

    /** Counts the questions' languages as they stream past: the book's words are those of more than half of them. */
    static final class Tally {
        private long chinese;
        private long all;

        void add(String language) {
            all++;
            if (isChinese(language)) {
                chinese++;
            }
        }

        BookWords words() {
            return chinese * 2 > all ? CHINESE : ENGLISH;
        }
    }
}
