package dev.qbank.importers;

import dev.qbank.importers.dedup.Glossary;
import dev.qbank.model.Diagnostic;
import dev.qbank.model.Futures;
import dev.qbank.model.QbankException;
import dev.qbank.model.Question;
import dev.qbank.model.QuestionIds;
import dev.qbank.model.Source;
import dev.qbank.model.SourceBank;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;

/**
 * Reads every input file before anything is written, collecting every file's errors rather than stopping at the
 * first, so one run shows the user all there is to fix.
 */
final class FileReader {
    /** Exit code for an importer that failed in a way that is a qbank bug, not the user's input. */
    static final int EXIT_INTERNAL = 3;

    private final FormatDetector detector;
    private final Importer forced;
    /**
     * By recorded name: files whose questions the bank already holds, as last imported. A file with the digest
     * recorded here is not handed to its importer (see {@link ImportPipeline}).
     */
    private final Map<String, SourceBank> lastImported;
    /** What text files without a byte-order mark are in (see {@link SourceDocument#load(Path, String, Charset)}). */
    private final Charset encoding;
    /** The bank's glossary, whose imperatives are the ask words every importer reads a file with ({@link AskWords}). */
    private final Glossary glossary;
    /** What the bank's glossary changes in reading, as recorded with each file read ({@link Glossary#readingDigest}). */
    private final String glossaryDigest;

    FileReader(ImporterRegistry registry, Importer forced) {
        this(registry, forced, Map.of(), StandardCharsets.UTF_8, Glossary.builtIn());
    }

    FileReader(ImporterRegistry registry, Importer forced, Map<String, SourceBank> lastImported, Charset encoding) {
        this(registry, forced, lastImported, encoding, Glossary.builtIn());
    }

    FileReader(ImporterRegistry registry, Importer forced, Map<String, SourceBank> lastImported, Charset encoding,
            Glossary glossary) {
        this.detector = new FormatDetector(registry);
        this.forced = forced;
        this.lastImported = Map.copyOf(lastImported);
        this.encoding = encoding;
        this.glossary = glossary;
        this.glossaryDigest = glossary.readingDigest();
    }

    /**
     * Reads the files in parallel and returns them, and reports their errors, in input order as a sequential read
     * would.
     *
     * @throws QbankException with every file's errors if any file failed
     */
    List<ParsedFile> readAll(List<InputFile> inputs) {
        List<ParsedFile> parsed = new ArrayList<>();
        readInOrder(inputs, parsed::add);
        return parsed;
    }

