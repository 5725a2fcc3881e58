package dev.qbank.importers.dedup;

import com.github.houbb.opencc4j.support.datamap.IDataMap;
import com.github.houbb.opencc4j.support.datamap.impl.DataMaps;
import com.github.houbb.opencc4j.util.ZhConverterUtil;

/**
 * Traditional → simplified Chinese (opencc4j, whose dictionaries ship inside its jar: no network). The
 * dictionaries take a few hundred milliseconds to load, so they are loaded on first use only, and text without
 * any Han character never touches them: commands that do not deduplicate start as fast as before. Text the
 * conversion cannot change (almost all of it: it is simplified already) is returned as it is without converting;
 * see {@link ConversionTriggers}.
 */
final class ChineseScript {
    private ChineseScript() {
    }

    static String toSimplified(String s) {
        if (!hasHan(s)) {
            return s;
        }
        return Holder.convert(s);
    }

    private static boolean hasHan(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 0x2E80 && TextNormalizer.isHan(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** {@link #toSimplified} without the shortcut, as it was before it: what it must always agree with (tests). */
    static String toSimplifiedWithoutShortcut(String s) {
        return hasHan(s) ? Holder.convertFully(s) : s;
    }

    /** Lazy holder: the class (and the dictionaries) load when the first Han text is converted. */
    private static final class Holder {
        /** The dictionaries {@link ZhConverterUtil#toSimple} uses (DataMaps.defaults() is one shared instance). */
        private static final ConversionTriggers TRIGGERS = triggers(DataMaps.defaults());

        private static ConversionTriggers triggers(IDataMap dictionaries) {
            return new ConversionTriggers(dictionaries.tsPhrase(), dictionaries.tsChar());
        }

        static String convert(String s) {
            return TRIGGERS.mayChange(s) ? convertFully(s) : s;
        }

        static String convertFully(String s) {
            // A few characters simplify in two steps (a variant, then its simplified form), so convert until
            // nothing changes: normalising normalised text must give the same text.
            String current = s;
            for (int round = 0; round < 3; round++) {
                String next = ZhConverterUtil.toSimple(current);
                if (next == null || next.equals(current)) {
                    break;
                }
                current = next;
            }
            return current;
        }
    }
}
