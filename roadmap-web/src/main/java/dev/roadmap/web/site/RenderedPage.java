package dev.roadmap.web.site;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.omnifaces.servlet.BufferedHttpServletResponse;

/**
 * A page rendered into bytes for the cache. Nothing reaches the client until the page is cached; an error or a
 * redirect goes straight through to the real response.
 */
final class RenderedPage extends BufferedHttpServletResponse {

    RenderedPage(HttpServletResponse response) {
        super(response);
    }

    /** What was written, when the page rendered normally; null after an error or a redirect. */
    byte[] bytes() throws IOException {
        return getStatus() == SC_OK ? getBuffer() : null;
    }

    @Override
    public void flushBuffer() {
        // OmniFaces flushes the real response here, which would send its headers before the cache sets them.
    }

    @Override
    public boolean isCommitted() {
        // OmniFaces counts a full buffer as committed; nothing has gone to the client then.
        return getResponse().isCommitted();
    }

    @Override
    public void setContentLength(int length) {
        // the cached page sets its own length
    }

    @Override
    public void setContentLengthLong(long length) {
        // the cached page sets its own length
    }
}
