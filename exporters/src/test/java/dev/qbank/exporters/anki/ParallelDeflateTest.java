package dev.qbank.exporters.anki;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.zip.CRC32;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.Inflater;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/** The blocks deflated apart must be one deflate stream that inflates to the file, whatever the cuts. */
class ParallelDeflateTest {

    @Property(tries = 200)
    void inflatesToTheFileWithItsCrcAndSizes(@ForAll @IntRange(min = 0, max = 20_000) int length,
            @ForAll @IntRange(min = 1, max = 4096) int blockSize, @ForAll long seed) throws Exception {
        byte[] data = sample(length, seed);
        Path file = Files.createTempFile("deflate", ".bin");
        try {
            Files.write(file, data);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ParallelDeflate.Result r = ParallelDeflate.deflate(file, out, blockSize);
            byte[] deflated = out.toByteArray();
            assertThat(inflate(deflated, length)).isEqualTo(data);
            CRC32 crc = new CRC32();
            crc.update(data);
            assertThat(r).isEqualTo(new ParallelDeflate.Result(crc.getValue(), length, deflated.length));
            // the same bytes every time, whatever the threads did
            ByteArrayOutputStream again = new ByteArrayOutputStream();
            ParallelDeflate.deflate(file, again, blockSize);
            assertThat(again.toByteArray()).isEqualTo(deflated);
        } finally {
            Files.delete(file);
        }
    }

    /** With the previous block as dictionary, the cuts cost next to nothing against one stream. */
    @Example
    void compressesAboutAsWellAsOneStream() throws IOException {
        byte[] data = sample(5 * ParallelDeflate.BLOCK + 12_345, 7);
        Path file = Files.createTempFile("deflate", ".bin");
        try {
            Files.write(file, data);
            ByteArrayOutputStream parallel = new ByteArrayOutputStream();
            ParallelDeflate.deflate(file, parallel);
            ByteArrayOutputStream single = new ByteArrayOutputStream();
            Deflater d = new Deflater(Deflater.BEST_SPEED, true);
            try (DeflaterOutputStream dos = new DeflaterOutputStream(single, d)) {
                dos.write(data);
            }
            d.end();
            assertThat((double) parallel.size()).isLessThan(single.size() * 1.01);
        } finally {
            Files.delete(file);
        }
    }

    /** Matches reach back across a cut: random 20 KiB repeated, in blocks of 16 KiB, still compresses. */
    @Example
    void eachBlockStartsFromThePreviousOnesWindow() throws IOException {
        byte[] period = new byte[20 * 1024];
        new Random(3).nextBytes(period);
        ByteArrayOutputStream repeated = new ByteArrayOutputStream();
        for (int i = 0; i < 40; i++) {
            repeated.writeBytes(period);
        }
        Path file = Files.createTempFile("deflate", ".bin");
        try {
            Files.write(file, repeated.toByteArray());
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ParallelDeflate.deflate(file, out, 16 * 1024);
            // without the dictionary no block would find any match (800 KiB out); with it, about 220 KiB
            assertThat(out.size()).isLessThan(repeated.size() / 2);
        } finally {
            Files.delete(file);
        }
    }

    /** Text-like bytes (repeats within and across blocks, as SQLite pages of notes have) with random runs. */
    private static byte[] sample(int length, long seed) {
        Random random = new Random(seed);
        String[] words = {"什么是卷积", "<p>", "</p>", "神经网络 ", "gradient ", "qbank::CNN", "\u001f", "\0\0\0\0"};
        ByteArrayOutputStream out = new ByteArrayOutputStream(length + 64);
        while (out.size() < length) {
            if (random.nextInt(10) == 0) {
                byte[] noise = new byte[random.nextInt(64)];
                random.nextBytes(noise);
                out.writeBytes(noise);
            } else {
                out.writeBytes(words[random.nextInt(words.length)].getBytes(StandardCharsets.UTF_8));
            }
        }
        byte[] all = out.toByteArray();
        return java.util.Arrays.copyOf(all, length);
    }

    private static byte[] inflate(byte[] deflated, int length) throws DataFormatException {
        Inflater inflater = new Inflater(true);
        try {
            inflater.setInput(deflated);
            byte[] out = new byte[length + 1];
            int n = 0;
            while (!inflater.finished()) {
                int got = inflater.inflate(out, n, out.length - n);
                if (got == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
                    break;
                }
                n += got;
            }
            assertThat(inflater.finished()).as("the stream ends").isTrue();
            assertThat(inflater.getRemaining()).as("nothing after the end").isZero();
            return java.util.Arrays.copyOf(out, n);
        } finally {
            inflater.end();
        }
    }
}
