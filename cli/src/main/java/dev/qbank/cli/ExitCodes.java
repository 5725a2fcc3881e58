package dev.qbank.cli;

/** The fixed exit-code table, the same for every command (also printed by {@code qbank --help}). */
public final class ExitCodes {
    public static final int OK = 0;
    public static final int FINDINGS = 1;
    public static final int USAGE = 2;
    public static final int INTERNAL = 3;

    private ExitCodes() {
    }
}
