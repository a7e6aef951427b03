package dev.roadmap.web.api;

import dev.roadmap.domain.model.edition.Edition;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * One edition of a roadmap as the API serves it: the JSON's bytes and the entity tag a client revalidates with.
 * The tag names the roadmap and the edition, and a digest of the bytes, so a new release of the portal that
 * writes the JSON differently never answers 304 for the old shape.
 */
record EditionJson(byte[] body, String etag, long lastModified) {

    static EditionJson of(String slug, Edition edition, byte[] body) {
        return new EditionJson(body, slug + "-" + edition.number() + "-" + digest(body),
                edition.publishedAt().toEpochMilli() / 1000 * 1000);
    }

    private static String digest(byte[] body) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body), 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
