package dev.qbank.importers;

import dev.qbank.model.Question;
import dev.qbank.schema.ImageLinks;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The pictures a question's Markdown shows ({@code ![](img/a.png)}, {@code <img src="img/a.png">} in its prompt,
 * answer or explanation, local paths only) added to its {@code media}, for every format, so that the import brings
 * them into the bank ({@link MediaIntake}: copied, named by content, links rewritten; a missing one is a warning)
 * instead of leaving links to files beside the source that exports and learners never see. Questions with an id
 * (qbank's own exports) already list their media as bank paths and are left as they are.
 */
final class LinkedImages {
    private LinkedImages() {
    }

    static Question listed(Question q) {
        if (q.id() != null) {
            return q;
        }
        // a path written with its spaces is no image to Markdown: with them as %20 it shows, and is listed below
        String prompt = SpacedImageLinks.encoded(q.prompt());
        String answer = SpacedImageLinks.encoded(q.answer());
        String explanation = SpacedImageLinks.encoded(q.explanation());
        if (prompt != q.prompt() || answer != q.answer() || explanation != q.explanation()) {
            q = q.toBuilder().prompt(prompt).answer(answer).explanation(explanation).build();
        }
        Set<String> media = null;
        for (String text : new String[] {q.prompt(), q.answer(), q.explanation()}) {
            for (ImageLinks.Link link : ImageLinks.links(text)) {
                if (media == null) {
                    media = new LinkedHashSet<>(q.media());
                }
                media.add(link.target());
            }
        }
        return media == null || media.size() == q.media().size() ? q
                : q.toBuilder().media(List.copyOf(media)).build();
    }
}
