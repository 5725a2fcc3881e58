package dev.qbank.cli;

import dev.qbank.model.Difficulty;
import dev.qbank.model.QbankException;
import dev.qbank.model.Question;
import dev.qbank.model.TopicLevels;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * Which questions {@code qbank export} writes: a question passes when it matches every kind of filter given (AND)
 * and, within a kind, any of its values (OR). Topics and tags compare trimmed and case-insensitively; a topic
 * takes its whole branch ({@code --topic 编程} also selects {@code 编程 / Java}, see {@link TopicLevels}), as a deck
 * does in Anki. An empty filter selects everything.
 */
record ExportFilter(Set<String> topics, Set<String> tags, Set<Difficulty> difficulties) implements Predicate<Question> {

    static ExportFilter of(List<String> topics, List<String> tags, List<String> difficulties) {
        Set<Difficulty> ds = difficulties.stream()
                .map(d -> Difficulty.parse(d).orElseThrow(() -> QbankException.usage("difficulty", "",
                        "unknown difficulty '" + d + "' for --difficulty; use easy, medium or hard")))
                .collect(Collectors.toUnmodifiableSet());
        return new ExportFilter(key(topics), key(tags), ds);
    }

    private static Set<String> key(List<String> values) {
        return values.stream().map(ExportFilter::key).collect(Collectors.toUnmodifiableSet());
    }

    private static String key(String value) {
        return value == null ? "" : value.strip().toLowerCase(Locale.ROOT);
    }

    boolean isEmpty() {
        return topics.isEmpty() && tags.isEmpty() && difficulties.isEmpty();
    }

    @Override
    public boolean test(Question q) {
        return (topics.isEmpty() || q.topic() != null && inTopics(q.topic()))
                && (tags.isEmpty() || q.tags().stream().anyMatch(t -> tags.contains(key(t))))
                // a question may have no difficulty, and an unmodifiable set throws on contains(null)
                && (difficulties.isEmpty() || q.difficulty() != null && difficulties.contains(q.difficulty()));
    }

    private boolean inTopics(String topic) {
        if (topics.contains(key(topic))) {
            return true;
        }
        // only a topic with levels can lie below another; most have none, and skip the split
        return topic.indexOf('/') >= 0 && topics.stream().anyMatch(branch -> TopicLevels.isWithin(topic, branch));
    }
}
