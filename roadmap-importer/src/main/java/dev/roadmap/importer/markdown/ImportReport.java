package dev.roadmap.importer.markdown;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** What reading a roadmap document found worth saying, each finding with its line. */
public final class ImportReport {

    public enum Severity {
        ERROR, WARNING, INFO;

        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** One finding; {@code line} is 1-based, 0 when it concerns the whole file. */
    public record Entry(int line, Severity severity, String message) {

        /** {@code file:line: severity: message}, the form compilers and CI annotations understand. */
        public String format(String file) {
            return file + ":" + line + ": " + severity.label() + ": " + message;
        }
    }

    private final List<Entry> entries = new ArrayList<>();

    public void error(int line, String message) {
        entries.add(new Entry(line, Severity.ERROR, message));
    }

    public void warn(int line, String message) {
        entries.add(new Entry(line, Severity.WARNING, message));
    }

    public void inform(int line, String message) {
        entries.add(new Entry(line, Severity.INFO, message));
    }

    public List<Entry> entries() {
        return entries.stream().sorted(Comparator.comparingInt(Entry::line)).toList();
    }

    public boolean hasErrors() {
        return entries.stream().anyMatch(e -> e.severity() == Severity.ERROR);
    }

    public List<Entry> errors() {
        return entries().stream().filter(e -> e.severity() == Severity.ERROR).toList();
    }

    public List<Entry> warnings() {
        return entries().stream().filter(e -> e.severity() == Severity.WARNING).toList();
    }
}
