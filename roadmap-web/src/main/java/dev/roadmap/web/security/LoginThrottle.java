package dev.roadmap.web.security;

import dev.roadmap.web.DataGrid;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Slows down password guessing, per account and per client address alike: after a few free failures,
 * each further one makes the next attempt wait twice as long (1 s, 2 s, 4 s …). While held, not even the
 * right password signs in. An address waits up to 15 minutes; an account at most a minute, because anyone
 * can fail against an account by name, and holding it longer would lock its owner out at a stranger's
 * will (a minute apart, guesses from many addresses still get nowhere against a 12-character password).
 * A browser that signed in as the account before ({@link KnownDevices}) is held only by its own failures, so a
 * stranger's cannot lock the owner out at all. A success clears the account and the address. The counts are
 * forgotten a day after their last failure, and beyond {@value #MOST_REMEMBERED} of them the least used go first,
 * so a flood of names or addresses cannot grow the memory. In a cluster they are kept in the data grid, shared by
 * every node ({@link FailureCounts}): a guesser gets no fresh tries by reaching another node.
 */
@ApplicationScoped
public class LoginThrottle {

    private static final String HELD_FOR = LoginThrottle.class.getName() + ".held-for";
    static final int FREE_FAILURES = 3;
    static final Duration LONGEST_WAIT = Duration.ofMinutes(15);
    static final Duration LONGEST_ACCOUNT_WAIT = Duration.ofMinutes(1);
    static final int MOST_REMEMBERED = 10_000;
    static final Duration REMEMBERED_FOR = Duration.ofDays(1);

    private record Failures(int count, Instant last, Duration longest) {

        /** As kept: "count last-millis longest-seconds". */
        String text() {
            return count + " " + last.toEpochMilli() + " " + longest.toSeconds();
        }

        static Optional<Failures> of(Optional<String> text) {
            return text.map(t -> t.split(" ")).filter(words -> words.length == 3).map(words -> new Failures(
                    Integer.parseInt(words[0]), Instant.ofEpochMilli(Long.parseLong(words[1])),
                    Duration.ofSeconds(Long.parseLong(words[2]))));
        }

        Instant heldUntil() {
            if (count < FREE_FAILURES) {
                return Instant.MIN; // not "last": a parallel attempt that read the clock a moment earlier is not held
            }
            long seconds = Math.min(longest.toSeconds(), 1L << Math.min(count - FREE_FAILURES, 20));
            return last.plusSeconds(seconds);
        }
    }

    private final Clock clock;
    private final NodeFailureCounts onThisNode;
    private FailureCounts failures;

    public LoginThrottle() {
        this(Clock.systemUTC());
    }

    LoginThrottle(Clock clock) {
        this.clock = clock;
        this.onThisNode = new NodeFailureCounts(clock);
        this.failures = onThisNode;
    }

    /** A throttle whose counts are kept elsewhere, as a cluster's are. */
    LoginThrottle(Clock clock, FailureCounts shared) {
        this(clock);
        this.failures = shared;
    }

    @PostConstruct
    void shareInACluster() {
        if (DataGrid.clustered()) {
            DataGridFailureCounts.inTheCluster().ifPresent(grid -> failures = grid);
        }
    }

    /** How long the account or the address must still wait before another attempt; empty when it need not. */
    public Optional<Duration> waitFor(String username, String address) {
        Instant now = clock.instant();
        Instant until = later(held(key("account", username)), held(key("address", address)));
        return until.isAfter(now) ? Optional.of(Duration.between(now, until)) : Optional.empty();
    }

    /**
     * Lets an attempt go ahead, or not: each attempt counts as a failure from the moment it is admitted
     * until it succeeds, so parallel guesses cannot all slip in before the first failure is counted.
     *
     * @return how long to wait, when the account or the address is held; empty when the attempt may go ahead
     */
    public Optional<Duration> admit(String username, String address) {
        Instant now = clock.instant();
        if (!admitted(key("account", username), LONGEST_ACCOUNT_WAIT, now)
                || !admitted(key("address", address), LONGEST_WAIT, now)) {
            return Optional.of(waitFor(username, address).orElse(Duration.ofSeconds(1)));
        }
        return Optional.empty();
    }

    private boolean admitted(String key, Duration longest, Instant now) {
        boolean[] admitted = {false};
        failures.update(key, text -> {
            Optional<Failures> known = Failures.of(text);
            admitted[0] = known.isEmpty() || !known.get().heldUntil().isAfter(now);
            if (!admitted[0]) {
                return text;
            }
            return Optional.of(new Failures(known.map(Failures::count).orElse(0) + 1, now, longest).text());
        });
        return admitted[0];
    }

    /**
     * Lets an attempt from a browser {@link KnownDevices} recognised go ahead, or not: only that device's own
     * failures hold it (as long as an address's), never the account's or the address's.
     */
    public Optional<Duration> admitKnownDevice(String device) {
        Instant now = clock.instant();
        if (admitted(key("device", device), LONGEST_WAIT, now)) {
            return Optional.empty();
        }
        Instant until = held(key("device", device));
        return Optional.of(until.isAfter(now) ? Duration.between(now, until) : Duration.ofSeconds(1));
    }

    public void succeeded(String username, String address) {
        failures.forget(key("account", username));
        failures.forget(key("address", address));
    }

    public void succeededOnKnownDevice(String username, String device) {
        failures.forget(key("account", username));
        failures.forget(key("device", device));
    }

    /** Marks a request refused because of the throttle, with the wait, so the login page can say how long. */
    public static void heldIn(HttpServletRequest request, Duration wait) {
        request.setAttribute(HELD_FOR, wait);
    }

    /** How long the throttle held this request's sign-in, if it did. */
    public static Optional<Duration> heldFor(HttpServletRequest request) {
        return Optional.ofNullable((Duration) request.getAttribute(HELD_FOR));
    }

    /** How many accounts and addresses have counts kept now, on this node. */
    long remembered() {
        return onThisNode.size();
    }

    /** A wait as a person reads it: "a second", "12 seconds", "15 minutes". */
    public static String inWords(Duration wait) {
        long seconds = Math.max(1, (wait.toMillis() + 999) / 1000);
        if (seconds >= 120) {
            return (seconds + 59) / 60 + " minutes";
        }
        return seconds == 1 ? "a second" : seconds + " seconds";
    }

    private Instant held(String key) {
        return Failures.of(failures.get(key)).map(Failures::heldUntil).orElse(Instant.MIN);
    }

    private static Instant later(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    /** A name longer than any user name is kept short: guesses cannot grow the memory by sending long names. */
    private static String key(String kind, String value) {
        String bounded = value == null ? "" : value.length() <= 64 ? value : value.substring(0, 64);
        return kind + ":" + bounded;
    }
}
