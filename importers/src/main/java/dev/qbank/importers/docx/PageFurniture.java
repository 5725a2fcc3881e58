package dev.qbank.importers.docx;

import dev.qbank.importers.PageNumbers;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The paragraphs of a Word document that are its pages' furniture, not its text: what a PDF-to-Word conversion
 * leaves in the body where the PDF had page numbers ("第 3 页 共 12 页", "- 3 -", "Page 3 of 12") and a running
 * header or footer repeated on every page ("XX 公司内部面试资料"). Read as text, each was glued to the answer above it.
 *
 * <p>A page number is a paragraph {@link PageNumbers#namedPage} reads as one (the lines a Markdown paste keeps are
 * the same). They are left out only when there are two or more and their numbers go up through the document (an
 * answer "3/4" is no page number); a repeated paragraph only when each of its two or more occurrences stands at a
 * page's edge: the document's start, beside a page number, or right after a page break.
 */
final class PageFurniture {
    /** A running header or footer is a short line. */
    private static final int MAX_HEADER = 80;

    /** A paragraph left out: its number in the body (1-based, as the document's lines count) and its text. */
    record LeftOut(int element, String text) {
    }

    /** The paragraphs left out: page numbers and running headers or footers. */
    record Found(List<LeftOut> pageNumbers, List<LeftOut> runningLines) {
        boolean contains(int element) {
            return pageNumbers.stream().anyMatch(l -> l.element() == element)
                    || runningLines.stream().anyMatch(l -> l.element() == element);
        }
    }

    /**
     * A body element as this reads it: its number, its text, whether a new page starts at its start (a page break
     * before its text) and whether one starts after it. A table is one too, with a text no paragraph has.
     */
    record Paragraph(int element, String text, boolean startsPage, boolean endsPage) {
        static Paragraph table(int element) {
            return new Paragraph(element, "\u0001table " + element, false, false); // never repeated, never blank
        }
    }

    private PageFurniture() {
    }

    static Found of(List<Paragraph> paragraphs) {
        List<LeftOut> numbers = pageNumbers(paragraphs);
        Set<Integer> numbered = new HashSet<>();
        numbers.forEach(n -> numbered.add(n.element()));
        Map<String, List<Integer>> at = new HashMap<>();
        Map<String, Integer> edges = new HashMap<>();
        for (int i = 0; i < paragraphs.size(); i++) {
            Paragraph p = paragraphs.get(i);
            String text = p.text().strip();
            if (text.isEmpty() || text.length() > MAX_HEADER || numbered.contains(p.element())) {
                continue;
            }
            at.computeIfAbsent(text, k -> new ArrayList<>()).add(i);
            if (atPageEdge(paragraphs, i, numbered)) {
                edges.merge(text, 1, Integer::sum);
            }
        }
        List<LeftOut> running = new ArrayList<>();
        for (Map.Entry<String, List<Integer>> e : at.entrySet()) {
            int n = e.getValue().size();
            if (n >= 2 && edges.getOrDefault(e.getKey(), 0) == n) {
                e.getValue().forEach(i -> running.add(new LeftOut(paragraphs.get(i).element(), e.getKey())));
            }
        }
        running.sort(Comparator.comparingInt(LeftOut::element));
        return new Found(numbers, running);
    }

    /** The page-number paragraphs, when there are two or more and their numbers rise; else none. */
    private static List<LeftOut> pageNumbers(List<Paragraph> paragraphs) {
        List<LeftOut> found = new ArrayList<>();
        int last = Integer.MIN_VALUE;
        for (Paragraph p : paragraphs) {
            int number = PageNumbers.namedPage(p.text().strip());
            if (number < 0) {
                continue;
            }
            if (number <= last) {
                return List.of();
            }
            last = number;
            found.add(new LeftOut(p.element(), p.text().strip()));
        }
        return found.size() >= 2 ? found : List.of();
    }

    /**
     * Whether the paragraph at {@code i} is at a page's edge: the first filled one of the document, or next to a
     * page number (blank paragraphs between count for nothing), or the first after a page break.
     */
    private static boolean atPageEdge(List<Paragraph> paragraphs, int i, Set<Integer> numbered) {
        if (paragraphs.get(i).startsPage()) {
            return true;
        }
        int before = i - 1;
        while (before >= 0 && paragraphs.get(before).text().isBlank() && !paragraphs.get(before).endsPage()) {
            before--;
        }
        int after = i + 1;
        while (after < paragraphs.size() && paragraphs.get(after).text().isBlank()) {
            after++;
        }
        return before < 0 || paragraphs.get(before).endsPage()
                || numbered.contains(paragraphs.get(before).element())
                || after < paragraphs.size() && numbered.contains(paragraphs.get(after).element());
    }
}
