package dev.qbank.exporters.anki;

import dev.qbank.model.QbankMapper;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Anki's collection schema 11 (the format of {@code collection.anki2} inside a legacy {@code .apkg}, which every
 * current Anki still imports): the tables and indexes as Anki creates them, and the JSON documents the {@code col}
 * row holds (note types, decks, deck options, configuration). Field names and required keys follow Anki's
 * {@code schema11.sql} and its schema-11 serde structs; keys Anki would not find make its upgrade fail.
 */
final class AnkiCollectionSchema {
    static final int SCHEMA_VERSION = 11;
    /** Anki's own Default deck and default deck options: always present in a collection. */
    static final long DEFAULT_DECK_ID = 1;
    static final long DEFAULT_CONF_ID = 1;

    /** The note type's fields, in order. Fixed: a change makes Anki report conflicts instead of updating notes. */
    static final List<String> FIELDS = List.of(
            "Question", "Prompt", "Answer", "Explanation", "Difficulty", "Topic", "Source", "References", "Id");
    static final String NOTETYPE_NAME = "qbank question";

    static final List<String> DDL = List.of(
            """
            CREATE TABLE col (id integer PRIMARY KEY, crt integer NOT NULL, mod integer NOT NULL,
              scm integer NOT NULL, ver integer NOT NULL, dty integer NOT NULL, usn integer NOT NULL,
              ls integer NOT NULL, conf text NOT NULL, models text NOT NULL, decks text NOT NULL,
              dconf text NOT NULL, tags text NOT NULL)""",
            """
            CREATE TABLE notes (id integer PRIMARY KEY, guid text NOT NULL, mid integer NOT NULL,
              mod integer NOT NULL, usn integer NOT NULL, tags text NOT NULL, flds text NOT NULL,
              sfld integer NOT NULL, csum integer NOT NULL, flags integer NOT NULL, data text NOT NULL)""",
            """
            CREATE TABLE cards (id integer PRIMARY KEY, nid integer NOT NULL, did integer NOT NULL,
              ord integer NOT NULL, mod integer NOT NULL, usn integer NOT NULL, type integer NOT NULL,
              queue integer NOT NULL, due integer NOT NULL, ivl integer NOT NULL, factor integer NOT NULL,
              reps integer NOT NULL, lapses integer NOT NULL, left integer NOT NULL, odue integer NOT NULL,
              odid integer NOT NULL, flags integer NOT NULL, data text NOT NULL)""",
            """
            CREATE TABLE revlog (id integer PRIMARY KEY, cid integer NOT NULL, usn integer NOT NULL,
              ease integer NOT NULL, ivl integer NOT NULL, lastIvl integer NOT NULL, factor integer NOT NULL,
              time integer NOT NULL, type integer NOT NULL)""",
            "CREATE TABLE graves (usn integer NOT NULL, oid integer NOT NULL, type integer NOT NULL)",
            "CREATE INDEX ix_notes_usn ON notes (usn)",
            "CREATE INDEX ix_cards_usn ON cards (usn)",
            "CREATE INDEX ix_revlog_usn ON revlog (usn)",
            "CREATE INDEX ix_cards_nid ON cards (nid)",
            "CREATE INDEX ix_cards_sched ON cards (did, queue, due)",
            "CREATE INDEX ix_revlog_cid ON revlog (cid)",
            "CREATE INDEX ix_notes_csum ON notes (csum)");

