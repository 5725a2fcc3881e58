package dev.qbank.importers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.qbank.model.QbankException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class SourceDocumentTest {
    private static SourceDocument of(byte[] data) {
        return SourceDocument.of(Path.of("bank.md"), "bank.md", data);
    }

    @Test
    void bomAndLineEndingsAreNormalised() {
        byte[] data = "\uFEFF1. 什么是梯度？\r\n2. What is SGD?\r3. x\n".getBytes(StandardCharsets.UTF_8);
        assertThat(of(data).text()).isEqualTo("1. 什么是梯度？\n2. What is SGD?\n3. x\n");
        assertThat(of(data).bytes()).isEqualTo(data.length);
    }

    /** Notepad's "Unicode" (UTF-16 with a byte-order mark, either byte order) is text like any other. */
    @Test
    void utf16WithAByteOrderMarkIsRead() {
        String text = "\uFEFF1. 什么是梯度？\r\n2. What is SGD? \uD83D\uDE00\r\n";
        for (var cs : java.util.List.of(StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE)) {
            byte[] data = text.getBytes(cs);
            assertThat(of(data).text()).as(cs.name()).isEqualTo("1. 什么是梯度？\n2. What is SGD? \uD83D\uDE00\n");
            assertThat(of(data).bytes()).isEqualTo(data.length);
        }
        byte[] lone = {(byte) 0xFF, (byte) 0xFE, '1', 0, '.', 0, 0x00, (byte) 0xD8, '\n', 0};
        assertThatThrownBy(() -> of(lone)).isInstanceOfSatisfying(QbankException.class, e -> assertThat(
                e.diagnostics()).singleElement().satisfies(d -> assertThat(d.code()).isEqualTo("encoding")));
        byte[] nul = {(byte) 0xFF, (byte) 0xFE, '1', 0, 0, 0, '\n', 0};
        assertThatThrownBy(() -> of(nul)).isInstanceOf(QbankException.class).hasMessageContaining("binary");
    }

    @Test
    void aGenuineReplacementCharacterIsText() {
        // U+FFFD written as UTF-8 (EF BF BD) is valid text, not a sign of a decoding error.
        String text = "1. 乱码 \uFFFD 是什么？\n";
        assertThat(of(text.getBytes(StandardCharsets.UTF_8)).text()).isEqualTo(text);
    }

    @Test
    void gbkIsRefusedNamingTheLine() {
        byte[] gbk = {'1', '.', ' ', 'a', '\n', '2', '.', ' ', (byte) 0xC9, (byte) 0xEE, (byte) 0xB6, (byte) 0xC8, '\n'};
        assertThatThrownBy(() -> of(gbk)).isInstanceOfSatisfying(QbankException.class, e -> {
            assertThat(e.diagnostics()).singleElement().satisfies(d -> {
                assertThat(d.file()).isEqualTo("bank.md");
                assertThat(d.line()).isEqualTo(2);
                assertThat(d.column()).isEqualTo(4);
                assertThat(d.message()).contains("not valid UTF-8 at line 2, column 4 (byte 0xC9)").contains("iconv");
            });
        });
    }

    private static final java.nio.charset.Charset GB18030 = java.nio.charset.Charset.forName("GB18030");

    private static String refusal(byte[] data, java.nio.charset.Charset encoding) {
        try {
            SourceDocument.of(Path.of("bank.md"), "bank.md", data, encoding);
        } catch (QbankException e) {
            return e.diagnostics().get(0).message();
        }
        throw new AssertionError("read although not valid " + encoding);
    }

    /** Excel's CSV and Notepad's "ANSI" on a Chinese Windows: refused as UTF-8, with the option that reads it. */
    @Test
    void gbkTextIsRefusedWithTheEncodingThatReadsIt() {
        byte[] gbk = "1. 什么是过拟合？\n答：模型在训练集上表现好，在新数据上表现差。\n".getBytes(GB18030);
        assertThat(refusal(gbk, StandardCharsets.UTF_8)).startsWith("not valid UTF-8 at line 1, column 6 (byte 0xCA)")
                .endsWith("; this looks like GBK/GB18030: re-run with --encoding gb18030 "
                        + "(or convert it with 'iconv -f GB18030 -t UTF-8')");
        SourceDocument read = SourceDocument.of(Path.of("bank.md"), "bank.md", gbk, GB18030);
        assertThat(read.text()).isEqualTo("1. 什么是过拟合？\n答：模型在训练集上表现好，在新数据上表现差。\n");
        assertThat(read.encoding()).isEqualTo("GB18030");
        assertThat(read.sha256()).as("the digest is the file's bytes'").isEqualTo(dev.qbank.model.Sha256.hex(gbk));
    }

    @Test
    void big5AndShiftJisAreNamedToo() {
        byte[] big5 = "1. 什麼是梯度下降？\n答：沿著梯度的反方向更新參數，直到損失不再變小。\n"
                .getBytes(java.nio.charset.Charset.forName("Big5"));
        assertThat(refusal(big5, StandardCharsets.UTF_8)).contains("this looks like Big5: re-run with --encoding big5");
        byte[] sjis = "1. 勾配降下法とは何ですか？\n答え：損失が小さくなる方向にパラメータを少しずつ動かす方法です。\n"
                .getBytes(java.nio.charset.Charset.forName("Shift_JIS"));
        assertThat(refusal(sjis, StandardCharsets.UTF_8))
                .contains("this looks like Shift_JIS: re-run with --encoding shift_jis");
    }

    /** Latin-1 accents decode as GBK too, into rare characters: no East Asian encoding is suggested for them. */
    @Test
    void latin1IsNotTakenForAnEastAsianEncoding() {
        byte[] latin1 = "1. Qu'est-ce qu'une fonction d'activation ? Élément non linéaire, appliqué après chaque couche.\n"
                .getBytes(StandardCharsets.ISO_8859_1);
        assertThat(refusal(latin1, StandardCharsets.UTF_8)).doesNotContain("looks like")
                .endsWith("'iconv -f GBK -t UTF-8'), or re-run with --encoding NAME");
    }

    @Test
    void bytesTheNamedEncodingDoesNotMapAreRefusedWhereTheyAre() {
        byte[] data = {'1', '.', ' ', (byte) 0xC9, (byte) 0xEE, '\n', '2', '.', ' ', 'x', (byte) 0xFF, '\n'};
        assertThat(refusal(data, GB18030)).startsWith("not valid GB18030 at line 2, column 5 (byte 0xFF); "
                + "is --encoding GB18030 right for this file?");
    }

    /** A byte-order mark is the file's own word: it outweighs --encoding, which is the user's for a whole run. */
    @Test
    void aByteOrderMarkOutweighsTheNamedEncoding() {
        byte[] utf8 = "\uFEFF1. 什么是梯度？\n".getBytes(StandardCharsets.UTF_8);
        SourceDocument read = SourceDocument.of(Path.of("bank.md"), "bank.md", utf8, GB18030);
        assertThat(read.text()).isEqualTo("1. 什么是梯度？\n");
        assertThat(read.encoding()).isNull();
        byte[] utf16 = "1. What is SGD?\n".getBytes(StandardCharsets.UTF_16LE);
        assertThat(SourceDocument.of(Path.of("bank.md"), "bank.md", utf16, StandardCharsets.UTF_16LE).text())
                .as("UTF-16 without a mark, named: its zero bytes are no sign of binary").isEqualTo("1. What is SGD?\n");
        assertThat(refusal(new byte[] {'1', '.', 0, 'x', '\n'}, GB18030)).contains("binary file");
    }

    @Test
    void encodedSurrogatesAreRefused() {
        // CESU-8 style: a surrogate encoded on its own is not UTF-8, although each byte looks like a sequence.
        byte[] cesu = {'x', (byte) 0xED, (byte) 0xA0, (byte) 0x80, '\n'};
        assertThatThrownBy(() -> of(cesu)).isInstanceOf(QbankException.class).hasMessageContaining("UTF-8");
    }

    /**
     * The fast decoding accepts exactly what a strict UTF-8 decoder accepts, and gives the same text: any bytes,
     * mostly valid multi-byte text with damage spliced in.
     */
    @Property(tries = 2000)
    void decodesExactlyWhatAStrictDecoderAccepts(@ForAll("damagedText") byte[] data) {
        // a UTF-16 byte-order mark (FF FE, FE FF) makes the file UTF-16, tested on its own; random damage can make one
        net.jqwik.api.Assume.that(data.length < 2 || !((data[0] & 0xff) + (data[1] & 0xff) == 0xFF + 0xFE
                && ((data[0] & 0xff) == 0xFF || (data[0] & 0xff) == 0xFE)));
        String strict;
        try {
            strict = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(data)).toString();
        } catch (CharacterCodingException e) {
            strict = null;
        }
        boolean usable = strict != null && !strict.isBlank() && strict.indexOf('\0') < 0 && strict.indexOf('\r') < 0
                && !strict.startsWith("\uFEFF");
        if (usable) {
            assertThat(of(data).text()).isEqualTo(strict);
        } else if (strict == null) {
            assertThatThrownBy(() -> of(data)).isInstanceOf(QbankException.class)
                    .satisfies(e -> assertThat(((QbankException) e).diagnostics().get(0).code())
                            .isIn("encoding", "binary"));
        }
    }

    @Provide
    Arbitrary<byte[]> damagedText() {
        Arbitrary<String> text = Arbitraries.strings().withCharRange('a', 'z').withCharRange('\u4e00', '\u4e20')
                .withChars('\uFFFD', '？', ' ', '\n').withCharRange('\uD83D', '\uD83D').ofMinLength(1).ofMaxLength(40);
        Arbitrary<byte[]> noise = Arbitraries.bytes().array(byte[].class).ofMinSize(0).ofMaxSize(4);
        return net.jqwik.api.Combinators.combine(text, noise, Arbitraries.integers().between(0, 200))
                .as((t, n, at) -> {
                    byte[] good = t.getBytes(StandardCharsets.UTF_8);
                    int cut = Math.min(at, good.length);
                    byte[] out = new byte[good.length + n.length];
                    System.arraycopy(good, 0, out, 0, cut);
                    System.arraycopy(n, 0, out, cut, n.length);
                    System.arraycopy(good, cut, out, cut + n.length, good.length - cut);
                    return out;
                });
    }

    /** Java's message for a refused permission is the bare path: "cannot read: /x/a.txt" said neither why nor what next. */
    @Test
    void aRefusedPermissionIsSaidInWords() {
        assertThat(SourceDocument.cannotRead(new java.nio.file.AccessDeniedException("/x/a.txt")))
                .isEqualTo("cannot read: permission denied; give yourself read access (chmod u+r, and u+x for a "
                        + "folder) or leave it out");
        assertThat(SourceDocument.cannotRead(new java.io.IOException("Input/output error")))
                .isEqualTo("cannot read: Input/output error");
    }
}
