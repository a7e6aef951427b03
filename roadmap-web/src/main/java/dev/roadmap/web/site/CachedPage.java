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

    /**
     * The tag is a digest of the gzipped bytes, which stand for the body as well (they decompress to it) at a tenth
     * of its length or less: SHA-256 over a 5,000-item page (4.6 MB) was a sixth of its first render with only the
     * quick compiler, which has no intrinsic for it.
     */
    static CachedPage of(String contentType, byte[] body, long lastModified) {
        byte[] gzipped = gzip(body);
        return new CachedPage(contentType, body, gzipped, "\"" + sha256(gzipped) + "\"", lastModified / 1000 * 1000);
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

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes), 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
