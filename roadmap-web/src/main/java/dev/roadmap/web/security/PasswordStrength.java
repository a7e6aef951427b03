package dev.roadmap.web.security;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import me.gosimple.nbvcxz.Nbvcxz;
import me.gosimple.nbvcxz.matching.match.DictionaryMatch;
import me.gosimple.nbvcxz.matching.match.Match;
import me.gosimple.nbvcxz.resources.ConfigurationBuilder;
import me.gosimple.nbvcxz.scoring.Result;

/**
 * The one rule a password a person chooses must pass: at least {@value #MIN_LENGTH} characters, not on the
 * estimator's list of common passwords, and not one it rates easy to guess ({@code aaaaaaaaaaaa} is twelve
 * characters and guessed at once). The estimate runs offline, on nbvcxz's own dictionaries.
 */
public final class PasswordStrength {

    public static final int MIN_LENGTH = 12;
    private static final String COMMON_PASSWORDS = "passwords";

    // Building the estimator loads its dictionaries (a second or so): once. Its estimate keeps state in the
    // configuration's caches, so callers take turns; a password is chosen rarely.
    private static final Nbvcxz ESTIMATOR = new Nbvcxz(new ConfigurationBuilder().setLocale(Locale.ENGLISH)
            .createConfiguration());

    private PasswordStrength() {
    }

    /** Why {@code password} may not be used, in a sentence or two; empty when it may. */
    public static Optional<String> refusal(char[] password) {
        if (password.length < MIN_LENGTH) {
            return Optional.of("Choose at least " + MIN_LENGTH + " characters.");
        }
        Result estimate = estimate(new String(password));
        if (isCommon(estimate)) {
            return Optional.of("That is one of the most common passwords; choose another.");
        }
        if (!estimate.isMinimumEntropyMet()) {
            return Optional.of(inWords(estimate));
        }
        return Optional.empty();
    }

    private static synchronized Result estimate(String password) {
        return ESTIMATOR.estimate(password);
    }

    /** The whole password is one entry of the common-password list (as written, not disguised by leet or reversal). */
    private static boolean isCommon(Result estimate) {
        List<Match> matches = estimate.getMatches();
        return matches.size() == 1 && matches.get(0) instanceof DictionaryMatch word
                && COMMON_PASSWORDS.equals(word.getDictionaryName()) && !word.isLeet() && !word.isReversed()
                && word.getToken().length() == estimate.getPassword().length();
    }

    private static String inWords(Result estimate) {
        List<String> said = new ArrayList<>();
        said.add("This password is too easy to guess.");
        String warning = estimate.getFeedback().getWarning();
        if (warning != null && !warning.isBlank()) {
            said.add(warning.strip());
        }
        estimate.getFeedback().getSuggestion().stream().filter(s -> s != null && !s.isBlank()).map(String::strip)
                .forEach(said::add);
        return String.join(" ", said);
    }
}
