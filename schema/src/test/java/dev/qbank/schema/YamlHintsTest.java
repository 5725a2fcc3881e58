package dev.qbank.schema;

import static org.assertj.core.api.Assertions.assertThat;

import dev.qbank.model.Diagnostic;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The YAML mistakes people make writing a question file by hand, each reported on the line (and column) where it
 * was made, saying what is wrong and what to write instead, not what state the parser was in.
 */
class YamlHintsTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', quoteCharacter = '`', commentCharacter = '%', textBlock = """
            tab indentation     # id: a\\nanswer:\\n\\tCNN\\n                  # 3:1  # a tab character; YAML indents with spaces only: replace the tab with spaces
            no space after :    # id: a\\nquestion:什么是CNN?\\nanswer: b\\n    # 2:1  # no space after 'question:'; YAML needs one between ':' and the value
            full-width colon    # id: a\\nquestion：什么是CNN?\\n              # 2:1  # '：' is a full-width colon; write the field name, ':' and a space
            several lines       # id: a\\nanswer: 第一行\\n第二行\\n\\n第三段\\n     # 3:1  # this line is not 'field: value'; a value of several lines goes under 'field: |', each line indented by two spaces
            list under a value  # id: a\\nanswer: 第一行\\n- 第二点\\n          # 3:1  # this line does not line up with the fields above; check its indentation (a value of several lines goes under 'field: |', each line indented by two spaces)
            colon in a value    # id: a\\nquestion: 注意: 什么是CNN?\\n         # 2:13 # the value contains ': '; put the whole value in single quotes (a ' inside written as '')
            indented field      # id: a\\n  question: x\\n                  # 2:11 # this line is indented more than the field above; fields start at the same column
            bracket first       # id: a\\nquestion: [图像] 什么是CNN\\n        # 2:16 # the value starts with '[' and goes on after its end; put the whole value in single quotes (a ' inside written as '')
            quotes inside       # id: a\\nquestion: "什么是"CNN"?"\\n          # 2:16 # the value starts with '"' and goes on after its end; put the whole value in single quotes (a ' inside written as '')
            at sign first       # id: a\\nquestion: @property 是什么\\n        # 2:11 # a value cannot start with '@'; put the whole value in single quotes (a ' inside written as '')
            dash first          # id: a\\nquestion: - 什么\\n                # 2:11 # a value cannot start with '- ' on the field's line: put the whole value in single quotes (a ' inside written as ''), or start the list on the next line
            unclosed quote      # id: a\\nquestion: "x\\nanswer: y\\n        # 2:11 # a quoted value is never closed; add the closing quote
            unclosed bracket    # id: a\\ntags: [x, y\\n                  # 2:7  # the '[' here is never closed; add the closing ']', or, if the value is text, put the whole value in single quotes (a ' inside written as '')
            ends inside a list  # id: a\\nsources: {a: [\\n               # 2:14 # the '[' here is never closed; add the closing ']', or, if the value is text, put the whole value in single quotes (a ' inside written as '')
            conflict marker     # id: a\\nquestion: x\\n<<<<<<< HEAD\\naliases:\\n  - y\\n=======\\naliases:\\n  - z\\n>>>>>>> b\\n # 3:1 # a git merge conflict marker ('<<<<<<< HEAD'): the merge left this file unresolved; keep the lines of each side the bank needs (both sides' list entries, usually), delete the marker lines, then run 'qbank validate'
            both set a field    # id: a\\nquestion: x\\n<<<<<<< HEAD\\nquestion: 卷积是什么？\\n=======\\nquestion: 什么是卷积（convolution）？\\n>>>>>>> alice\\n # 3:1 # a git merge conflict marker ('<<<<<<< HEAD'): the merge left this file unresolved; both sides set the same field: keep one side's line (or write one value from both), delete the marker lines, then run 'qbank validate'
            """)
    void aHandWrittenMistakeIsToldWhereItWasMadeAndHowToFixIt(String name, String yaml, String at, String message) {
        YamlDocument doc = YamlDocument.read("q.yaml", yaml.replace("\\n", "\n").replace("\\t", "\t"));
        assertThat(doc.diagnostics()).extracting(Diagnostic::format)
                .containsExactly("q.yaml:" + at + ": error[yaml]: invalid YAML: " + message);
    }
}
