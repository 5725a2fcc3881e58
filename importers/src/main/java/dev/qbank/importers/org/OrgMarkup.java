package dev.qbank.importers.org;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An org-mode body as the Markdown the bank keeps: source and example blocks ({@code #+BEGIN_SRC go} …
 * {@code #+END_SRC}) as fenced code, quote blocks as {@code >} lines, {@code ~code~} and {@code =verbatim=} as code
 * spans, {@code *bold*} as {@code **bold**}, and links ({@code [[url][words]]}) as Markdown links (a link to another
 * heading or file as its words). Lists ({@code - }, {@code + }, {@code 1. }) are Markdown's already. Code keeps its
 * text as written.
 */
final class OrgMarkup {
    private static final Pattern BLOCK_BEGIN = Pattern.compile("(?i)^[ \\t]*#\\+begin_(src|example|quote)\\b[ \\t]*(\\S*).*$");
    /**
     * Org's code and verbatim markers: after the start, a space or an opening bracket or punctuation, and before the
     * end, a space or punctuation (Chinese punctuation too, as Chinese notes write it); never across lines, and never
     * ending at an operator's {@code =} ({@code =v, ok := <-ch=} is one span, not {@code v, ok :}). At most 400
     * characters: a span may hold its own marks, so every opening mark was searched to the line's end, quadratic on a
     * long line of them (untrusted input).
     */
    private static final Pattern CODE = Pattern.compile(
            "(?<=^|[\\s('\"{，。、：；（“])([~=])([^\\s~=]|[^\\s~=][^\\n]{0,400}?[^\\s:!<>=])\\1(?=$|[\\s.,:;!?'\")}\\]，。、：；？！）”])");
    private static final Pattern BOLD = Pattern.compile(
            "(?<=^|[\\s('\"{，。、：；（“])\\*([^\\s*]|[^\\s*][^*\\n]*?[^\\s*])\\*(?=$|[\\s.,:;!?'\")}\\]，。、：；？！）”])");
    private static final Pattern LINK = Pattern.compile("\\[\\[([^\\[\\]\\n]+)\\](?:\\[([^\\[\\]\\n]+)\\])?\\]");

    private OrgMarkup() {
    }

    /** The lines (already free of drawers and planning lines) as Markdown. */
    static String markdown(List<String> lines) {
        List<String> out = new ArrayList<>();
        String block = null; // the block being read: src, example or quote
        for (String line : lines) {
            Matcher begin = block == null ? BLOCK_BEGIN.matcher(line) : null;
            if (begin != null && begin.matches()) {
                block = begin.group(1).toLowerCase(Locale.ROOT);
                if (!block.equals("quote")) {
                    out.add("```" + (block.equals("src") ? begin.group(2) : ""));
                }
            } else if (block != null && line.strip().toLowerCase(Locale.ROOT).equals("#+end_" + block)) {
                if (!block.equals("quote")) {
                    out.add("```");
                }
                block = null;
            } else if (block != null && !block.equals("quote")) {
                out.add(line);
            } else {
                String text = inline(line);
                out.add(block != null ? "> " + text : text);
            }
        }
        if (block != null && !block.equals("quote")) {
            out.add("```"); // a block left open: its text is still code
        }
        return String.join("\n", out).strip();
    }

    /** One line of text with org's inline markup as Markdown's. */
    static String inline(String line) {
        String s = line;
        if (s.indexOf("[[") >= 0) {
            s = LINK.matcher(s).replaceAll(m -> {
                String target = m.group(1);
                String words = m.group(2) != null ? m.group(2) : target;
                return Matcher.quoteReplacement(target.matches("(?i)(?:https?|mailto):.*")
                        ? "[" + words + "](" + target + ")" : words);
            });
        }
        if (s.indexOf('~') >= 0 || s.indexOf('=') >= 0) {
            s = CODE.matcher(s).replaceAll(m -> Matcher.quoteReplacement("`" + m.group(2) + "`"));
        }
        if (s.indexOf('*') >= 0) {
            s = BOLD.matcher(s).replaceAll(m -> Matcher.quoteReplacement("**" + m.group(1) + "**"));
        }
        return s;
    }
}
