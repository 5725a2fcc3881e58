package dev.qbank.exporters;

import dev.qbank.model.Reference;
import java.net.URI;
import java.net.URISyntaxException;

/**
 * What a reader sees for a link that has no title. Imported references are often bare URLs with kilobytes of
 * percent-encoded {@code #:~:text=} fragments or tracking queries; printed as the link's text they fill a card or a
 * page with noise. The label is the host and path, decoded, without query or fragment, shortened to
 * {@link #MAX_LENGTH} characters; the link itself keeps the whole URL.
 */
public final class LinkLabel {
    /** Long enough for host and a readable path, short enough for one line on a phone. */
    public static final int MAX_LENGTH = 60;

    private LinkLabel() {
    }

    /** The reference's title, or {@link #of(String)} of its URL. */
    public static String of(Reference r) {
        return r.title() == null || r.title().isBlank() ? of(r.url()) : r.title();
    }

    /**
     * A short label for {@code url}: {@code zhuanlan.zhihu.com/p/93643523} for
     * {@code https://zhuanlan.zhihu.com/p/93643523#:~:text=Batch%20Normalization...}. Anything that is not an
     * absolute http(s) URL with a host is returned as written (shortened), so nothing is hidden.
     */
    public static String of(String url) {
        String label = url;
        try {
            URI uri = new URI(url);
            String scheme = uri.getScheme();
            if (uri.getHost() != null && scheme != null
                    && (scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"))) {
                String path = uri.getPath() == null ? "" : uri.getPath(); // decoded: 中文 instead of %E4%B8%AD
                label = uri.getHost() + (path.equals("/") ? "" : path);
                if (label.endsWith("/")) {
                    label = label.substring(0, label.length() - 1);
                }
            }
        } catch (URISyntaxException e) {
            // not a well-formed URI (spaces, stray characters): show it as written
        }
        return shorten(label);
    }

    private static String shorten(String s) {
        if (s.codePointCount(0, s.length()) <= MAX_LENGTH) {
            return s;
        }
        return s.substring(0, s.offsetByCodePoints(0, MAX_LENGTH - 1)) + "…";
    }
}
