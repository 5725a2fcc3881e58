package dev.qbank.schema;

import static dev.qbank.schema.SchemaAgreementTest.check;
import static org.assertj.core.api.Assertions.assertThat;

import dev.qbank.model.Diagnostic;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Each rule of the two schemas, broken once: the error names the rule and points at the offending line. */
class SchemaRulesTest {
    private static final String OK = "id: q-1\nquestion: 什么是RNN？\n";

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            missing id            | question: x\\n                                   | 1:1  | missing required field 'id'
            missing question      | id: q-1\\n                                       | 1:1  | missing required field 'question'
            blank question        | id: q-1\\nquestion: ' '\\n                       | 2:11 | question: must not be blank
            id upper case         | id: Q_1\\nquestion: x\\n                         | 1:5  | 'Q_1' is not a valid id
            id double hyphen      | id: q--1\\nquestion: x\\n                        | 1:5  | 'q--1' is not a valid id
            id too long           | id: aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\\nquestion: x\\n | 1:5 | id: must be at most 64 characters long
            id not a string       | id: 12\\nquestion: x\\n                          | 1:5  | id: expected a string, found an integer '12'
            unknown field typo    | id: q-1\\nquestion: x\\nanswr: y\\n              | 3:1  | unknown field 'answr' (did you mean 'answer'?)
            unknown field         | id: q-1\\nquestion: x\\nfoo: y\\n                | 3:1  | unknown field 'foo'; allowed fields: id, question, prompt
            bad difficulty        | id: q-1\\nquestion: x\\ndifficulty: hardest\\n   | 3:13 | difficulty: 'hardest' is not one of easy, medium, hard
            empty answer          | id: q-1\\nquestion: x\\nanswer: ''\\n            | 3:9  | answer: must not be empty
            tags not a list       | id: q-1\\nquestion: x\\ntags: rnn\\n             | 3:7  | tags: expected a list, found a string 'rnn'
            tag not a string      | id: q-1\\nquestion: x\\ntags: [a, {b: c}]\\n     | 3:11 | tags[1]: expected a string, found a mapping
            repeated tag          | id: q-1\\nquestion: x\\ntags: [rnn, lstm, rnn]\\n | 3:19 | tags: 'rnn' is listed twice; remove the repeat
            repeated alias        | id: q-1\\nquestion: x\\naliases:\\n  - 什么是RNN\\n  - 什么是RNN\\n | 5:5 | aliases: '什么是RNN' is listed twice
            bad language          | id: q-1\\nquestion: x\\nlanguage: 中文\\n         | 3:11 | language: '中文' is not a BCP 47 language tag
            media not a string    | id: q-1\\nquestion: x\\nmedia: [1]\\n            | 3:9  | media[0]: expected a string, found an integer '1'
            empty reference       | id: q-1\\nquestion: x\\nreferences:\\n  - {}\\n | 4:5 | references[0]: an empty entry; give it a url or a title
            reference unknown     | id: q-1\\nquestion: x\\nreferences:\\n  - url: u\\n    href: v\\n | 5:5 | unknown field 'href' in references[0]
            empty url             | id: q-1\\nquestion: x\\nreferences:\\n  - url: ''\\n | 4:10 | references[0].url: must not be empty
            source line zero      | id: q-1\\nquestion: x\\nsources:\\n  - {file: a, line: 0, text: t}\\n | 4:21 | sources[0].line: must have a minimum value of 1
            source line a string  | id: q-1\\nquestion: x\\nsources:\\n  - {file: a, line: x, text: t}\\n | 4:21 | sources[0].line: expected an integer, found a string 'x'
            source line a float   | id: q-1\\nquestion: x\\nsources:\\n  - {file: a, line: 1.5, text: t}\\n | 4:21 | sources[0].line: expected an integer, found a number '1.5'
            source without text   | id: q-1\\nquestion: x\\nsources:\\n  - {file: a, line: 1}\\n | 4:5 | missing required field 'text' in sources[0]
            source without file   | id: q-1\\nquestion: x\\nsources:\\n  - {line: 1, text: t}\\n | 4:5 | missing required field 'file' in sources[0]
            source typo           | id: q-1\\nquestion: x\\nsources:\\n  - file: a\\n    line: 1\\n    txt: t\\n | 6:5 | unknown field 'txt' in sources[0] (did you mean 'text'?)
            conflict no value     | id: q-1\\nquestion: x\\nconflicts:\\n  - field: answer\\n | 4:5 | missing required field 'value' in conflicts[0]
            conflict unknown      | id: q-1\\nquestion: x\\nconflicts:\\n  - {field: a, value: b, why: c}\\n | 4:26 | unknown field 'why' in conflicts[0]
            null value            | id: q-1\\nquestion: x\\nanswer:\\n               | 3:8  | answer: expected a string, found nothing (null)
            not a mapping         | - a\\n- b\\n                                      | 1:1  | the file must be a YAML mapping of fields
            """)
    void questionRule(String rule, String yaml, String at, String message) {
        List<Diagnostic> found = check(SchemaCheck.question(), yaml.replace("\\n", "\n"));
        assertThat(found).as(rule).isNotEmpty();
        assertThat(found).as(rule).allMatch(d -> d.code().equals("schema"));
        Diagnostic d = found.stream().filter(x -> x.message().contains(message)).findFirst().orElseThrow(
                () -> new AssertionError(rule + ": no finding says '" + message + "' in " + found));
        assertThat(d.line() + ":" + d.column()).as(rule + ": " + d).isEqualTo(at);
        assertThat(check(SchemaCheck.question(), OK)).isEmpty();
    }

    /** The wrong types hand-written YAML invites, each with what to write instead (the whole message). */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '¦', quoteCharacter = '`', commentCharacter = '%', textBlock = """
            comment as value  ¦ id: q-1\\nquestion: x\\nanswer: #1 rule: y\\n ¦ 3:8  ¦ answer: expected a string, found nothing (null) ('#' after ': ' starts a comment); put the whole value in single quotes
            no value          ¦ id: q-1\\nquestion: x\\nanswer:\\n            ¦ 3:8  ¦ answer: expected a string, found nothing (null); write a value after ':', or leave the field out
            no difficulty     ¦ id: q-1\\nquestion: x\\ndifficulty:\\n        ¦ 3:12 ¦ difficulty: no value; write one of easy, medium, hard after ':', or leave the field out
            capital level     ¦ id: q-1\\nquestion: x\\ndifficulty: Easy\\n   ¦ 3:13 ¦ difficulty: 'Easy' is not one of easy, medium, hard (did you mean 'easy'?)
            chinese level     ¦ id: q-1\\nquestion: x\\ndifficulty: 简单\\n     ¦ 3:13 ¦ difficulty: '简单' is not one of easy, medium, hard; write 'easy' (what 'qbank import' reads '简单' as)
            level as a number ¦ id: q-1\\nquestion: x\\ndifficulty: 2\\n      ¦ 3:13 ¦ difficulty: '2' is not one of easy, medium, hard; write 'medium' (what 'qbank import' reads '2' as)
            level as stars    ¦ id: q-1\\nquestion: x\\ndifficulty: ★★★\\n    ¦ 3:13 ¦ difficulty: '★★★' is not one of easy, medium, hard; write 'hard' (what 'qbank import' reads '★★★' as)
            english synonym   ¦ id: q-1\\nquestion: x\\ndifficulty: advanced\\n ¦ 3:13 ¦ difficulty: 'advanced' is not one of easy, medium, hard; write 'hard' (what 'qbank import' reads 'advanced' as)
            tags as a string  ¦ id: q-1\\nquestion: x\\ntags: cnn, 深度学习\\n   ¦ 3:7  ¦ tags: expected a list, found a string 'cnn, 深度学习'; write a list, e.g. tags: [cnn, 深度学习]
            url as references ¦ id: q-1\\nquestion: x\\nreferences: https://x.org\\n ¦ 3:13 ¦ references: expected a list, found a string 'https://x.org'; write a list: one '- ' line per entry, indented under the field
            number as text    ¦ id: q-1\\nquestion: 123\\n                  ¦ 2:11 ¦ question: expected a string, found an integer '123'; put it in quotes to keep it as text
            no id             ¦ question: x\\n                             ¦ 1:1  ¦ missing required field 'id'; add 'id: q', the file's name
            a list            ¦ - a\\n                                     ¦ 1:1  ¦ the file must be a YAML mapping of fields (id, question, prompt, answer, explanation, difficulty, topic, tags, language, aliases, references, media, sources, conflicts), not a list
            """)
    void handWrittenMistakesSayWhatToWrite(String rule, String yaml, String at, String message) {
        assertThat(check(SchemaCheck.question(), yaml.replace("\\n", "\n"))).extracting(Diagnostic::format)
                .containsExactly("q.yaml:" + at + ": error[schema]: " + message);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            missing version    | name: x\\n                                         | 1:1  | missing required field 'schemaVersion'
            newer version      | schemaVersion: 2\\n                                | 1:16 | schemaVersion: must be 1
            version as text    | schemaVersion: '1'\\n                              | 1:16 | schemaVersion: must be 1, found a string '1'
            unknown field      | schemaVersion: 1\\nnmae: x\\n                      | 2:1  | unknown field 'nmae' (did you mean 'name'?)
            bad digest         | schemaVersion: 1\\nsources:\\n  - {file: a, sha256: xyz}\\n | 3:23 | sources[0].sha256: 'xyz' does not match
            negative count     | schemaVersion: 1\\nsources:\\n  - {file: a, questions: -1}\\n | 3:26 | sources[0].questions: must have a minimum value of 0
            source without file | schemaVersion: 1\\nsources:\\n  - {format: table}\\n | 3:5 | missing required field 'file' in sources[0]
            """)
    void manifestRule(String rule, String yaml, String at, String message) {
        List<Diagnostic> found = check(SchemaCheck.bank(), yaml.replace("\\n", "\n"));
        assertThat(found).as(rule).isNotEmpty();
        Diagnostic d = found.stream().filter(x -> x.message().contains(message)).findFirst().orElseThrow(
                () -> new AssertionError(rule + ": no finding says '" + message + "' in " + found));
        assertThat(d.line() + ":" + d.column()).as(rule + ": " + d).isEqualTo(at);
    }
}
