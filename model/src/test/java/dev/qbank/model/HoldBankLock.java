package dev.qbank.model;

import java.nio.file.Path;

/**
 * Run in a child JVM by {@link BankLockRecoveryTest}: holds the lock of the bank named by its argument (as an import
 * does while it stages its change), says "locked" on its output, and releases it when its input is closed.
 */
public final class HoldBankLock {
    private HoldBankLock() {
    }

    public static void main(String[] args) throws Exception {
        try (BankLock lock = BankLock.acquire(Path.of(args[0]))) {
            System.out.println("locked");
            System.out.flush();
            System.in.readAllBytes();
        }
    }
}
