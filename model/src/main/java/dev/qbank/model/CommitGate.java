package dev.qbank.model;

import java.io.IOException;
import java.util.concurrent.locks.LockSupport;

/**
 * What a bank change cut short by a signal (Ctrl-C, {@code kill}) left behind, told truthfully. The JVM runs its
 * shutdown hooks while the command's own threads go on, so a hook that only looked could say "nothing written" just
 * before the change passed its commit point. {@link #stop} shuts the gate instead: a change that has not passed its
 * commit point never will (the thread that would commit waits for the JVM to halt), and one that has is reported as
 * written or as left for the next command to finish.
 */
public final class CommitGate {
    /** Where this process's bank changes stood when it was stopped. */
    public enum Stage {
        /** No change passed its commit point: the bank is as it was (staged files are discarded by the next command). */
        NOTHING_COMMITTED,
        /** A change passed its commit point and is being written: the next command finishes it. */
        COMMITTED,
        /** Every committed change is written. */
        WRITTEN
    }

    interface CommitPoint {
        void pass() throws IOException;
    }

    private static final Object LOCK = new Object();
    private static boolean stopping;
    private static int committed;
    private static int written;

    private CommitGate() {
    }

    /** Passes a change's commit point, unless the process is stopping: then never returns. */
    static void commit(CommitPoint point) throws IOException {
        synchronized (LOCK) {
            if (!stopping) {
                point.pass();
                committed++;
                return;
            }
        }
        while (true) {
            LockSupport.park(); // the JVM halts once its shutdown hooks are done
        }
    }

    /** A change that passed its commit point is now written whole. */
    static void written() {
        synchronized (LOCK) {
            written++;
        }
    }

    /** Shuts the gate (the process is stopping) and says where the changes stood. */
    public static Stage stop() {
        synchronized (LOCK) {
            stopping = true;
            return committed > written ? Stage.COMMITTED : written > 0 ? Stage.WRITTEN : Stage.NOTHING_COMMITTED;
        }
    }
}
