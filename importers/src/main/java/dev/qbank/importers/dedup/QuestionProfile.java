package dev.qbank.importers.dedup;

import java.util.Set;
import java.util.TreeSet;

/**
 * What a question asks, as far as dedup is concerned.
 *
 * @param normalized the normalised text (see {@link TextNormalizer})
 * @param concepts   every glossary concept it names (ids of synonym groups), asides included
 * @param core       what it is about: the concepts named outside parenthesised asides, without the broad ones
 *                   (深度学习, 神经网络, ...) unless it names nothing narrower
 * @param broad      the broad concepts it names outside asides
 * @param primary    the kind of its first ask; follow-on asks ("…？请描述其特点") do not change what it is about
 * @param asks       every kind of ask it makes
 * @param residual   the words of its first ask that are neither concepts, ask phrases, fillers nor asides (Han
 *                   characters one by one, Latin words whole): what the glossary does not know, compared loosely
 */
public record QuestionProfile(String normalized, Set<String> concepts, Set<String> core,
        Set<String> broad, AskKind primary, Set<AskKind> asks, Set<String> residual) {

    /** Questions with the same key ask the same kind of thing about the same core concepts. */
    public String key() {
        StringBuilder sb = new StringBuilder(primary.key()).append(':');
        if (core.isEmpty()) {
            sb.append('~');
            residual.stream().sorted().forEach(sb::append);
        } else {
            sb.append(String.join("+", new TreeSet<>(core)));
        }
        return sb.toString();
    }
}
