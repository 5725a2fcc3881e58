package dev.qbank.exporters.xlsx;

import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;

/**
 * Rows' cell texts parked in a temporary file, so the sheet can be written in another order than the bank streams
 * its questions in without holding them: only each row's offset stays in memory (8 bytes a row). A streaming sheet
 * takes its rows in increasing order, and reading the bank a second time (parsing every question file again) would
 * cost more than writing and reading back the cells it already made.
 *
 * <p>A row is its cells in order, each an int byte length ({@code -1} for no cell) and that much UTF-8.
 */
final class RowSpool implements Closeable {
    private final Path file;
    private DataOutputStream out;
    private FileChannel in;
    private long[] start = new long[1025];
    private int count;
    private long offset;

    RowSpool() throws IOException {
        file = Files.createTempFile("qbank-xlsx-", ".spool");
        out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(file), 1 << 16));
    }

    /** Appends the next row; {@code null} is no cell. */
    void add(String[] cells) throws IOException {
        for (String cell : cells) {
            if (cell == null) {
                out.writeInt(-1);
                offset += 4;
            } else {
                byte[] bytes = cell.getBytes(StandardCharsets.UTF_8);
                out.writeInt(bytes.length);
                out.write(bytes);
                offset += 4 + bytes.length;
            }
        }
        if (count + 1 == start.length) {
            start = Arrays.copyOf(start, start.length * 2);
        }
        start[++count] = offset;
    }

    /** Row {@code i} (numbered from 0 in the order added) as {@code columns} cells; call after the last add. */
    String[] read(int i, int columns) throws IOException {
        if (in == null) {
            out.close();
            out = null;
            in = FileChannel.open(file, StandardOpenOption.READ);
        }
        ByteBuffer buffer = ByteBuffer.allocate((int) (start[i + 1] - start[i]));
        long pos = start[i];
        while (buffer.hasRemaining()) {
            int read = in.read(buffer, pos + buffer.position());
            if (read < 0) {
                throw new IOException("xlsx row spool ended early");
            }
        }
        buffer.flip();
        String[] cells = new String[columns];
        for (int c = 0; c < columns; c++) {
            int length = buffer.getInt();
            if (length >= 0) {
                cells[c] = new String(buffer.array(), buffer.position(), length, StandardCharsets.UTF_8);
                buffer.position(buffer.position() + length);
            }
        }
        return cells;
    }

    @Override
    public void close() throws IOException {
        try {
            if (out != null) {
                out.close();
            }
            if (in != null) {
                in.close();
            }
        } finally {
            Files.deleteIfExists(file);
        }
    }
}