    /**
     * Hands each file, read, to {@code each} in input order, on the calling thread, while the next files are read
     * in the background: the caller's work on one file (the import's merge) overlaps the reading of the next ones.
     * At most a few files are read ahead of the caller, so the questions in memory are bounded by a few files, not
     * by all of them. Each file is read by one thread (importers keep no state between files).
     *
     * <p>Once a file has failed, later files are still read, so that every file's errors are reported in one run,
     * but none is handed on: the caller's work would be thrown away.
     *
     * @throws QbankException with every file's errors, in input order, if any file failed
     */
    void readInOrder(List<InputFile> inputs, Consumer<ParsedFile> each) {
        int threads = Math.max(1, Math.min(inputs.size(), Runtime.getRuntime().availableProcessors()));
        // A pool of its own, not the common one: the caller's parallel work (profiling a chunk of questions) would
        // otherwise help by running a whole file's read inside its own join, and stall the in-order merge.
        ExecutorService pool = Executors.newFixedThreadPool(threads, FileReader::readerThread);
        try {
            List<CompletableFuture<Object>> pending = new ArrayList<>(inputs.size());
            // One file ahead per reader: the merge is the slower side, so files read further ahead only wait, and a
            // waiting file's questions live long enough to be promoted to the old generation, where the ones that
            // merge away become garbage that only a full collection frees.
            int ahead = threads;
            List<Diagnostic> errors = new ArrayList<>();
            int exit = QbankException.EXIT_FINDINGS;
            for (int i = 0; i < inputs.size(); i++) {
                while (pending.size() < inputs.size() && pending.size() <= i + ahead) {
                    InputFile input = inputs.get(pending.size());
                    pending.add(CompletableFuture.supplyAsync(() -> readOrFailure(input), pool));
                }
                Object result = Futures.join(pending.set(i, null));
                if (result instanceof QbankException e) {
                    errors.addAll(e.diagnostics());
                    exit = Math.max(exit, e.exitCode());
                } else if (errors.isEmpty()) {
                    each.accept((ParsedFile) result);
                }
            }
            if (!errors.isEmpty()) {
                throw new QbankException(errors, exit);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /** What the bank's glossary changes in reading; an unchanged file is skipped only if it was read with the same. */
    String glossaryDigest() {
        return glossaryDigest;
    }

    private static Thread readerThread(Runnable r) {
        Thread t = new Thread(r, "qbank-read");
        t.setDaemon(true);
        return t;
    }

    private Object readOrFailure(InputFile input) {
        try {
            return read(input);
        } catch (QbankException e) {
            return e;
        }
    }

    /** The file's format; a crash while sniffing untrusted content names the file, as a crash while reading does. */
    private Importer detect(SourceDocument doc) {
        try {
            return detector.detect(doc).importer();
        } catch (QbankException e) {
            throw e;
        } catch (RuntimeException | StackOverflowError e) {
            throw new QbankException(List.of(Diagnostic.error("internal", doc.file(), 0, 0, "telling this file's format"
                    + " failed (a qbank bug, please report it; --format NAME skips it): " + e)), EXIT_INTERNAL);
        }
    }

    /**
     * The questions with this file's sources under the name the bank records (importers name a source as they name
     * the file in messages). Sources from other files, which qbank's own exports carry, are left as they are.
     */
    private static List<Question> recordedAs(List<Question> questions, String shown, String recorded) {
        if (shown.equals(recorded)) {
            return questions;
        }
        List<Question> renamed = new ArrayList<>(questions.size());
        for (Question q : questions) {
            List<Source> sources = new ArrayList<>(q.sources().size());
            for (Source s : q.sources()) {
                sources.add(s.file().equals(shown) ? s.withFile(recorded) : s);
            }
            renamed.add(q.toBuilder().sources(sources).build());
        }
        return renamed;
    }

    private ParsedFile read(InputFile input) {
        // detection as well as reading: a Word table is told by whether its left cells ask
        return AskWords.during(glossary, () -> readWithAskWords(input));
    }

    private ParsedFile readWithAskWords(InputFile input) {
        SourceDocument doc = SourceDocument.load(input.path(), input.displayName(), encoding);
        SourceBank last = lastImported.get(input.recordedName());
        // read again when the bank's glossary gives other ask words than it did: the same bytes may ask otherwise
        if (last != null && last.sameRead(doc.sha256(), doc.encoding(), glossaryDigest)) {
            return ParsedFile.asLastImported(doc.withoutText(), last.format(), forced != null, input.recordedName());
        }
        if (forced != null && !doc.binary()) {
            HtmlPage.refuse(doc); // --format numbered on a saved web page would read its tags as text all the same
        }
        Importer importer = forced != null ? forced : detect(doc);
        if (importer.binary() != doc.binary()) {
            // only with --format: detection never pairs a text importer with a binary file or the other way round
            throw new QbankException(Diagnostic.error("format", doc.file(), 0, 0, doc.binary()
                    ? SourceDocument.NOT_TEXT + "; --format " + importer.name() + " reads text"
                    : "--format " + importer.name() + " reads a binary file, and this is a text file"));
        }
        List<Question> questions = new ArrayList<>();
        List<Diagnostic> warnings = new ArrayList<>();
        try {
            // Bounded here, for every format, rather than in each importer (two of them had forgotten): a field
            // longer than a bank file may hold is refused at its source line instead of being written. The text is
            // made canonical here too, once for all formats (full-width letters, invisible characters, spacing).
            // ... and the pictures a question's Markdown shows are listed in its media, to come into the bank.
            boolean listImages = !importer.listsMedia();
            importer.read(doc, q -> {
                Question checked = QuestionText.canonical(QuestionLimits.check(doc, q));
                questions.add(listImages ? LinkedImages.listed(checked) : checked);
            }, warnings::add);
        } catch (QbankException e) {
            throw e;
        } catch (RuntimeException | StackOverflowError e) {
            // Content is untrusted: a crash on odd input is a qbank bug, but it must still name the file.
            throw new QbankException(List.of(Diagnostic.error("internal", doc.file(), 0, 0, "the " + importer.name()
                    + " importer failed on this file (a qbank bug, please report it): " + e)), EXIT_INTERNAL);
        }
        if (questions.isEmpty()) {
            throw new QbankException(Diagnostic.error("no-questions", doc.file(), 0, 0, "the " + importer.name()
                    + " importer found no questions in this file"
                    + (forced != null ? "; is --format right for it?" : "; use --format NAME if it is another format")));
        }
        for (Question q : questions) {
            // Foreign formats give one source and no id; qbank's own exports keep their ids and sources.
            if (q.sources().isEmpty()) {
                throw new QbankException(List.of(Diagnostic.error("internal", doc.file(), 0, 0, "the "
                        + importer.name() + " importer produced a question without a source "
                        + "(a qbank bug, please report it)")), EXIT_INTERNAL);
            }
            if (q.id() != null && !QuestionIds.isValid(q.id())) {
                int line = q.sources().get(0).file().equals(doc.file()) ? q.sources().get(0).line() : 0;
                throw new QbankException(Diagnostic.error("id", doc.file(), line, 0, "invalid question id '"
                        + q.id() + "' (ids are lower-case letters, digits and single hyphens, at most "
                        + Question.ID_MAX_LENGTH + " characters)"));
            }
        }
        return new ParsedFile(doc.withoutText(), importer.name(), forced != null,
                recordedAs(questions, doc.file(), input.recordedName()), warnings, input.recordedName(), false,
                importer.extractedMedia(doc));
    }
}
