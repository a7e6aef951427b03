package dev.roadmap.importer.markdown;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The cases a fuzz run found wrong, each kind of problem once, the first of each made as small as line and
 * character removal can make it while it still fails the same way: what goes into a regression test.
 */
final class FailingCases {

    private static final int MAX_KINDS = 5;
    private static final int SHRINK_TRIES = 400;
    /**
     * Only the first failure is shrunk, for at most this long: shrinking every kind of failure took most of a
     * run's time; the others are listed as found.
     */
    private static final long SHRINK_NANOS = 10_000_000_000L;

    private final Function<String, Optional<String>> problemWith;
    private final Map<String, String> firstOfEachKind = new LinkedHashMap<>();
    private int count;

    FailingCases(Function<String, Optional<String>> problemWith) {
        this.problemWith = problemWith;
    }

    /** Whether enough is known to stop: a run that fails everywhere need not try ten thousand times. */
    boolean enough() {
        return count >= 20;
    }

    void check(String input, String caseName) {
        problemWith.apply(input).ifPresent(problem -> {
            count++;
            String kind = kind(problem);
            if (firstOfEachKind.isEmpty()) {
                String small = shrink(input, kind);
                firstOfEachKind.put(kind, caseName + ": " + abbreviate(problem) + "\n  smallest input found: "
                        + quoted(small) + "\n  which gives: " + abbreviate(problemWith.apply(small).orElse("?")));
            } else if (!firstOfEachKind.containsKey(kind) && firstOfEachKind.size() < MAX_KINDS) {
                firstOfEachKind.put(kind, caseName + ": " + abbreviate(problem) + "\n  input: " + quoted(input));
            }
        });
    }

    int count() {
        return count;
    }

    String summary() {
        return count + " failing cases; first of each kind:\n" + String.join("\n\n", firstOfEachKind.values());
    }

    /** The start of the message, before any document it quotes: the same kind of failure, not the same text. */
    private static String kind(String problem) {
        String first = problem.lines().findFirst().orElse("");
        return first.replaceAll("\\[.*", "").replaceAll("\\d+", "N");
    }

    private String shrink(String input, String kind) {
        String smallest = input;
        int tries = 0;
        long deadline = System.nanoTime() + SHRINK_NANOS;
        for (boolean byLines : new boolean[] {true, false}) {
            List<String> units = units(smallest, byLines);
            for (int chunk = Math.max(1, units.size() / 2); chunk >= 1 && tries < SHRINK_TRIES; chunk /= 2) {
                for (int at = 0; at + chunk <= units.size() && tries < SHRINK_TRIES; ) {
                    List<String> fewer = new ArrayList<>(units.subList(0, at));
                    fewer.addAll(units.subList(at + chunk, units.size()));
                    String candidate = String.join(byLines ? "\n" : "", fewer);
                    tries = System.nanoTime() > deadline ? SHRINK_TRIES : tries + 1;
                    if (problemWith.apply(candidate).map(FailingCases::kind).filter(kind::equals).isPresent()) {
                        units = fewer;
                        smallest = candidate;
                    } else {
                        at += chunk;
                    }
                }
            }
            if (smallest.length() > 2000) {
                break;
            }
        }
        return smallest;
    }

    private static List<String> units(String text, boolean byLines) {
        return byLines ? new ArrayList<>(List.of(text.split("\n", -1)))
                : new ArrayList<>(text.codePoints().mapToObj(Character::toString).toList());
    }

    private static String abbreviate(String text) {
        return text.length() > 3000 ? text.substring(0, 3000) + "… (" + text.length() + " characters)" : text;
    }

    static String quoted(String text) {
        StringBuilder java = new StringBuilder("\"");
        for (char c : abbreviate(text).toCharArray()) {
            switch (c) {
                case '\n' -> java.append("\\n");
                case '\r' -> java.append("\\r");
                case '\t' -> java.append("\\t");
                case '"' -> java.append("\\\"");
                case '\\' -> java.append("\\\\");
                default -> java.append(c < 0x20 || c > 0x7e ? String.format("\\u%04x", (int) c) : String.valueOf(c));
            }
        }
        return java.append('"').toString();
    }
}
