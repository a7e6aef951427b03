package dev.roadmap.importer.markdown;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** Turns an uploaded or read file into text, refusing what is not a UTF-8 Markdown document. */
public final class MarkdownBytes {

    /** 1 MiB: far above any real roadmap (the largest in the corpus is 30 KB). */
    public static final int DEFAULT_LIMIT = 1024 * 1024;

    private MarkdownBytes() {
    }

    public static String decode(byte[] bytes, int limit) {
        if (bytes.length > limit) {
            throw new UnreadableDocument("the file is " + bytes.length + " bytes, more than the limit of " + limit
                    + " bytes", true);
        }
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                throw new UnreadableDocument("the file is binary, not Markdown (a NUL byte at line "
                        + lineAt(bytes, i) + ")", false);
            }
        }
        CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        String text;
        try {
            text = utf8.decode(buffer).toString();
        } catch (CharacterCodingException e) {
            throw new UnreadableDocument("the file is not UTF-8 text (an invalid byte at line "
                    + lineAt(bytes, buffer.position()) + "); save it as UTF-8", false);
        }
        if (text.isBlank()) {
            throw new UnreadableDocument("the file is empty; a roadmap needs at least a title", false);
        }
        return text;
    }

    private static int lineAt(byte[] bytes, int offset) {
        int line = 1;
        for (int i = 0; i < offset && i < bytes.length; i++) {
            if (bytes[i] == '\n') {
                line++;
            }
        }
        return line;
    }
}
