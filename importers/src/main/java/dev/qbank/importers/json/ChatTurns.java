package dev.qbank.importers.json;

import java.util.Locale;
import java.util.Set;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;

/**
 * The conversation of a chat fine-tuning record: OpenAI's {@code {"messages": [{"role": "user", "content": …},
 * {"role": "assistant", "content": …}]}} or ShareGPT's {@code {"conversations": [{"from": "human", "value": …},
 * {"from": "gpt", "value": …}]}}. Its first question (the user's turn) and the reply to it are a question and its
 * answer; the other turns (a system prompt, later turns, which lean on the first) are counted, not read. Before,
 * such a file was refused: no question field.
 */
final class ChatTurns {
    /** The fields that hold a conversation. */
    static final Set<String> FIELDS = Set.of("messages", "conversations", "conversation", "dialog", "dialogue");
    private static final Set<String> ASKS = Set.of("user", "human", "prompter", "用户");
    private static final Set<String> REPLIES = Set.of("assistant", "gpt", "bot", "model", "chatgpt", "ai", "助手");
    private static final Set<String> ROLE_KEYS = Set.of("role", "from", "speaker", "author");
    private static final Set<String> TEXT_KEYS = Set.of("content", "value", "text", "message");

    /** The first question and its answer (either null when the conversation has none), and the turns not read. */
    record Exchange(String question, String answer, int unread) {
    }

    private ChatTurns() {
    }

    static boolean holdsConversation(String field) {
        return FIELDS.contains(field.strip().toLowerCase(Locale.ROOT));
    }

    /** Reads the list of turns whose {@code [} was just read. */
    static Exchange read(JsonParser p) {
        String question = null;
        String answer = null;
        int turns = 0;
        JsonToken t;
        while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
            if (t != JsonToken.START_OBJECT) {
                p.skipChildren();
                turns++;
                continue;
            }
            String role = null;
            String text = null;
            while (p.nextToken() == JsonToken.PROPERTY_NAME) {
                String key = p.currentName().strip().toLowerCase(Locale.ROOT);
                JsonToken v = p.nextToken();
                if (v.isStructStart()) {
                    p.skipChildren(); // content given as parts (text and images): not read
                } else if (v != JsonToken.VALUE_NULL && ROLE_KEYS.contains(key)) {
                    role = p.getString().strip().toLowerCase(Locale.ROOT);
                } else if (v != JsonToken.VALUE_NULL && TEXT_KEYS.contains(key)) {
                    text = p.getString();
                }
            }
            turns++;
            if (text == null || text.isBlank()) {
                continue;
            }
            if (question == null && ASKS.contains(role)) {
                question = text;
            } else if (question != null && answer == null && REPLIES.contains(role)) {
                answer = text;
            }
        }
        int read = (question == null ? 0 : 1) + (answer == null ? 0 : 1);
        return new Exchange(question, answer, turns - read);
    }
}
