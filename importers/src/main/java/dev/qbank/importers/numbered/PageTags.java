package dev.qbank.importers.numbered;

import dev.qbank.importers.MetadataLine;
import dev.qbank.importers.TagList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The tags an outliner's page gives all its questions: Logseq writes a page's properties as {@code key:: value} lines
 * at the top of the file, before its first bullet ({@code tags:: redis, cache}, {@code type:: 面试题}). A
 * {@code tags::} property there tags every question of the page, as {@code tags::} under one bullet tags that
 * question (both read by {@link MetadataLine}); a tag written as a page reference ({@code [[分布式 缓存]]}) is the
 * page's name. The page's other properties are its bookkeeping and name no tag.
 */
final class PageTags {
    private PageTags() {
    }

    /** How many lines the page properties at the top of {@code text} take, with the blank lines among them. */
    static int lines(String text) {
        int lines = 0;
        int properties = 0;
        for (String line : (Iterable<String>) text.lines()::iterator) {
            if (!line.isBlank() && !MetadataLine.isBlockProperty(line)) {
                break;
            }
            lines++;
            properties = line.isBlank() ? properties : lines;
        }
        return properties;
    }

    /** The tags of the page properties at the top of {@code text}, in order, each once; empty when there are none. */
    static List<String> of(String text) {
        Set<String> tags = new LinkedHashSet<>();
        for (String line : (Iterable<String>) text.lines()::iterator) {
            if (line.isBlank()) {
                continue;
            }
            if (!MetadataLine.isBlockProperty(line)) {
                break; // the first bullet, or any text: page properties come before it
            }
            // a page reference is one tag, its spaces kept ([[分布式 缓存]]): TagList reads it
            MetadataLine.parse(line).filter(m -> m.kind() == MetadataLine.Kind.TAGS)
                    .ifPresent(m -> tags.addAll(TagList.split(m.value())));
        }
        return List.copyOf(tags);
    }
}
