package dev.qbank.importers.notebook;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;

/**
 * A Jupyter notebook's cells as the Markdown they show: a Markdown cell's lines as written, a code cell as a fenced
 * block in the kernel's language (its outputs left out: they are what the code printed when last run, not what a
 * learner is asked), raw cells left out. Each Markdown line remembers the line of the notebook's JSON it came from,
 * so that a question points into the {@code .ipynb} file.
 */
record NotebookText(String markdown, int[] jsonLines, int cells) {

    /** Reads the notebook from {@code p}, positioned before its first token. */
    static NotebookText read(JsonParser p) {
        List<Cell> cells = new ArrayList<>();
        String language = "";
        if (p.nextToken() != JsonToken.START_OBJECT) {
            return new NotebookText("", new int[0], 0);
        }
        while (p.nextToken() == JsonToken.PROPERTY_NAME) {
            String name = p.currentName();
            JsonToken value = p.nextToken();
            if (name.equals("cells") && value == JsonToken.START_ARRAY) {
                while (p.nextToken() == JsonToken.START_OBJECT) {
                    cells.add(cell(p));
                }
            } else if (name.equals("metadata") && value == JsonToken.START_OBJECT) {
                language = language(p);
            } else {
                p.skipChildren();
            }
        }
        return render(cells, language);
    }

    /** One cell's kind and its source lines, each with its JSON line; the parser ends on the cell's END_OBJECT. */
    private static Cell cell(JsonParser p) {
        String type = "";
        List<String> lines = new ArrayList<>();
        List<Integer> at = new ArrayList<>();
        int start = p.currentTokenLocation().getLineNr();
        while (p.nextToken() == JsonToken.PROPERTY_NAME) {
            String name = p.currentName();
            JsonToken value = p.nextToken();
            if (name.equals("cell_type") && value == JsonToken.VALUE_STRING) {
                type = p.getString();
            } else if (name.equals("source") && value == JsonToken.START_ARRAY) {
                // nbformat keeps a cell's text as one string per line, each ending with its \n
                StringBuilder text = new StringBuilder();
                while (p.nextToken() == JsonToken.VALUE_STRING) {
                    addLines(p.getString(), p.currentTokenLocation().getLineNr(), text, lines, at);
                }
                flush(text, lines, at, p.currentTokenLocation().getLineNr());
            } else if (name.equals("source") && value == JsonToken.VALUE_STRING) {
                StringBuilder text = new StringBuilder();
                addLines(p.getString(), p.currentTokenLocation().getLineNr(), text, lines, at);
                flush(text, lines, at, p.currentTokenLocation().getLineNr());
            } else {
                p.skipChildren();
            }
        }
        return new Cell(type, lines, at, start);
    }

    /** Splits {@code s} at its line ends; a piece without one waits in {@code text} for the next string. */
    private static void addLines(String s, int line, StringBuilder text, List<String> lines, List<Integer> at) {
        int from = 0;
        for (int nl = s.indexOf('\n'); nl >= 0; nl = s.indexOf('\n', from)) {
            text.append(s, from, nl);
            lines.add(text.toString());
            at.add(line);
            text.setLength(0);
            from = nl + 1;
        }
        text.append(s, from, s.length());
    }

    private static void flush(StringBuilder text, List<String> lines, List<Integer> at, int line) {
        if (!text.isEmpty()) {
            lines.add(text.toString());
            at.add(line);
        }
    }

    /** The kernel's language ({@code language_info.name}, else {@code kernelspec.language}), for code fences. */
    private static String language(JsonParser p) {
        String info = "";
        String kernel = "";
        while (p.nextToken() == JsonToken.PROPERTY_NAME) {
            String name = p.currentName();
            JsonToken value = p.nextToken();
            if ((name.equals("language_info") || name.equals("kernelspec")) && value == JsonToken.START_OBJECT) {
                while (p.nextToken() == JsonToken.PROPERTY_NAME) {
                    String field = p.currentName();
                    JsonToken v = p.nextToken();
                    if (v == JsonToken.VALUE_STRING && field.equals(name.equals("kernelspec") ? "language" : "name")) {
                        if (name.equals("kernelspec")) {
                            kernel = p.getString();
                        } else {
                            info = p.getString();
                        }
                    } else {
                        p.skipChildren();
                    }
                }
            } else {
                p.skipChildren();
            }
        }
        String lang = info.isEmpty() ? kernel : info;
        return lang.matches("[A-Za-z0-9_+#.-]{1,30}") ? lang.toLowerCase(Locale.ROOT) : "";
    }

    private static NotebookText render(List<Cell> cells, String language) {
        StringBuilder md = new StringBuilder();
        List<Integer> map = new ArrayList<>();
        for (Cell c : cells) {
            boolean code = c.type().equals("code");
            if (!code && !c.type().equals("markdown") || c.lines().stream().allMatch(String::isBlank)) {
                continue;
            }
            int first = c.at().isEmpty() ? c.start() : c.at().get(0);
            if (code) {
                line(md, map, "```" + language, first);
            }
            for (int i = 0; i < c.lines().size(); i++) {
                line(md, map, c.lines().get(i), c.at().get(i));
            }
            if (code) {
                line(md, map, "```", c.at().get(c.at().size() - 1));
            }
            line(md, map, "", c.at().get(c.at().size() - 1)); // cells are blocks: a blank line parts them
        }
        return new NotebookText(md.toString(), map.stream().mapToInt(Integer::intValue).toArray(), cells.size());
    }

    private static void line(StringBuilder md, List<Integer> map, String text, int jsonLine) {
        md.append(text).append('\n');
        map.add(jsonLine);
    }

    /** The notebook's line for a line of the Markdown (1-based both); 0 stays 0 (no line). */
    int jsonLine(int markdownLine) {
        return markdownLine <= 0 || jsonLines.length == 0 ? markdownLine
                : jsonLines[Math.min(markdownLine, jsonLines.length) - 1];
    }

    private record Cell(String type, List<String> lines, List<Integer> at, int start) {
    }
}
