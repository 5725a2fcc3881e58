package dev.qbank.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.AlphaChars;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

/**
 * A reference written as text ({@code CLRS, chapter 7}) is a citation, its title; every format stored it as the url,
 * which exporters offered as a link. Web addresses, with or without their scheme, stay urls.
 */
class ReferenceTest {
    @Test
    void textIsACitationAndAnAddressALink() {
        assertThat(Reference.cited("CLRS, chapter 7")).isEqualTo(new Reference(null, "CLRS, chapter 7"));
        assertThat(Reference.cited(" 《深度学习》第6章 ")).isEqualTo(new Reference(null, "《深度学习》第6章"));
        assertThat(Reference.cited("Goodfellow 2016")).isEqualTo(new Reference(null, "Goodfellow 2016"));
        for (String url : List.of("https://en.wikipedia.org/wiki/Dynamic_programming", "http://x.cn", "www.x.cn",
                "arxiv.org/abs/1706.03762", "mailto:a@b.org", "doi:10.1145/3292500")) {
            assertThat(Reference.cited(url)).as(url).isEqualTo(Reference.of(url));
        }
        assertThat(Reference.cited("[Attention Is All You Need](https://arxiv.org/abs/1706.03762)"))
                .isEqualTo(new Reference("https://arxiv.org/abs/1706.03762", "Attention Is All You Need"));
        assertThat(Reference.cited("[笔记](见第3章)")).isEqualTo(new Reference(null, "[笔记](见第3章)"));
    }

    /** A link's shown text is its title unless it spells the address (whole, without scheme, cut short). */
    @Test
    void aLinksTextIsItsTitleUnlessItSpellsTheAddress() {
        String url = "https://arxiv.org/abs/1706.03762";
        assertThat(Reference.linked(url, " Attention Is All You Need "))
                .isEqualTo(new Reference(url, "Attention Is All You Need"));
        for (String spelt : List.of(url, "arxiv.org/abs/1706.03762", "arxiv.org/abs/…", "", " ")) {
            assertThat(Reference.linked(url, spelt)).as(spelt).isEqualTo(Reference.of(url));
        }
        assertThat(Reference.linked("https://zh.wikipedia.org/wiki/%E5%BF%AB%E9%80%9F%E6%8E%92%E5%BA%8F/",
                "zh.wikipedia.org/wiki/快速排序").title()).isNull(); // decoded, without the closing slash
        assertThat(Reference.linked(url, "arxiv").title()).isEqualTo("arxiv"); // a word, not an address cut short
    }

    /** What a cell of references holds, one a line, reads back as the reference it was written from. */
    @Test
    void aWrittenReferenceIsCitedBackAsItIs() {
        for (Reference r : List.of(new Reference("https://arxiv.org/abs/1706.03762", "Attention Is All You Need"),
                Reference.of("https://x.org/a?b=1"), new Reference(null, "CLRS, chapter 7"),
                new Reference("https://en.wikipedia.org/wiki/Heap_(data_structure)", "堆"))) {
            assertThat(Reference.cited(r.written())).as(r.written()).isEqualTo(r);
        }
        // imp25: a title with a bracket, backslash, '<' or line break is escaped, not dropped (it left the url alone)
        assertThat(new Reference("https://x.org", "a [b] c").written()).isEqualTo("[a [b\\] c](https://x.org)");
        assertThat(new Reference("https://x.org", "two\nlines").written()).isEqualTo("[two<br>lines](https://x.org)");
        for (Reference r : List.of(new Reference("https://x.org", "a [b] c"), new Reference("https://x.org", "a]"),
                new Reference("https://x.org", "C:\\new \\] <br> <i>"), new Reference("https://x.org", "two\nlines"),
                new Reference("doi:10.1000/182", "The DOI Handbook"), new Reference("https://x.org/a(b)", "《书》]"))) {
            assertThat(Reference.cited(r.written())).as(r.written()).isEqualTo(r);
        }
    }

    /** Any title a link may have is written on one line and read back as it was. */
    @Property
    void anyTitleReadsBackFromItsWrittenLine(@ForAll @StringLength(max = 20) String title) {
        Reference r = new Reference("https://x.org/p", title.strip().replaceAll("\\r\\n?", "\n"));
        assertThat(r.written()).doesNotContain("\n", "\r");
        assertThat(Reference.cited(r.written())).isEqualTo(r.title() == null ? Reference.of(r.url()) : r);
    }

