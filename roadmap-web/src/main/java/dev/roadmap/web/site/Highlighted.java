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

    /**
     * About {@code width} characters around the first match (or from the start, without one), cut at a space
     * where there is one near, marked like {@link #of}.
     */
    static Highlighted snippet(String text, List<String> terms, int width) {
        if (text.length() <= width) {
            return of(text, terms);
        }
        int first = Math.max(0, nextMatch(text, terms, 0));
        int start = Math.max(0, Math.min(first - width / 3, text.length() - width));
        int space = text.indexOf(' ', start);
        if (start > 0 && space >= 0 && space < first) {
            start = space + 1;
        }
        int end = Math.min(text.length(), start + width);
        int lastSpace = text.lastIndexOf(' ', end);
        if (end < text.length() && lastSpace > start && lastSpace > first) {
            end = lastSpace;
        }
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
