package dev.qbank.importers.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TextGramsTest {
    private static List<String> keys(String text) {
        return TextGrams.of(TextNormalizer.normalize(text)).stream().map(TextGrams.Gram::key).toList();
    }

    @Test
    void chineseGivesOverlappingCharacterPairs() {
        assertThat(keys("蓝鲸队列怎么扩容")).containsExactly("蓝鲸", "鲸队", "队列", "列怎", "怎么", "么扩", "扩容");
    }

    @Test
    void kanaIsUnsegmentedToo() {
        assertThat(keys("キャッシュ")).containsExactly("キャ", "ャッ", "ッシ", "シュ");
    }

    @Test
    void otherScriptsGiveWordsCutToTheirStem() {
        // the ending differs, the stem does not: no English (or Finnish) vocabulary needed
        assertThat(keys("Matrix factorisation")).containsExactly("matri", "facto");
        assertThat(keys("matrix factorization")).containsExactly("matri", "facto");
        // (accents fold to their base letters since dedup17: "välimuistin" is "valimuistin")
        assertThat(keys("välimuistin tyhjennys")).containsExactly("valim", "tyhje");
    }

    @Test
    void otherAlphabetsGiveCharacterTriples() {
        // the normaliser joins Armenian words (it keeps spaces only between Latin, Cyrillic, Greek and Thai ones):
        // triples need no boundaries
        assertThat(keys("բառ գիր")).containsExactly("բառ", "առգ", "ռգի", "գիր");
        assertThat(keys("բա")).containsExactly("բա");
        // dedup23: Greek words keep their spaces and lose their case endings, and are cut like Latin ones
        assertThat(keys("λάμδα σίγμα")).containsExactly("λαμδ", "σιγμ");
        // dedup21: Cyrillic words keep their spaces and lose their case endings, and are cut like Latin ones
        assertThat(keys("кэш Зорба")).containsExactly("кэш", "зорб");
        assertThat(keys("кэширования")).containsExactly("кэшир");
    }

    @Test
    void singleCharactersAndPunctuationAreNoPieces() {
        assertThat(keys("a 和 b？")).isEmpty();
        assertThat(keys("Zorblax的Quenti缓存")).containsExactly("zorbl", "quent", "缓存");
    }

    @Test
    void piecesKnowWhereTheyStand() {
        String text = TextNormalizer.normalize("Zorblax缓存");
        TextGrams.Gram word = TextGrams.of(text).get(0);
        assertThat(text.substring(word.start(), word.end())).isEqualTo("zorblax");
    }
}