    /**
     * exp26: a citation's text is written on one line too (a line break in it made two references of a sheet's cell)
     * and reads back as it was: its backslashes, {@code <} and line breaks escaped as a link's title's are.
     */
    @Test
    void aCitationWithALineBreakIsWrittenOnOneLine() {
        assertThat(new Reference(null, "CLRS,\nchapter 7").written()).isEqualTo("CLRS,<br>chapter 7");
        assertThat(new Reference(null, "a <br> b \\ c ]").written()).isEqualTo("a \\<br> b \\\\ c ]");
        for (Reference r : List.of(new Reference(null, "CLRS,\nchapter 7"), new Reference(null, "a <br> b \\ c ]"),
                new Reference(null, "C:\\new\\<x>"), new Reference(null, "\\[x\\] 《书》"))) {
            assertThat(Reference.cited(r.written())).as(r.written()).isEqualTo(r);
        }
        // a url ending in '>' keeps it (the generator found it): only a pair of angle brackets encloses a url
        Reference odd = new Reference("https://example.org/a?b=1&c=<2>", "Attention");
        assertThat(Reference.cited(odd.written())).isEqualTo(odd);
        assertThat(Reference.cited("[A](<https://x.org/a>)")).isEqualTo(new Reference("https://x.org/a", "A"));
        // what a person writes in a sheet reads as before: a lone backslash or bracket is text
        assertThat(Reference.cited("C:\\Users\\x, \\[x\\]")).isEqualTo(new Reference(null, "C:\\Users\\x, \\[x\\]"));
    }

    /** Any citation reads back from its written line, as a link's title does. */
    @Property
    void anyCitationReadsBackFromItsWrittenLine(@ForAll @StringLength(min = 1, max = 20) String text) {
        String title = text.strip().replaceAll("\\r\\n?", "\n");
        net.jqwik.api.Assume.that(!title.isEmpty() && !Reference.address(title));
        Reference r = new Reference(null, title);
        assertThat(r.written()).doesNotContain("\n", "\r");
        assertThat(Reference.cited(r.written())).isEqualTo(r);
    }

    /**
     * exp26: by {@link Reference#cited}'s rule, text that is a web address is a link: a bank's "citation" that is one
     * ({@code title: example.com}) is that link, so every format writes and reads it back alike (a sheet wrote it as
     * text, which read back as a url). A file or module name is no address and stays a citation.
     */
    @Test
    void aCitationThatIsAnAddressIsThatLink() {
        assertThat(new Reference(null, "example.com")).isEqualTo(Reference.of("example.com"));
        assertThat(new Reference("", "www.example.org/x")).isEqualTo(Reference.of("www.example.org/x"));
        assertThat(new Reference(null, "model.py").url()).isNull();
        assertThat(new Reference(null, "numpy.linalg").url()).isNull();
        assertThat(new Reference(null, "see example.com").url()).isNull();
        for (String text : List.of("example.com", "model.py", "d2l.ai")) {
            Reference r = new Reference(null, text);
            assertThat(Reference.cited(r.written())).as(text).isEqualTo(r);
        }
    }

    /**
     * imp25: a scheme is an address only followed by what it needs; any other word and colon is text, a citation
     * ({@code Note:see}, {@code Ch:4}, {@code 见:第3章}).
     */
    @Test
    void aWordAndColonIsTextUnlessASchemeFollowsItsForm() {
        for (String text : List.of("Note:see", "Ch:4", "见:第3章", "Note:see chapter 3", "doi:abc", "arxiv:attention",
                "mailto:someone", "isbn:abc", "urn:x", "javascript:alert(1)", "https:", "https://", "Chapter:7.2",
                "CLRS:ch7", "[笔记](Ch:4)")) {
            assertThat(Reference.cited(text)).as(text).isEqualTo(new Reference(null, text));
        }
        for (String url : List.of("https://x.org", "HTTP://X.ORG/a", "ftp://ftp.x.org/pub", "doi:10.1000/182",
                "arxiv:1706.03762", "arXiv:1706.03762v5", "arxiv:hep-th/9901001", "mailto:a@b.org",
                "mailto:a.b+c@mail.example.co.uk?subject=hi", "urn:isbn:0451450523", "isbn:978-0-262-03384-8",
                "isbn:0262033844")) {
            assertThat(Reference.cited(url)).as(url).isEqualTo(Reference.of(url));
        }
    }

