package dev.roadmap.web.security;

import dev.roadmap.domain.model.account.Account;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The owner's way past a lockout that strangers cause: a browser that has signed in as an account before keeps a
 * cookie vouching for it (OWASP's "device cookie"), and a sign-in that shows it is held only by that browser's own
 * failures, not by the account's or the address's ({@link LoginThrottle#admitKnownDevice}). A guesser has no such
 * cookie, so failing against an account from many addresses still slows only the guesser.
 * <p>
 * The cookie names the account and when it was given, signed with HMAC-SHA256 under the account's stored password
 * hash: a secret only the database holds, the same on every node and across restarts, and one that changes with the
 * password, so a new password (or an administrator's reset) retires every cookie given before it. It is sent only
 * to the login page, is hidden from scripts and other sites, and lasts {@value #DAYS} days.
 */
@ApplicationScoped
public class KnownDevices {

    static final String COOKIE = "roadmap-device";
    static final int DAYS = 180;
    private static final String VOUCHER = KnownDevices.class.getName() + ".voucher";
    private static final Base64.Encoder BASE64 = Base64.getUrlEncoder().withoutPadding();

    @Inject
    private PublicOrigin publicOrigin;

    private final Clock clock;

    public KnownDevices() {
        this(Clock.systemUTC());
    }

    KnownDevices(Clock clock) {
        this.clock = clock;
    }

    /** The device's name for the throttle, when the request's cookie vouches for this account and is not too old. */
    public Optional<String> recognised(HttpServletRequest request, Account account) {
        Cookie[] cookies = request.getCookies();
        if (cookies == null) {
            return Optional.empty();
        }
        for (Cookie cookie : cookies) {
            if (COOKIE.equals(cookie.getName())) {
                Optional<String> device = verified(cookie.getValue(), account);
                if (device.isPresent()) {
                    return device;
                }
            }
        }
        return Optional.empty();
    }

    /** Marks this request as a sign-in of the account, so {@link #handOver} gives its browser a cookie. */
    void signedIn(HttpServletRequest request, Account account) {
        request.setAttribute(VOUCHER, voucher(account, clock.instant()));
    }

    /** After a form sign-in or a password change: gives the browser the cookie for the account just proved. */
    public void handOver(HttpServletRequest request, HttpServletResponse response) {
        Object voucher = request.getAttribute(VOUCHER);
        if (voucher == null) {
            return;
        }
        String path = request.getContextPath() + "/login.xhtml";
        StringBuilder cookie = new StringBuilder(COOKIE).append('=').append(voucher).append("; Path=").append(path)
                .append("; Max-Age=").append(Duration.ofDays(DAYS).toSeconds()).append("; HttpOnly; SameSite=Strict");
        if (publicOrigin.isHttps(request)) {
            cookie.append("; Secure");
        }
        response.addHeader("Set-Cookie", cookie.toString());
    }

    /** After a password change, which retired the old cookie: one under the new password. */
    public void passwordChanged(HttpServletRequest request, HttpServletResponse response, Account account) {
        signedIn(request, account);
        handOver(request, response);
    }

    String voucher(Account account, Instant given) {
        String vouched = BASE64.encodeToString(account.username().getBytes(StandardCharsets.UTF_8)) + "."
                + given.getEpochSecond();
        return vouched + "." + BASE64.encodeToString(signature(vouched, account));
    }

    Optional<String> verified(String voucher, Account account) {
        String[] parts = voucher.split("\\.", -1);
        if (parts.length != 3) {
            return Optional.empty();
        }
        String vouched = parts[0] + "." + parts[1];
        byte[] signature;
        long given;
        try {
            signature = Base64.getUrlDecoder().decode(parts[2]);
            given = Long.parseLong(parts[1]);
        } catch (IllegalArgumentException unreadable) {
            return Optional.empty();
        }
        boolean fresh = Instant.ofEpochSecond(given).plus(Duration.ofDays(DAYS)).isAfter(clock.instant());
        boolean genuine = MessageDigest.isEqual(signature, signature(vouched, account))
                && parts[0].equals(BASE64.encodeToString(account.username().getBytes(StandardCharsets.UTF_8)));
        return fresh && genuine ? Optional.of(parts[2]) : Optional.empty();
    }

    private static byte[] signature(String vouched, Account account) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(account.passwordHash().getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return mac.doFinal(vouched.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }
}
