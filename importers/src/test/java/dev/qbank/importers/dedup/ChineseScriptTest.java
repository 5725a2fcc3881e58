package dev.qbank.importers.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.houbb.opencc4j.support.datamap.IDataMap;
import com.github.houbb.opencc4j.support.datamap.impl.DataMaps;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import org.junit.jupiter.api.Test;

/**
 * The shortcut of {@link ChineseScript} (text the conversion cannot change is not converted) must give exactly
 * what the full conversion gives, for every text.
 */
class ChineseScriptTest {
    private static final IDataMap DICTIONARIES = DataMaps.defaults();
    private static final Path SEEDS = Path.of("../seeds");

    @Test
    void seedTextIsConvertedAsWithoutTheShortcut() throws IOException {
        List<String> lines = new ArrayList<>();
        try (Stream<Path> files = Files.list(SEEDS)) {
            for (Path f : files.sorted().toList()) {
                lines.addAll(Files.readAllLines(f, StandardCharsets.UTF_8));
            }
        }
        assertThat(lines).hasSizeGreaterThan(200);
        for (String line : lines) {
            assertThat(ChineseScript.toSimplified(line)).as(line)
                    .isEqualTo(ChineseScript.toSimplifiedWithoutShortcut(line));
        }
    }

    @Test
    void traditionalTextStillConverts() {
        assertThat(ChineseScript.toSimplified("什麼是過擬合")).isEqualTo("什么是过拟合");
    }

    /**
     * A phrase whose every char is left alone by the char dictionary but which the phrase dictionary rewrites:
     * a shortcut that looked at chars only would return it unchanged.
     */
    @Test
    void aPhraseOfUnchangedCharsStillConverts() {
        String phrase = phraseOfStableChars();
        assertThat(ChineseScript.toSimplified(phrase)).isNotEqualTo(phrase)
                .isEqualTo(ChineseScript.toSimplifiedWithoutShortcut(phrase));
        String inText = "什么是" + phrase + "的作用";
        assertThat(ChineseScript.toSimplified(inText)).isNotEqualTo(inText)
                .isEqualTo(ChineseScript.toSimplifiedWithoutShortcut(inText));
    }

    private static String phraseOfStableChars() {
        for (Map.Entry<String, List<String>> e : DICTIONARIES.tsPhrase().entrySet()) {
            String key = e.getKey();
            if (!e.getValue().isEmpty() && !e.getValue().get(0).equals(key)
                    && key.chars().allMatch(c -> ChineseScript.toSimplifiedWithoutShortcut(Character.toString(c))
                            .equals(Character.toString(c)))
                    && !ChineseScript.toSimplifiedWithoutShortcut(key).equals(key)) {
                return key;
            }
        }
        throw new AssertionError("the phrase dictionary has no phrase of unchanged chars: pick another test");
    }

    @Property(tries = 3000)
    void shortcutAgreesWithTheFullConversion(@ForAll("mixedText") String text) {
        assertThat(ChineseScript.toSimplified(text)).isEqualTo(ChineseScript.toSimplifiedWithoutShortcut(text));
    }

    /**
     * Text made of pieces: simplified and other Han chars, ASCII, chars and whole keys of the dictionaries (so
     * phrases occur whole, which random chars would almost never give), and the values they convert to.
     */
    @Provide
    Arbitrary<String> mixedText() {
        List<String> charKeys = List.copyOf(DICTIONARIES.tsChar().keySet());
        List<String> phraseKeys = List.copyOf(DICTIONARIES.tsPhrase().keySet());
        List<String> values = new ArrayList<>();
        DICTIONARIES.tsChar().values().forEach(values::addAll);
        DICTIONARIES.tsPhrase().values().forEach(values::addAll);
        String simplified = "什么是过拟合如何解决梯度消失的问题请描述其特点中量据注推合反向传播";
        Arbitrary<String> piece = Arbitraries.frequencyOf(
                Tuple.of(3, Arbitraries.of(simplified.chars().mapToObj(Character::toString).toList())),
                Tuple.of(3, Arbitraries.chars().range('\u4e00', '\u9fff').map(String::valueOf)),
                Tuple.of(2, Arbitraries.strings().ascii().ofMaxLength(4)),
                Tuple.of(3, Arbitraries.of(charKeys)),
                Tuple.of(2, Arbitraries.of(phraseKeys)),
                Tuple.of(1, Arbitraries.of(values)),
                Tuple.of(1, Arbitraries.strings().ofMaxLength(2)));
        return piece.list().ofMaxSize(12).map(pieces -> String.join("", pieces));
    }
}
