package dev.qbank.model;

import java.nio.file.attribute.BasicFileAttributes;

/**
 * Question files (and bank.yaml) must be plain files. A named pipe called {@code q-1.yaml} would block its reader forever (opening
 * one waits for a writer), and a device could stream without end; so readers look at what a name is before opening
 * it, and refuse anything else with this wording.
 */
public final class PlainFiles {
    private PlainFiles() {
    }

    /** Why a file with these attributes (of the file itself, or of where its link leads) is not read; null if plain. */
    public static String problem(BasicFileAttributes attributes) {
        if (attributes.isRegularFile()) {
            return null;
        }
        String what = attributes.isDirectory() ? "a folder" : "a named pipe, socket or device";
        return "not a plain file but " + what + ", so it is not read; qbank reads plain YAML files only: replace it "
                + "with one, or remove it";
    }
}
