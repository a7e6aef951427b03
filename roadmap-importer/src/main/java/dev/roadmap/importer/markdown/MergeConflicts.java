package dev.roadmap.importer.markdown;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Git's conflict markers left in a document ({@code <<<<<<<}, {@code =======}, {@code >>>>>>>}): such a file
 * holds two versions at once, so it is refused with the marker lines rather than read as prose.
 */
final class MergeConflicts {

    private static final Pattern OPENING = Pattern.compile("(?m)^<<<<<<<(?: .*)?$");
    private static final Pattern MARKER = Pattern.compile("(?m)^(<<<<<<<|=======|>>>>>>>)(?: .*)?$");

    private MergeConflicts() {
    }

    /** Reports every marker line as an error; true when there was a conflict. */
    static boolean report(String text, ImportReport report) {
        if (!text.contains("<<<<<<<") || !OPENING.matcher(text).find()) {
            return false;
        }
        Matcher marker = MARKER.matcher(text);
        int line = 1;
        int counted = 0;
        while (marker.find()) {
            for (int i = counted; i < marker.start(); i++) {
                line += text.charAt(i) == '\n' ? 1 : 0;
            }
            counted = marker.start();
            report.error(line, "a merge conflict marker '" + marker.group(1) + "': resolve the conflict before importing");
        }
        return true;
    }
}
