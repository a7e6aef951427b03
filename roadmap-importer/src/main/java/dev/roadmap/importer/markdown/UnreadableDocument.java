package dev.roadmap.importer.markdown;

/** The bytes given are no Markdown text the reader can take: empty, binary, not UTF-8, or too large. */
public class UnreadableDocument extends RuntimeException {

    private final boolean tooLarge;

    UnreadableDocument(String message, boolean tooLarge) {
        super(message);
        this.tooLarge = tooLarge;
    }

    /** Too large, as opposed to malformed: an HTTP API answers 413 rather than 400. */
    public boolean isTooLarge() {
        return tooLarge;
    }
}
