package dev.roadmap.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Slows down password guessing, per account and per client address alike: after a few free failures,
 * each further one makes the next attempt wait twice as long (1 s, 2 s, 4 s … up to 15 minutes). While
 * held, not even the right password signs in. A success clears the account and the address.
 */
@ApplicationScoped
public class LoginThrottle {

    static final int FREE_FAILURES = 3;
    static final Duration LONGEST_WAIT = Duration.ofMinutes(15);
    private static final int FORGET_AT_SIZE = 10_000;

    private record Failures(int count, Instant last) {

        Instant heldUntil() {
            if (count < FREE_FAILURES) {
                return last;
            }
            long seconds = Math.min(LONGEST_WAIT.toSeconds(), 1L << Math.min(count - FREE_FAILURES, 20));
            return last.plusSeconds(seconds);
        }
    }

    private final Map<String, Failures> failures = new ConcurrentHashMap<>();
    private final Clock clock;

    public LoginThrottle() {
        this(Clock.systemUTC());
    }

    LoginThrottle(Clock clock) {
        this.clock = clock;
    }

    /** How long the account or the address must still wait before another attempt; empty when it need not. */
    public Optional<Duration> waitFor(String username, String address) {
        Instant now = clock.instant();
        Instant until = later(held(key("account", username)), held(key("address", address)));
        return until.isAfter(now) ? Optional.of(Duration.between(now, until)) : Optional.empty();
    }

    public void failed(String username, String address) {
        Instant now = clock.instant();
        if (failures.size() > FORGET_AT_SIZE) {
            failures.values().removeIf(f -> f.last().plus(LONGEST_WAIT).isBefore(now));
        }
        failures.merge(key("account", username), new Failures(1, now), (old, one) -> new Failures(old.count() + 1, now));
        failures.merge(key("address", address), new Failures(1, now), (old, one) -> new Failures(old.count() + 1, now));
    }

    public void succeeded(String username, String address) {
        failures.remove(key("account", username));
        failures.remove(key("address", address));
    }

    private Instant held(String key) {
        Failures known = failures.get(key);
        return known == null ? Instant.MIN : known.heldUntil();
    }

    private static Instant later(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    private static String key(String kind, String value) {
        return kind + ":" + value;
    }
}
