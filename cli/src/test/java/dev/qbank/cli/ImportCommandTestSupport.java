package dev.qbank.cli;

import java.nio.file.Path;

/** Imports the three seeds this branch's importers read into a bank, for tests that need a populated bank. */
final class ImportCommandTestSupport {
    static final String TABLE = "../seeds/000_19ee16e00da61554.txt";
    static final String CHAPTERS = "../seeds/001_268a4c925a43aea4.txt";
    static final String NUMBERED = "../seeds/004_0c49a7a0fc5058d2.txt";

    private ImportCommandTestSupport() {
    }

    static MainTest.Result importSeeds(Path bank) {
        return MainTest.run("import", "--bank", bank.toString(), TABLE, CHAPTERS, NUMBERED);
    }
}
