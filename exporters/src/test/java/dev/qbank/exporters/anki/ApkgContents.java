package dev.qbank.exporters.anki;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * A second reader for .apkg files, independent of the writer: java.util.zip for the archive and plain SQL through
 * sqlite-jdbc for the collection. Tests check the writer's output through this only.
 */
record ApkgContents(Map<String, byte[]> entries, Path collection) {

    static ApkgContents read(Path apkg, Path scratch) throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(apkg))) {
            ZipEntry e;
            while ((e = zip.getNextEntry()) != null) {
                entries.put(e.getName(), readAll(zip));
            }
        }
        Path db = Files.createTempFile(scratch, "collection", ".anki2");
        Files.write(db, entries.get("collection.anki2"));
        return new ApkgContents(entries, db);
    }

    private static byte[] readAll(InputStream in) throws IOException {
        return in.readAllBytes();
    }

    String mediaJson() {
        return new String(entries.get("media"), StandardCharsets.UTF_8);
    }

    Connection open() throws SQLException {
        return DriverManager.getConnection("jdbc:sqlite:" + collection);
    }

    /** Every row of a query as column → value maps, in the query's order. */
    List<Map<String, Object>> rows(String sql) throws SQLException {
        try (Connection c = open(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            ResultSetMetaData md = rs.getMetaData();
            List<Map<String, Object>> out = new ArrayList<>();
            while (rs.next()) {
                Map<String, Object> row = new LinkedHashMap<>();
                for (int i = 1; i <= md.getColumnCount(); i++) {
                    row.put(md.getColumnName(i), rs.getObject(i));
                }
                out.add(row);
            }
            return out;
        }
    }
}
