package dev.roadmap.web.site;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.zip.GZIPOutputStream;

/**
 * A rendered public page as bytes, compressed once, with the validators a browser or proxy revalidates
 * with. Immutable: an edition never changes, so neither does its page.
 */
record CachedPage(String contentType, byte[] body, byte[] gzipped, String etag, long lastModified) {

    static CachedPage of(String contentType, byte[] body, long lastModified) {
        return new CachedPage(contentType, body, gzip(body), "\"" + sha256(body) + "\"", lastModified / 1000 * 1000);
    }

    private static byte[] gzip(byte[] body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(body.length / 3);
        try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
            gzip.write(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static String sha256(byte[] body) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body), 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
