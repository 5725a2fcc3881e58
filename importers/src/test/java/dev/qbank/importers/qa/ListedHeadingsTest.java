package dev.qbank.importers.qa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import dev.qbank.importers.Golden;
import dev.qbank.model.Diagnostic;
import dev.qbank.model.Question;
import org.junit.jupiter.api.Test;

/**
 * The big GitHub interview READMEs' shape (audit 42): {@code 1. ### question} list items over answers indented into
 * the item, a table of contents above and a 'back to top' link under each answer, sometimes an empty anchor before
 * the next item.
 */
class ListedHeadingsTest {
    private static final String README = """
            # React Interview Questions

            ### Table of Contents

            | No. | Questions |
            | --- | --------- |
            | 1 | [What is React?](#what-is-react) |
            | 2 | [What is JSX?](#what-is-jsx) |
            | 3 | [What are keys?](#what-are-keys) |

            1. ### What is React?

                A JavaScript library for building user interfaces
                out of components.

                **[⬆ Back to Top](#table-of-contents)**

            <a name="what-is-jsx"></a>
            2. ### What is JSX?

                A syntax extension that looks like HTML:

                ```jsx
                const el = (
                  <h1>Hi</h1>
                );
                ```

                **[⬆ Back to Top](#table-of-contents)**

            10. ### Q10. What are keys?

                Stable identities for list items.

            ## Disclaimer

            Not an official list.
            """;

    @Test
    void listedHeadingsAreQuestionsOverTheirItemsText() {
        assertThat(Golden.detect(README)).isEqualTo("qa");
        Golden.Result r = Golden.readText(new QaImporter(), README);
        assertThat(r.questions()).extracting(Question::question, q -> q.sources().get(0).number(),
                q -> q.sources().get(0).line()).containsExactly(tuple("What is React?", "1", 11),
                tuple("What is JSX?", "2", 19), tuple("What are keys?", "10", 31));
        assertThat(r.questions().get(0).answer())
                .isEqualTo("A JavaScript library for building user interfaces\nout of components.");
        // the code keeps its own indentation; the item's goes, and so do the back-to-top link and the next anchor
        assertThat(r.questions().get(1).answer())
                .isEqualTo("A syntax extension that looks like HTML:\n\n```jsx\nconst el = (\n  <h1>Hi</h1>\n);\n```");
        assertThat(r.warnings()).extracting(Diagnostic::code).contains("table-of-contents", "outside-question");
    }

    @Test
    void oneListedHeadingIsNoShape() {
        String text = "1. ### Install\n\n    npm i\n\n2. Run it\n";
        assertThat(ListedHeadings.asHeadings(text)).isSameAs(text);
    }

    @Test
    void aBackToTopLineBeforeTheNextHeadingsAnchorIsNoAnswerText() {
        String page = """
                # T

                ## 1. What is A?

                Answer A.

                **[⬆ Back to Top](#table-of-contents)**

                <a name="b"></a>
                ## 2. What is B?

                Answer B.
                """;
        assertThat(Golden.readText(new QaImporter(), page).questions()).extracting(Question::answer)
                .containsExactly("Answer A.", "Answer B.");
    }
}