    /**
     * The card's styling. Night mode: Anki marks the card {@code .nightMode} (desktop, AnkiMobile) or
     * {@code .night_mode} (AnkiDroid) and leaves the colours to the note type, so a card fixed to black on white
     * stays a white page at night; every colour here has a dark counterpart. Phones: long code lines, wide tables,
     * displayed formulas and unbroken URLs scroll or wrap inside the card instead of widening the page.
     */
    private static final String CSS = """
            .card { font-family: -apple-system, "Segoe UI", "PingFang SC", "Microsoft YaHei", sans-serif;
              font-size: 18px; text-align: left; color: black; background-color: white; line-height: 1.5;
              overflow-wrap: break-word; }
            .card.nightMode, .card.night_mode, .nightMode .card, .night_mode .card {
              color: #e6e6e6; background-color: #1e1e1e; }
            .question { font-size: 22px; font-weight: 600; }
            .prompt { margin-top: .5em; }
            .meta { color: #666; font-size: 14px; margin-top: 1em; }
            .nightMode .meta, .night_mode .meta { color: #a0a0a0; }
            .explanation { margin-top: 1em; border-left: 3px solid #ccc; padding-left: .75em; }
            table { border-collapse: collapse; display: block; max-width: 100%; overflow-x: auto; }
            th, td { border: 1px solid #ccc; padding: 2px 6px; }
            .nightMode .explanation, .night_mode .explanation, .nightMode th, .night_mode th,
            .nightMode td, .night_mode td { border-color: #555; }
            code, pre { font-family: ui-monospace, Menlo, Consolas, "Courier New", monospace; font-size: .9em; }
            code { background-color: rgba(127, 127, 127, .15); border-radius: 3px; padding: 0 .2em; }
            pre { white-space: pre-wrap; overflow-x: auto; background-color: #f4f4f4; padding: .5em .75em;
              border-radius: 4px; }
            pre code { background-color: transparent; padding: 0; font-size: 1em; }
            .nightMode pre, .night_mode pre { background-color: #2b2b2b; }
            a { color: #0645ad; } .nightMode a, .night_mode a { color: #8ab4f8; }
            img { max-width: 100%; height: auto; }
            mjx-container[display="true"] { overflow-x: auto; overflow-y: hidden; max-width: 100%; }
            .mobile .card, .card.mobile { font-size: 17px; }
            .mobile .question, .card.mobile .question { font-size: 20px; }
            """;

    private static final String FRONT = """
            <div class="question">{{Question}}</div>
            {{#Prompt}}<div class="prompt">{{Prompt}}</div>{{/Prompt}}""";

    private static final String BACK = """
            {{FrontSide}}
            <hr id="answer">
            {{Answer}}
            {{#Explanation}}<div class="explanation">{{Explanation}}</div>{{/Explanation}}
            {{#References}}<div class="meta">{{References}}</div>{{/References}}
            <div class="meta">{{#Difficulty}}{{Difficulty}} · {{/Difficulty}}{{#Topic}}{{Topic}} · {{/Topic}}\
            {{Source}}</div>""";

    private AnkiCollectionSchema() {
    }

    /** {@code col.models}: the one qbank note type, keyed by its id. */
    static String models(long defaultDeckId) {
        List<Map<String, Object>> flds = new ArrayList<>();
        for (int i = 0; i < FIELDS.size(); i++) {
            Map<String, Object> f = new LinkedHashMap<>();
            f.put("name", FIELDS.get(i));
            f.put("ord", i);
            f.put("sticky", false);
            f.put("rtl", false);
            f.put("font", "Arial");
            f.put("size", 20);
            f.put("description", "");
            f.put("plainText", false);
            f.put("collapsed", false);
            f.put("excludeFromSearch", false);
            f.put("id", AnkiIds.componentId("field", FIELDS.get(i)));
            f.put("tag", null);
            f.put("preventDeletion", false);
            f.put("media", List.of());
            flds.add(f);
        }
        Map<String, Object> tmpl = new LinkedHashMap<>();
        tmpl.put("name", "Card 1");
        tmpl.put("ord", 0);
        tmpl.put("qfmt", FRONT);
        tmpl.put("afmt", BACK);
        tmpl.put("bqfmt", "");
        tmpl.put("bafmt", "");
        tmpl.put("did", null);
        tmpl.put("bfont", "");
        tmpl.put("bsize", 0);
        tmpl.put("id", AnkiIds.componentId("template", "Card 1"));

        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", AnkiIds.NOTETYPE_ID);
        m.put("name", NOTETYPE_NAME);
        m.put("type", 0);
        m.put("mod", AnkiIds.NOTETYPE_MOD);
        m.put("usn", -1);
        m.put("sortf", 0);
        m.put("did", defaultDeckId);
        m.put("tmpls", List.of(tmpl));
        m.put("flds", flds);
        m.put("css", CSS);
        m.put("latexPre", "\\documentclass[12pt]{article}\n\\special{papersize=3in,5in}\n\\usepackage[utf8]{inputenc}\n"
                + "\\usepackage{amssymb,amsmath}\n\\pagestyle{empty}\n\\setlength{\\parindent}{0in}\n"
                + "\\begin{document}\n");
        m.put("latexPost", "\\end{document}");
        m.put("latexsvg", false);
        // the card is generated when the Question field is not empty
        m.put("req", List.of(List.of(0, "any", List.of(0))));
        m.put("tags", List.of());
        m.put("vers", List.of());
        return json(Map.of(String.valueOf(AnkiIds.NOTETYPE_ID), m));
    }

