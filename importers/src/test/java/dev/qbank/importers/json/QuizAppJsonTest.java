package dev.qbank.importers.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import dev.qbank.importers.Golden;
import dev.qbank.model.Diagnostic;
import dev.qbank.model.Question;
import org.junit.jupiter.api.Test;

/** JSON as quiz apps and quiz datasets write it: camelCase keys, wrong answers beside the right one. */
class QuizAppJsonTest {
    private final JsonRecordsImporter importer = new JsonRecordsImporter();

    /** Keys in camelCase (a JavaScript app's) named no column: the file was refused as having no question field. */
    @Test
    void camelCaseKeysNameTheirColumns() {
        Golden.Result r = Golden.readText(importer, """
                [{"questionText": "What does CSS stand for?", "correctAnswer": "Cascading Style Sheets",
                  "difficultyLevel": "easy", "questionCategory": "web"}]
                """);
        assertThat(r.questions()).extracting(Question::question, Question::answer, q -> q.difficulty().name(),
                Question::topic).containsExactly(tuple("What does CSS stand for?", "Cascading Style Sheets", "EASY",
                "web"));
        assertThat(r.warnings()).isEmpty();
    }

    /**
     * A quiz's wrong answers ({@code incorrect_answers}, {@code wrongAnswers}, 错误答案) named the answer column by
     * their last word: when they came first they were the answer, and the right one was dropped without a word.
     */
    @Test
    void wrongAnswersAreNeverTheAnswer() {
        Golden.Result r = Golden.readText(importer, """
                [{"question": "Largest planet?", "incorrect_answers": ["Mars", "Venus"], "correct_answer": "Jupiter"},
                 {"question": "Smallest prime?", "wrongAnswers": ["1", "0"], "correctAnswer": "2"},
                 {"题目": "最大的海洋？", "错误答案": "大西洋", "答案": "太平洋"}]
                """);
        assertThat(r.questions()).extracting(Question::answer).containsExactly("Jupiter", "2", "太平洋");
        assertThat(r.warnings()).extracting(Diagnostic::code).containsExactly("fields-not-read");
        assertThat(r.warnings().get(0).message()).contains("incorrect_answers, wrongAnswers, 错误答案");
    }

    /**
     * MMLU-style records give the answer as the option's position from 0 ({@code "answer": 2}): the answer was "2",
     * which names no option. It is the option's letter now; a number that is an option's text stays, and one past
     * the options is kept with a warning.
     */
    @Test
    void aNumberAnswerBesideOptionsIsTheOptionAtThatPosition() {
        Golden.Result r = Golden.readText(importer, """
                {"question": "Which activation does not saturate?", "choices": ["sigmoid", "tanh", "ReLU"], "answer": 2}
                {"question": "Bits in a byte?", "choices": ["4", "8", "16"], "answer": 8}
                {"question": "Adam adds what to RMSProp?", "choices": ["momentum", "dropout"], "answer": 5}
                """);
        assertThat(r.questions()).extracting(Question::answer).containsExactly("C", "8", "5");
        assertThat(r.questions().get(0).prompt()).endsWith("C. ReLU");
        assertThat(r.warnings()).extracting(Diagnostic::code, Diagnostic::line).containsExactly(tuple("json-field", 3));
        assertThat(r.warnings().get(0).message()).contains("answer 5 is no option's position among the 2 options");
    }
}
