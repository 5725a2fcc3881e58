package dev.qbank.importers.dedup;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.qbank.model.Question;
import java.util.List;

/**
 * A curator's decision about two questions, remembered in {@code bank/decisions.yaml} so every later import
 * honours it. Besides the ids it keeps the questions' phrasings, so the decision still applies when the same
 * source texts come in again (a fresh import, a renamed id). A merge also keeps the merged-away question exactly
 * as it was, which is what {@code qbank dedup --split} restores.
 *
 * @param action    {@code merge} or {@code keep-apart}
 * @param a         the question kept (merge) or the first of the pair
 * @param b         the question merged into {@code a}, or the second of the pair
 * @param phrasingsA the phrasings of {@code a} when the decision was taken
 * @param phrasingsB the phrasings of {@code b} when the decision was taken
 * @param removed   for a merge: question {@code b} as it was before the merge
 * @param aBefore   for a merge: question {@code a} as it was before the merge (restored by a split)
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonPropertyOrder({"action", "a", "b", "phrasings-a", "phrasings-b", "a-before", "removed"})
public record Decision(
        @JsonProperty("action") String action,
        @JsonProperty("a") String a,
        @JsonProperty("b") String b,
        @JsonProperty("phrasings-a") List<String> phrasingsA,
        @JsonProperty("phrasings-b") List<String> phrasingsB,
        @JsonProperty("a-before") Question aBefore,
        @JsonProperty("removed") Question removed) {

    public static final String MERGE = "merge";
    public static final String KEEP_APART = "keep-apart";

    public Decision {
        phrasingsA = phrasingsA == null ? List.of() : List.copyOf(phrasingsA);
        phrasingsB = phrasingsB == null ? List.of() : List.copyOf(phrasingsB);
    }

    @JsonIgnore // not a field of the file
    public boolean isMerge() {
        return MERGE.equals(action);
    }

    @JsonIgnore
    public boolean isKeepApart() {
        return KEEP_APART.equals(action);
    }

    /** True when this decision is about the pair {x, y} in either order. */
    public boolean concerns(String x, String y) {
        return (a.equals(x) && b.equals(y)) || (a.equals(y) && b.equals(x));
    }
}