    /** A word (no known scheme) and a colon before any text without a space is a citation. */
    @Property
    void aWordThatIsNoSchemeBeforeAColonIsText(@ForAll @AlphaChars @StringLength(min = 2, max = 10) String word,
            @ForAll @AlphaChars @StringLength(min = 1, max = 10) String rest) {
        net.jqwik.api.Assume.that(!List.of("doi", "arxiv", "mailto", "urn", "isbn").contains(word.toLowerCase()));
        String text = word + ":" + rest;
        assertThat(Reference.cited(text)).isEqualTo(new Reference(null, text));
        assertThat(Reference.cited(text + " 3")).isEqualTo(new Reference(null, text + " 3"));
    }

    /** Any scheme followed by {@code //} and a host, and the cited schemes in their form, are addresses. */
    @Property
    void aSchemeInItsFormIsAnAddress(@ForAll @AlphaChars @StringLength(min = 1, max = 10) String scheme,
            @ForAll @AlphaChars @StringLength(min = 1, max = 10) String host,
            @ForAll @net.jqwik.api.constraints.IntRange(min = 1000, max = 99999) int number) {
        for (String url : List.of(scheme + "://" + host, scheme + "://" + host + "/" + number,
                "doi:10." + number + "/" + host, "arxiv:2101." + String.format("%05d", number),
                "mailto:" + host + "@" + host + ".org", "urn:" + host + ":" + number)) {
            assertThat(Reference.cited(url)).as(url).isEqualTo(Reference.of(url));
        }
    }

    @Test
    void aCitationReadsBackFromYaml() {
        Question q = Question.builder("什么是快排？").id("q-1")
                .references(List.of(Reference.cited("CLRS, chapter 7"), Reference.of("https://x.org"))).build();
        String yaml = BankStore.toYaml(q);
        assertThat(yaml).contains("references:\n  - title: \"CLRS, chapter 7\"\n  - url: https://x.org\n");
        assertThat(QbankMapper.yaml().readValue(yaml, Question.class)).isEqualTo(q);
        assertThat(CanonicalQuestionBinder.bind(CanonicalQuestionYaml.parse(yaml))).isEqualTo(q);
        assertThat(Reference.cited("CLRS, chapter 7").key()).isEqualTo("CLRS, chapter 7");
    }

    /**
     * imp23: a dotted name is how a Python module is written as well as a host; only a known top-level domain makes
     * a bare one an address. A scheme, {@code www.} or a path still make any host one.
     */
    @Test
    void aModulePathIsACitationAndABareHostNeedsADomain() {
        for (String module : List.of("numpy.linalg", "torch.nn.functional", "sklearn.metrics", "torch.nn",
                "scipy.stats", "tf.keras.layers", "torch.optim.Adam", "model.py", "README.md", "train.sh")) {
            assertThat(Reference.cited(module)).as(module).isEqualTo(new Reference(null, module));
        }
        for (String url : List.of("example.com", "d2l.ai", "zh.d2l.ai", "pytorch.org/docs", "karpathy.github.io",
                "huggingface.co", "spaces.ac.cn", "distill.pub", "Example.COM", "numpy.org/doc/stable/reference/",
                "https://numpy.linalg", "www.sklearn.metrics", "doi:10.1145/3292500", "arxiv.org/abs/1706.03762",
                "bbc.co.uk", "deepmind.google")) {
            assertThat(Reference.cited(url)).as(url).isEqualTo(Reference.of(url));
        }
        assertThat(Reference.cited("[linalg](numpy.linalg)")).isEqualTo(new Reference(null, "[linalg](numpy.linalg)"));
        assertThat(Reference.cited("[D2L](d2l.ai)")).isEqualTo(new Reference("d2l.ai", "D2L"));
    }

    /** A name and a label of letters (longer than any domain it knows) is a module path, never a host. */
    @Property
    void aDottedNameEndingInNoDomainIsText(@ForAll @AlphaChars @StringLength(min = 1, max = 12) String name,
            @ForAll @AlphaChars @StringLength(min = 8, max = 12) String label) {
        String dotted = name + "." + label;
        assertThat(Reference.cited(dotted)).isEqualTo(new Reference(null, dotted));
        assertThat(Reference.cited(dotted + "/x")).isEqualTo(Reference.of(dotted + "/x"));
        assertThat(Reference.cited("https://" + dotted)).isEqualTo(Reference.of("https://" + dotted));
    }
}
