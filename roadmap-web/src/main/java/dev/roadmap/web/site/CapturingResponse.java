package dev.roadmap.web.site;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/** Keeps what a page writes, so it can be cached; errors go straight through to the real response. */
final class CapturingResponse extends HttpServletResponseWrapper {

    private final ByteArrayOutputStream body = new ByteArrayOutputStream(16 * 1024);
    private PrintWriter writer;
    private ServletOutputStream stream;
    private int status = SC_OK;

    CapturingResponse(HttpServletResponse response) {
        super(response);
    }

    /** What was written, when the page rendered normally; null after an error or a redirect. */
    byte[] captured() {
        if (writer != null) {
            writer.flush();
        }
        return status == SC_OK ? body.toByteArray() : null;
    }

    @Override
    public void setStatus(int status) {
        this.status = status;
        super.setStatus(status);
    }

    @Override
    public void sendError(int status, String message) throws IOException {
        this.status = status;
        super.sendError(status, message);
    }

    @Override
    public void sendError(int status) throws IOException {
        this.status = status;
        super.sendError(status);
    }

    @Override
    public void sendRedirect(String location) throws IOException {
        this.status = SC_FOUND;
        super.sendRedirect(location);
    }

    @Override
    public PrintWriter getWriter() {
        if (writer == null) {
            writer = new PrintWriter(new OutputStreamWriter(body, StandardCharsets.UTF_8));
        }
        return writer;
    }

    @Override
    public ServletOutputStream getOutputStream() {
        if (stream == null) {
            stream = new ServletOutputStream() {
                @Override
                public void write(int b) {
                    body.write(b);
                }

                @Override
                public void write(byte[] bytes, int offset, int length) {
                    body.write(bytes, offset, length);
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setWriteListener(WriteListener listener) {
                    throw new UnsupportedOperationException("A captured page is written in one go.");
                }
            };
        }
        return stream;
    }

    @Override
    public void setContentLength(int length) {
        // the cached page sets its own length
    }

    @Override
    public void setContentLengthLong(long length) {
        // the cached page sets its own length
    }

    @Override
    public void flushBuffer() {
        // nothing reaches the client until the page is cached
    }
}
