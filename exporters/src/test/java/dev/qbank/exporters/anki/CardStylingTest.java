package dev.qbank.exporters.anki;

import static org.assertj.core.api.Assertions.assertThat;

import dev.qbank.model.BankStore;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The note type's CSS as the package holds it (read back with SQL), rule by rule: what a learner sees in night
 * mode, on a phone, and for code.
 */
class CardStylingTest {
    private static final Pattern RULE = Pattern.compile("([^{}]+)\\{([^{}]*)}");

    @TempDir
    Path tmp;

    /** Each selector of the stylesheet with its declarations (property to value), merged in order. */
    private final Map<String, Map<String, String>> rules = new LinkedHashMap<>();

    @BeforeEach
    void readTheNoteTypeCss() throws Exception {
        BankStore store = TestBanks.write(tmp.resolve("bank"), TestBanks.sample());
        ApkgContents apkg = ApkgContents.read(TestBanks.export(store, tmp.resolve("s.apkg"), Map.of()), tmp);
        JsonNode models = JsonMapper.builder().build().readTree((String) apkg.rows("SELECT models FROM col").get(0)
                .get("models"));
        String css = models.get(String.valueOf(AnkiIds.NOTETYPE_ID)).get("css").asString();
        Matcher m = RULE.matcher(css);
        while (m.find()) {
            for (String selector : m.group(1).split(",")) {
                Map<String, String> decls = rules.computeIfAbsent(selector.strip().replaceAll("\\s+", " "),
                        k -> new LinkedHashMap<>());
                for (String decl : m.group(2).split(";")) {
                    int colon = decl.indexOf(':');
                    if (colon > 0) {
                        decls.put(decl.substring(0, colon).strip(), decl.substring(colon + 1).strip());
                    }
                }
            }
        }
    }

    @Test
    void nightModeOnDesktopAndPhonesIsLightTextOnDark() {
        assertThat(rules.get(".card")).containsEntry("color", "black").containsEntry("background-color", "white");
        for (String night : new String[] {".card.nightMode", ".card.night_mode", ".nightMode .card",
                ".night_mode .card"}) {
            assertThat(rules).as(night).containsKey(night);
            assertThat(luminance(rules.get(night).get("background-color"))).as(night).isLessThan(0.2);
            assertThat(luminance(rules.get(night).get("color"))).as(night).isGreaterThan(0.7);
        }
        assertThat(rules).containsKeys(".nightMode .meta", ".night_mode .meta", ".nightMode pre", ".night_mode pre",
                ".nightMode a", ".night_mode a");
    }

    @Test
    void codeIsMonospacedAndSetOff() {
        assertThat(rules.get("pre")).containsEntry("white-space", "pre-wrap").containsEntry("overflow-x", "auto")
                .containsKey("background-color");
        assertThat(rules.get("code").get("font-family")).endsWith("monospace");
    }

    @Test
    void wideTablesFormulasAndImagesScrollOrShrinkInsteadOfWideningTheCard() {
        assertThat(rules.get("table")).containsEntry("display", "block").containsEntry("overflow-x", "auto")
                .containsEntry("max-width", "100%");
        assertThat(rules.get("mjx-container[display=\"true\"]")).containsEntry("overflow-x", "auto");
        assertThat(rules.get("img")).containsEntry("max-width", "100%");
        assertThat(rules.get(".card")).containsEntry("overflow-wrap", "break-word");
    }

    /** Relative luminance of a #rrggbb colour (0 black, 1 white). */
    private static double luminance(String hex) {
        assertThat(hex).matches("#[0-9a-fA-F]{6}");
        int rgb = Integer.parseInt(hex.substring(1), 16);
        return (0.2126 * (rgb >> 16 & 0xff) + 0.7152 * (rgb >> 8 & 0xff) + 0.0722 * (rgb & 0xff)) / 255;
    }
}
