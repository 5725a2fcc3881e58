package dev.qbank.importers;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.qbank.model.QbankException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** A doc site's page in a markup qbank does not read is refused naming the markup and the conversion to run. */
class UnreadMarkupTest {
    private static void assertRefused(String name, String text, String... words) {
        SourceDocument doc = SourceDocument.of(Path.of(name), name, text.getBytes(StandardCharsets.UTF_8));
        var refusal = assertThatThrownBy(() -> new FormatDetector(ImporterRegistry.standard()).detect(doc))
                .isInstanceOf(QbankException.class);
        for (String w : words) {
            refusal.hasMessageContaining(w);
        }
    }

    @Test
    void aSphinxPageNamesReStructuredTextAndPandoc() {
        String rst = "Interview\n=========\n\n.. topic:: What is a mutex?\n\n   A lock one thread holds at a time.\n";
        assertRefused("faq.rst", rst, "reStructuredText", "pandoc -f rst -t gfm \"faq.rst\" -o \"faq.md\"");
        assertRefused("faq.txt", rst, "reStructuredText"); // by its directive, whatever the name
    }

    @Test
    void anAsciiDocQandaListNamesAsciiDocAndTheConversion() {
        String adoc = "= Kubernetes\n:toc: left\n\n[qanda]\nWhat is a Pod?::\n  The smallest deployable unit.\n";
        assertRefused("k8s.adoc", adoc, "AsciiDoc", "asciidoctor -b docbook");
        assertRefused("k8s.txt", adoc, "AsciiDoc");
    }

    @Test
    void anOrgOutlineWithoutCardsSaysWhatTheOrgFormatReads() {
        String org = "#+TITLE: OS notes\n\n* 进程\n** 进程和线程的区别是什么？\n进程是资源分配的单位。\n";
        assertRefused("os.org", org, ":drill:", "pandoc -f org -t gfm");
    }

    @Test
    void otherTextStillListsTheKnownFormats() {
        assertRefused("x.txt", "just some words\nwithout any questions\n", "known formats");
    }
}
