package dev.qbank.exporters.anki;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * Deflates one large file on every core, the way pigz does: the file is cut into blocks, each block is deflated on
 * its own with the previous block's last 32 KiB as its dictionary (so matches may reach back across the cut, as in
 * one stream), and every block but the last ends with a sync flush, which ends it on a byte boundary without
 * ending the stream. The blocks, written in order, are one raw deflate stream that any inflater reads.
 *
 * <p>Why: the collection of a 1M-question package is about 780 MB, and deflating it on one thread took 8 s at the
 * end of the export, with the other core idle. The output depends only on the input and the block size, never on
 * scheduling, so the package stays byte-for-byte reproducible.
 */
final class ParallelDeflate {
    /** Block size: large enough that the flush markers and lost matches at the cuts cost nothing measurable. */
    static final int BLOCK = 1 << 20;
    private static final int WINDOW = 32 * 1024;

    /** What the zip entry needs: the CRC-32 and length of the input, and the length of the deflated stream. */
    record Result(long crc, long size, long compressedSize) {
    }

    private ParallelDeflate() {
    }

    /** Writes {@code source} as one raw deflate stream (level 1) to {@code out}. */
    static Result deflate(Path source, OutputStream out) throws IOException {
        return deflate(source, out, BLOCK);
    }

    static Result deflate(Path source, OutputStream out, int blockSize) throws IOException {
        int threads = Math.max(1, Runtime.getRuntime().availableProcessors());
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "qbank-deflate");
            t.setDaemon(true);
            return t;
        });
        // Blocks are read and summed here, in order, and deflated on the pool, at most two per thread at a time,
        // so memory stays a few blocks whatever the file's size.
        Deque<Future<byte[]>> pending = new ArrayDeque<>();
        CRC32 crc = new CRC32();
        long compressed = 0;
        try (FileChannel in = FileChannel.open(source, StandardOpenOption.READ)) {
            long size = in.size();
            long position = 0;
            byte[] dictionary = null;
            boolean submittedLast = false;
            while (!submittedLast || !pending.isEmpty()) {
                while (!submittedLast && pending.size() < 2 * threads) {
                    byte[] block = read(in, position, (int) Math.min(blockSize, size - position));
                    crc.update(block);
                    position += block.length;
                    boolean last = position >= size;
                    byte[] dict = dictionary;
                    dictionary = Arrays.copyOfRange(block, Math.max(0, block.length - WINDOW), block.length);
                    pending.add(pool.submit(() -> deflateBlock(block, dict, last)));
                    submittedLast = last;
                }
                byte[] deflated = join(pending.poll());
                out.write(deflated);
                compressed += deflated.length;
            }
            return new Result(crc.getValue(), size, compressed);
        } finally {
            pool.shutdownNow();
        }
    }

    private static byte[] read(FileChannel in, long position, int length) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(length);
        while (buffer.hasRemaining()) {
            if (in.read(buffer, position + buffer.position()) < 0) {
                throw new IOException("the file shrank while it was being packed");
            }
        }
        return buffer.array();
    }

    /** One block, deflated; ends on a byte boundary (sync flush), or ends the stream when it is the last. */
    static byte[] deflateBlock(byte[] block, byte[] dictionary, boolean last) {
        Deflater deflater = new Deflater(Deflater.BEST_SPEED, true);
        try {
            if (dictionary != null && dictionary.length > 0) {
                deflater.setDictionary(dictionary);
            }
            deflater.setInput(block);
            if (last) {
                deflater.finish();
            }
            byte[] out = new byte[block.length / 2 + 64];
            int length = 0;
            while (true) {
                if (length == out.length) {
                    out = Arrays.copyOf(out, out.length * 2);
                }
                int space = out.length - length;
                int n = deflater.deflate(out, length, space, last ? Deflater.NO_FLUSH : Deflater.SYNC_FLUSH);
                length += n;
                // done: the stream is finished (last block), or the flush fitted with room to spare (see Deflater)
                if (last ? deflater.finished() : n < space) {
                    return Arrays.copyOf(out, length);
                }
            }
        } finally {
            deflater.end();
        }
    }

    private static byte[] join(Future<byte[]> f) throws IOException {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while packing", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new IOException(e.getCause());
        }
    }
}
