package dev.qbank.importers.json;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A text field written as an object of the same text in several forms, as rich-text editors and CMS APIs keep it:
 * {@code "answer": {"text": "…", "html": "<p>…</p>"}}, {@code {"markdown": …}}, {@code {"raw": …, "rendered": …}}
 * (WordPress). The field is that text; it was a {@code warning[json-field]} and the answer was lost.
 */
final class Renditions {
    /** Markdown first (the bank's own form), then HTML that has blocks (read as the Markdown it shows), then text. */
    private static final List<String> MARKDOWN = List.of("markdown", "md");
    private static final List<String> HTML = List.of("html", "rendered");
    private static final List<String> TEXT = List.of("text", "plain", "plaintext", "plain_text", "raw", "value",
            "content", "body");

    private Renditions() {
    }

    /**
     * The text of an object whose every field is a form of one text, or null when it is no such object (it has
     * other fields, or none of these).
     */
    static String text(Map<String, String> fields) {
        Map<String, String> forms = new HashMap<>();
        for (Map.Entry<String, String> f : fields.entrySet()) {
            String key = f.getKey().strip().toLowerCase(Locale.ROOT);
            if (!MARKDOWN.contains(key) && !HTML.contains(key) && !TEXT.contains(key)
                    && !key.equals("format") && !key.equals("type") && !key.equals("protected")) {
                return null;
            }
            if (!f.getValue().isBlank()) {
                forms.put(key, f.getValue());
            }
        }
        String markdown = first(forms, MARKDOWN);
        String html = first(forms, HTML);
        String text = first(forms, TEXT);
        if (markdown != null) {
            return markdown;
        }
        if (html != null && (text == null || JsonRecords.HTML_BLOCK.matcher(html).find())) {
            return html;
        }
        return text;
    }

    private static String first(Map<String, String> forms, List<String> keys) {
        return keys.stream().map(forms::get).filter(v -> v != null).findFirst().orElse(null);
    }
}
