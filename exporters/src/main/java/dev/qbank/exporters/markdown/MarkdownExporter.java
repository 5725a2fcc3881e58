package dev.qbank.exporters.markdown;

import dev.qbank.exporters.ExportRequest;
import dev.qbank.exporters.Exporter;
import dev.qbank.exporters.SourceOrder;
import dev.qbank.model.Question;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * One Markdown book: a title, a table of contents of topics, then each topic's questions. The first line is
 * {@code <!-- qbank:markdown v1 -->}, which is how the {@code qbankmd} importer recognises the file and reads it
 * back into the same questions.
 *
 * <p>Grouping by topic must not hold a million questions in memory: each question is rendered once, in bank
 * order, into a temporary spool file while only its topic number and byte length are remembered (8 bytes a
 * question, and 8 more for its first source's file and line); the book is then assembled by copying the spooled
 * sections topic by topic, each topic's in its sources' order ({@link SourceOrder}). The media files the answers
 * show are copied beside the book ({@link BookMedia}), so its image links work where it is written.
 */
public final class MarkdownExporter implements Exporter {
    public static final String MARKER = "<!-- qbank:markdown v1 -->";

    @Override
    public String name() {
        return "markdown";
    }

    @Override
    public String extension() {
        return "md";
    }

    @Override
    public String description() {
        return "a Markdown book grouped by topic with a table of contents; re-importable (format qbankmd)";
    }

    @Override
    public void export(ExportRequest request, Path target) throws IOException {
        Path spool = Files.createTempFile("qbank-markdown-", ".spool");
        try {
            Spooled spooled = spool(request, spool);
            assemble(request, spooled, spool, target);
            spooled.media().copy(request.bankRoot(), target.toAbsolutePath().getParent());
        } finally {
            Files.deleteIfExists(spool);
        }
    }

    /** Sections in bank order: where each lies in the spool, and the order and topics they are read in. */
    private record Spooled(long[] start, int count, SourceOrder order, BookWords words, BookMedia media) {
    }

    private static Spooled spool(ExportRequest request, Path spool) throws IOException {
        long[] start = new long[1025];
        SourceOrder order = SourceOrder.byTopic(MarkdownText::flatten);
        BookWords.Tally languages = new BookWords.Tally();
        BookMedia media = new BookMedia();
        int n = 0;
        long offset = 0;
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(spool), 1 << 16);
             Stream<Question> questions = request.questions().get()) {
            for (Question q : (Iterable<Question>) questions::iterator) {
                byte[] section = QuestionBlock.render(q).getBytes(StandardCharsets.UTF_8);
                out.write(section);
                order.add(q);
                languages.add(q.language());
                media.add(q.media());
                if (n + 1 == start.length) {
                    start = Arrays.copyOf(start, start.length * 2);
                }
                start[n] = offset;
                offset += section.length;
                n++;
                start[n] = offset;
            }
        }
        return new Spooled(start, n, order, languages.words(), media);
    }

    private static void assemble(ExportRequest request, Spooled s, Path spool, Path target) throws IOException {
        // topics by name, questions without a topic last; each topic's questions in their sources' order
        int[] sorted = s.order().sorted();
        List<String> topics = s.order().topics();
        int[] firstOfRank = s.order().topicStarts();
        BookWords words = s.words();
        String title = request.option("title", words.title);
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(target), 1 << 16);
             FileChannel in = FileChannel.open(spool, StandardOpenOption.READ)) {
            StringBuilder head = new StringBuilder();
            head.append(MARKER).append("\n\n");
            head.append("# ").append(MarkdownText.escapeInline(MarkdownText.flatten(title))).append("\n\n");
            head.append(words.count(s.count(), topics.size())).append("\n\n");
            head.append("## ").append(words.contents).append("\n\n");
            // a list, not Set.of: a title spelling the contents' heading has its slug, which Set.of refuses twice
            Set<String> usedSlugs = new HashSet<>(List.of(MarkdownText.slug(title), MarkdownText.slug(words.contents)));
            String[] headings = new String[topics.size()];
            for (int r = 0; r < topics.size(); r++) {
                String topic = topics.get(r);
                headings[r] = (r + 1) + ". " + (topic == null ? words.noTopic : topic);
                String slug = MarkdownText.slug(headings[r]);
                String unique = slug;
                for (int k = 1; !usedSlugs.add(unique); k++) {
                    unique = slug + "-" + k;
                }
                int questions = firstOfRank[r + 1] - firstOfRank[r];
                head.append("- [").append(MarkdownText.escapeInline(headings[r])).append("](#").append(unique)
                        .append(") (").append(questions).append(")\n");
            }
            head.append('\n');
            out.write(head.toString().getBytes(StandardCharsets.UTF_8));
            ByteBuffer buffer = ByteBuffer.allocate(1 << 16);
            for (int r = 0; r < topics.size(); r++) {
                out.write(("## " + MarkdownText.escapeInline(headings[r]) + "\n\n")
                        .getBytes(StandardCharsets.UTF_8));
                for (int k = firstOfRank[r]; k < firstOfRank[r + 1]; k++) {
                    int i = sorted[k];
                    copy(in, s.start()[i], s.start()[i + 1], buffer, out);
                }
            }
        }
    }

    private static void copy(FileChannel in, long from, long to, ByteBuffer buffer, OutputStream out)
            throws IOException {
        long pos = from;
        while (pos < to) {
            buffer.clear();
            buffer.limit((int) Math.min(buffer.capacity(), to - pos));
            int read = in.read(buffer, pos);
            if (read < 0) {
                throw new IOException("markdown spool ended early");
            }
            out.write(buffer.array(), 0, read);
            pos += read;
        }
    }
}
