package dev.roadmap.web.site;

import dev.roadmap.web.CachedBody;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Locale;
import java.util.zip.GZIPOutputStream;

/**
 * A rendered public page as bytes, compressed once, with the validators a browser or proxy revalidates
 * with. Immutable: an edition never changes, so neither does its page.
 */
record CachedPage(String contentType, byte[] body, byte[] gzipped, String etag, long lastModified,
                  String lastModifiedDate) {

    /** HTTP's date (RFC 9110's IMF-fixdate): the JDK's RFC 1123 form leaves a day below 10 unpadded. */
    private static final DateTimeFormatter HTTP_DATE = DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'",
            Locale.ENGLISH);

    /**
     * The tag is a digest of the gzipped bytes, which stand for the body as well (they decompress to it) at a tenth
     * of its length or less: SHA-256 over a 5,000-item page (4.6 MB) was a sixth of its first render with only the
     * quick compiler, which has no intrinsic for it.
     */
    static CachedPage of(String contentType, byte[] body, long lastModified) {
        byte[] gzipped = gzip(body);
        long second = lastModified / 1000 * 1000;
        return new CachedPage(contentType, body, gzipped, "\"" + sha256(gzipped) + "\"", second,
                HTTP_DATE.format(Instant.ofEpochMilli(second).atZone(ZoneOffset.UTC)));
    }

    /** Answers a request with this page: 304 if the client's copy is this one, else the body, gzipped if it may be. */
    void answer(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setHeader("ETag", etag);
        response.setHeader("Last-Modified", lastModifiedDate); // formatted once, not per request
        // A proxy in front (deploy/nginx) may serve the page for a second without asking: static-site speed, and a
        // publication still shows within a second.
        response.setHeader("Cache-Control", "public, max-age=1");
        response.setHeader("Vary", "Accept-Encoding");
        if (isNotModifiedFor(request)) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        String acceptEncoding = request.getHeader("Accept-Encoding");
        boolean gzip = acceptEncoding != null && acceptEncoding.contains("gzip");
        byte[] sent = gzip ? gzipped : body;
        response.setStatus(HttpServletResponse.SC_OK);
        response.setContentType(contentType);
        if (gzip) {
            response.setHeader("Content-Encoding", "gzip");
        }
        response.setContentLength(sent.length);
        if (!"HEAD".equals(request.getMethod())) {
            CachedBody.write(sent, response.getOutputStream());
        }
    }

    private boolean isNotModifiedFor(HttpServletRequest request) {
        String ifNoneMatch = request.getHeader("If-None-Match");
        if (ifNoneMatch != null) {
            return ifNoneMatch.equals("*") || Arrays.stream(ifNoneMatch.split(","))
                    .map(String::strip).anyMatch(tag -> tag.equals(etag) || tag.equals("W/" + etag));
        }
        long ifModifiedSince;
        try {
            ifModifiedSince = request.getDateHeader("If-Modified-Since");
        } catch (IllegalArgumentException unreadableDate) {
            return false;
        }
        return ifModifiedSince >= 0 && ifModifiedSince >= lastModified;
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
