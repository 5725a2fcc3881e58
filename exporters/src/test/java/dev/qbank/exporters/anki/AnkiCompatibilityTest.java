package dev.qbank.exporters.anki;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Golden values that must never change: learners' collections hold notes with these GUIDs and this note type.
 * A different GUID makes a re-import add duplicates; a different note-type id, field list or template makes Anki
 * report conflicts instead of updating. Change them only with a migration plan.
 */
class AnkiCompatibilityTest {
    /** Values also computed independently (Python: SHA-1 of "qbank:" + id, first 8 bytes, Anki's base91). */
    @Test
    void guidsOfKnownIdsAreFixed() {
        assertThat(AnkiIds.guid("what-is-deep-learning")).isEqualTo(GOLDEN_GUID_1);
        assertThat(AnkiIds.guid("seed-002-001")).isEqualTo(GOLDEN_GUID_2);
    }

    @Test
    void noteTypeIsFixed() {
        assertThat(AnkiIds.NOTETYPE_ID).isEqualTo(1_731_000_000_001L);
        assertThat(AnkiCollectionSchema.NOTETYPE_NAME).isEqualTo("qbank question");
        assertThat(AnkiCollectionSchema.FIELDS).isEqualTo(List.of("Question", "Prompt", "Answer", "Explanation",
                "Difficulty", "Topic", "Source", "References", "Id"));
        assertThat(AnkiCollectionSchema.models(1)).contains("\"id\":" + AnkiIds.componentId("field", "Question"))
                .contains("\"name\":\"Card 1\"");
    }

    private static final String GOLDEN_GUID_1 = "1y3|x)M@<r";
    private static final String GOLDEN_GUID_2 = "[2`elQ24|f";
}
