package dev.roadmap.web;

import jakarta.ws.rs.core.StreamingOutput;
import java.io.IOException;
import java.io.OutputStream;

/**
 * Sends a body kept in memory (a cached page, an edition's JSON) in slices. Handed a whole multi-megabyte array at
 * once, the container (Grizzly) copies what the socket cannot take at once into a buffer of its own of that size,
 * per response: 32 clients of a 4.6 MB page took a 128 MiB heap to {@code OutOfMemoryError}. Slices keep each
 * response's copy to one slice, and the container's writer waits for the socket between them.
 */
public final class CachedBody {

    static final int SLICE = 32 * 1024;

    private CachedBody() {
    }

    public static void write(byte[] body, OutputStream out) throws IOException {
        for (int at = 0; at < body.length; at += SLICE) {
            out.write(body, at, Math.min(SLICE, body.length - at));
        }
    }

    /** The same, as a JAX-RS entity. */
    public static StreamingOutput streamed(byte[] body) {
        return out -> write(body, out);
    }
}
