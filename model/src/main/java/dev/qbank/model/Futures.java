package dev.qbank.model;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/** Waiting on work handed to another thread without wrapping its failure: a user error stays a user error. */
public final class Futures {
    private Futures() {
    }

    /** {@link CompletableFuture#join()}, rethrowing the task's own RuntimeException or Error unwrapped. */
    public static <T> T join(CompletableFuture<T> f) {
        try {
            return f.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw e;
        }
    }
}