    /** {@code col.decks}: Anki's Default deck plus the given decks (name by id). */
    static String decks(SortedMap<String, Long> deckIdsByName) {
        Map<String, Object> all = new LinkedHashMap<>();
        all.put(String.valueOf(DEFAULT_DECK_ID), deck(DEFAULT_DECK_ID, "Default"));
        deckIdsByName.forEach((name, id) -> all.put(String.valueOf(id), deck(id, name)));
        return json(all);
    }

    private static Map<String, Object> deck(long id, String name) {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("id", id);
        d.put("mod", AnkiIds.COLLECTION_CRT);
        d.put("name", name);
        d.put("usn", -1);
        d.put("lrnToday", List.of(0, 0));
        d.put("revToday", List.of(0, 0));
        d.put("newToday", List.of(0, 0));
        d.put("timeToday", List.of(0, 0));
        d.put("collapsed", false);
        d.put("browserCollapsed", false);
        d.put("desc", "");
        d.put("dyn", 0);
        d.put("conf", DEFAULT_CONF_ID);
        d.put("extendNew", 0);
        d.put("extendRev", 0);
        return d;
    }

    /** {@code col.dconf}: Anki's default options group, which every deck here uses. */
    static String deckConfig() {
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("id", DEFAULT_CONF_ID);
        c.put("mod", 0);
        c.put("name", "Default");
        c.put("usn", 0);
        c.put("maxTaken", 60);
        c.put("autoplay", true);
        c.put("timer", 0);
        c.put("replayq", true);
        Map<String, Object> n = new LinkedHashMap<>();
        n.put("bury", false);
        n.put("delays", List.of(1.0, 10.0));
        n.put("initialFactor", 2500);
        n.put("ints", List.of(1, 4, 0));
        n.put("order", 1);
        n.put("perDay", 20);
        c.put("new", n);
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("bury", false);
        r.put("ease4", 1.3);
        r.put("ivlFct", 1.0);
        r.put("maxIvl", 36500);
        r.put("perDay", 200);
        r.put("hardFactor", 1.2);
        c.put("rev", r);
        Map<String, Object> l = new LinkedHashMap<>();
        l.put("delays", List.of(10.0));
        l.put("leechAction", 1);
        l.put("leechFails", 8);
        l.put("minInt", 1);
        l.put("mult", 0.0);
        c.put("lapse", l);
        c.put("dyn", false);
        return json(Map.of(String.valueOf(DEFAULT_CONF_ID), c));
    }

    /** {@code col.conf}: the collection settings Anki expects; {@code nextPos} continues after our new cards. */
    static String config(long firstDeckId, long nextPosition) {
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("activeDecks", List.of(firstDeckId));
        c.put("curDeck", firstDeckId);
        c.put("newSpread", 0);
        c.put("collapseTime", 1200);
        c.put("timeLim", 0);
        c.put("estTimes", true);
        c.put("dueCounts", true);
        c.put("curModel", AnkiIds.NOTETYPE_ID);
        c.put("nextPos", nextPosition);
        c.put("sortType", "noteFld");
        c.put("sortBackwards", false);
        c.put("addToCur", true);
        c.put("schedVer", 2);
        return json(c);
    }

    static String tags(Iterable<String> tags) {
        Map<String, Object> t = new TreeMap<>();
        for (String tag : tags) {
            t.put(tag, 0);
        }
        return json(t);
    }

    static String json(Object value) {
        return QbankMapper.json().writeValueAsString(value);
    }
}
