package dev.qbank.importers.table;

import dev.qbank.model.Diagnostic;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Pipes written unescaped inside a code span of a table row ({@code | 如何拼接？ | `a|b` |}). GFM splits the cell
 * there, so the row has more cells than its header and its last columns shift (an answer cut at the pipe, its tail
 * read as the difficulty); writers mean the pipe as code. When a row has more cells than the header and keeping the
 * code spans' pipes gives it no more than the header's, those pipes are escaped ({@code \|}) before parsing, which
 * is what GFM needs to read them as text, with a warning naming the row.
 */
final class CodeSpanPipes {
    private CodeSpanPipes() {
    }

    /** The text with such rows' code-span pipes escaped; the same string when there are none. */
    static String escaped(String text, String file, Consumer<Diagnostic> warnings) {
        if (text.indexOf('`') < 0) {
            return text;
        }
        String[] lines = text.split("\n", -1);
        int columns = 0;
        boolean changed = false;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (i > 0 && TableImporter.DELIMITER_ROW.matcher(line).matches() && line.contains("-")
                    && lines[i - 1].contains("|")) {
                columns = Pipes.of(lines[i - 1]).cells(lines[i - 1]);
                continue;
            }
            if (line.isBlank() || !line.contains("|")) {
                columns = 0; // a table ends at a blank line or a line without cells
                continue;
            }
            if (columns == 0 || line.indexOf('`') < 0) {
                continue;
            }
            Pipes pipes = Pipes.of(line);
            int cells = pipes.cells(line);
            if (cells > columns && cells - pipes.inCode().size() <= columns) {
                StringBuilder escaped = new StringBuilder(line);
                for (int k = pipes.inCode().size() - 1; k >= 0; k--) {
                    escaped.insert((int) pipes.inCode().get(k), '\\');
                }
                lines[i] = escaped.toString();
                changed = true;
                warnings.accept(Diagnostic.warning("code-span-pipe", file, i + 1, 0, "a '|' inside a code span "
                        + "(`…|…`) splits a table cell in GFM; read as part of the code, so that the row keeps its "
                        + columns + " columns (write it as \\| to be exact)"));
            }
        }
        return changed ? String.join("\n", lines) : text;
    }

    /** Where a row's unescaped pipes are: between cells, or inside code spans. */
    private record Pipes(int outside, List<Integer> inCode) {
        static Pipes of(String line) {
            int outside = 0;
            List<Integer> inCode = new ArrayList<>();
            int tick = 0; // the length of the backtick run that opened the code span we are in, 0 outside one
            for (int i = 0; i < line.length(); i++) {
                char c = line.charAt(i);
                if (c == '\\') {
                    i++; // an escaped character, \| among them
                } else if (c == '`') {
                    int run = 1;
                    while (i + run < line.length() && line.charAt(i + run) == '`') {
                        run++;
                    }
                    if (tick == 0 && line.indexOf("`".repeat(run), i + run) >= 0) {
                        tick = run; // a run with a closing run of the same length later opens a code span
                    } else if (tick == run) {
                        tick = 0;
                    }
                    i += run - 1;
                } else if (c == '|' && tick > 0) {
                    inCode.add(i);
                } else if (c == '|') {
                    outside++;
                }
            }
            return new Pipes(outside, inCode);
        }

        /** How many cells GFM reads in the row: one more than its pipes, less a leading and a trailing one. */
        int cells(String line) {
            String s = line.strip();
            boolean trailing = s.endsWith("|") && !s.endsWith("\\|");
            return outside + inCode.size() + 1 - (s.startsWith("|") ? 1 : 0) - (trailing ? 1 : 0);
        }
    }
}
