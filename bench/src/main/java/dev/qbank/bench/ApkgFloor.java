package dev.qbank.bench;

import dev.qbank.model.QbankMapper;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import tools.jackson.databind.JsonNode;

/**
 * The floor for the apkg benchmark: the least work any exporter must do for the same notes - insert one note and
 * one card row per question in a single SQLite transaction, then zip the database. No HTML rendering, no
 * sanitising, no deck or model JSON. Reads a qbank JSON export.
 *
 * <p>Usage: {@code ApkgFloor BANK.json OUT.apkg}; prints the milliseconds spent.
 */
public final class ApkgFloor {
    private ApkgFloor() {
    }

    public static void main(String[] args) throws Exception {
        long started = System.nanoTime();
        JsonNode bank = QbankMapper.json().readTree(Files.readString(Path.of(args[0])));
        Path db = Files.createTempFile("floor", ".anki2");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db)) {
            try (Statement s = c.createStatement()) {
                s.execute("create table notes (id integer primary key, guid text not null, mid integer not null,"
                        + " mod integer not null, usn integer not null, tags text not null, flds text not null,"
                        + " sfld integer not null, csum integer not null, flags integer not null, data text not null)");
                s.execute("create table cards (id integer primary key, nid integer not null, did integer not null,"
                        + " ord integer not null, mod integer not null, usn integer not null, type integer not null,"
                        + " queue integer not null, due integer not null, ivl integer not null,"
                        + " factor integer not null, reps integer not null, lapses integer not null,"
                        + " left integer not null, odue integer not null, odid integer not null,"
                        + " flags integer not null, data text not null)");
            }
            c.setAutoCommit(false);
            try (PreparedStatement note = c.prepareStatement("insert into notes values (?,?,1,0,-1,'',?,?,0,0,'')");
                 PreparedStatement card = c.prepareStatement(
                         "insert into cards values (?,?,1,0,0,-1,0,0,?,0,0,0,0,0,0,0,0,'')")) {
                long id = 1_600_000_000_000L;
                for (JsonNode q : bank.get("questions")) {
                    String question = q.get("question").asString();
                    String answer = q.has("answer") ? q.get("answer").asString() : "";
                    note.setLong(1, id);
                    note.setString(2, q.get("id").asString());
                    note.setString(3, question + "\u001f" + answer);
                    note.setString(4, question);
                    note.addBatch();
                    card.setLong(1, id);
                    card.setLong(2, id);
                    card.setLong(3, id);
                    card.addBatch();
                    id++;
                }
                note.executeBatch();
                card.executeBatch();
            }
            c.commit();
        }
        try (OutputStream out = Files.newOutputStream(Path.of(args[1]));
             ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("collection.anki2"));
            Files.copy(db, zip);
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("media"));
            zip.write("{}".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        Files.delete(db);
        System.out.println((System.nanoTime() - started) / 1_000_000);
    }
}
