package dev.qbank.importers;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.exc.UnexpectedEndOfInputException;
import tools.jackson.core.json.JsonFactory;

/**
 * Whether a text is JSON, for the importers of other text formats to pass it over: a JSON object's line
 * ({@code {"id": 1, "question": "什么是过拟合", "answer": "…"}}) splits at its commas into cells one of which
 * names a question column, which made a JSON bank whose fields are all qbank's own names read as a CSV file of
 * nonsense rows.
 */
public final class JsonText {
    private static final int HEAD_CHARS = 4096;
    private static final JsonFactory FACTORY = new JsonFactory();

    private JsonText() {
    }

    /**
     * The text opens as a JSON object or array: its first tokens read as JSON ({@code [} then a value, or
     * {@code {} then a field name). A CSV line opening with a bracket ({@code [题目],答案}) does not.
     */
    public static boolean opensAsJson(String text) {
        String head = text.substring(0, Math.min(text.length(), HEAD_CHARS)).stripLeading();
        if (head.isEmpty() || head.charAt(0) != '{' && head.charAt(0) != '[') {
            return false;
        }
        try (JsonParser p = FACTORY.createParser(ObjectReadContext.empty(), head)) {
            JsonToken first = p.nextToken();
            JsonToken second = p.nextToken();
            return first == JsonToken.START_ARRAY
                    || second == JsonToken.PROPERTY_NAME || second == JsonToken.END_OBJECT;
        } catch (UnexpectedEndOfInputException e) {
            return true; // a first value longer than what is looked at
        } catch (JacksonException e) {
            return false;
        }
    }
}
