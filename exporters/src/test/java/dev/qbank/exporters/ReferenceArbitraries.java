package dev.qbank.exporters;

import dev.qbank.model.Reference;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * References as the round-trip properties generate them, every kind an exporter writes differently and a person
 * once had to find by hand (exp26): a web link with or without a title, a title with a line break or what ends a
 * link; a titled reference that is no web link ({@code doi:}, {@code arxiv:}, {@code mailto:}); a citation with a
 * line break, a backslash or {@code <br>}; a citation that is a host ({@code example.com}, the link it is) or a file
 * name ({@code model.py}, a citation); a word and colon that is no scheme; a url with a space (exp27: the anki
 * card's href came back as {@code %20}).
 */
public final class ReferenceArbitraries {
    private ReferenceArbitraries() {
    }

    /** Any reference a bank may hold that every format writes and reads back as it was. */
    public static Arbitrary<Reference> references() {
        Arbitrary<Reference> links = Combinators.combine(
                Arbitraries.of("https://example.org/a?b=1&c=<2>", "http://例子.测试/路径",
                        "https://en.wikipedia.org/wiki/Heap_(data_structure)", "doi:10.1000/182", "arxiv:1706.03762",
                        "mailto:editor@example.org", "www.example.org/x", "example.com", "https://x.org/a b"),
                titles().injectNull(0.4)).as(Reference::new);
        Arbitrary<Reference> citations = Arbitraries.oneOf(titles(), Arbitraries.of("example.com", "d2l.ai",
                "model.py", "numpy.linalg", "Note:see chapter 3", "CLRS,\nchapter 7", "a <br> b \\ c", "《深度学习》第6章"))
                .map(t -> new Reference(null, t));
        return Arbitraries.oneOf(links, citations);
    }

    private static Arbitrary<String> titles() {
        return Arbitraries.of("Attention Is All You Need", "two\nlines", "para\n\npara", "a ] b\\ <br> <i>",
                "堆 | *heap*", "[nested] title");
    }
}
