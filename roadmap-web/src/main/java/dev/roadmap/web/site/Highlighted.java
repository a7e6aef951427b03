package dev.roadmap.web.site;

import java.util.ArrayList;
import java.util.List;

/**
 * Plain text cut into the stretches a search matched and those it did not, so a page can mark the matches
 * ({@code <mark>}) while every stretch is still escaped as text.
 */
public record Highlighted(List<Segment> segments) {

    public record Segment(String text, boolean match) {
    }

    /** The whole text, each occurrence of any term marked, whatever its case. */
    static Highlighted of(String text, List<String> terms) {
        List<Segment> segments = new ArrayList<>();
        int done = 0;
        int at = nextMatch(text, terms, 0);
        while (at >= 0) {
            int end = at + longestTermAt(text, terms, at);
            if (at > done) {
                segments.add(new Segment(text.substring(done, at), false));
            }
            segments.add(new Segment(text.substring(at, end), true));
            done = end;
            at = nextMatch(text, terms, done);
        }
        if (done < text.length()) {
            segments.add(new Segment(text.substring(done), false));
        }
        return new Highlighted(List.copyOf(segments));
    }

    /** About {@code width} characters around the first match, cut at words, marked like {@link #of}. */
    static Highlighted snippet(String text, List<String> terms, int width) {
        int first = nextMatch(text, terms, 0);
        if (text.length() <= width) {
            return of(text, terms);
        }
        int start = Math.max(0, (first < 0 ? 0 : first) - width / 3);
        start = start == 0 ? 0 : text.indexOf(' ', start) + 1;
        int end = Math.min(text.length(), start + width);
        int space = text.lastIndexOf(' ', end);
        end = end == text.length() || space <= start ? end : space;
        return of((start > 0 ? "…" : "") + text.substring(start, end) + (end < text.length() ? " …" : ""), terms);
    }

    public boolean hasMatch() {
        return segments.stream().anyMatch(Segment::match);
    }

    private static int nextMatch(String text, List<String> terms, int from) {
        for (int at = from; at < text.length(); at++) {
            if (longestTermAt(text, terms, at) > 0) {
                return at;
            }
        }
        return -1;
    }

    private static int longestTermAt(String text, List<String> terms, int at) {
        return terms.stream().filter(term -> text.regionMatches(true, at, term, 0, term.length()))
                .mapToInt(String::length).max().orElse(0);
    }
}
