package dev.roadmap.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The first administrator's account while a first start makes it, beside the first pages: its password's hash takes
 * a core for a second or two, which the public pages have no need to wait for. A sign-in does: it waits here until
 * the account is made, so the first one after the start finds it, as if it had been made before the first request.
 */
@ApplicationScoped
public class FirstAccountInTheMaking {

    /** Longer than the hash takes on the slowest machine we measured; a sign-in then goes on, and fails as unknown. */
    private static final long WAIT_SECONDS = 30;

    private volatile CompletableFuture<?> making = CompletableFuture.completedFuture(null);

    /** The start is making the account on another thread: {@code made} completes when it is stored (or failed). */
    public void begun(CompletableFuture<?> made) {
        this.making = made;
    }

    /** Returns once no first account is being made: at once, but in the seconds after a first start. */
    public void awaitMade() {
        try {
            making.get(WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (ExecutionException | TimeoutException failedOrLate) {
            // The start logged why; the sign-in is checked against the accounts there are.
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
