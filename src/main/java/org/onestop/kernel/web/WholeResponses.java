package org.onestop.kernel.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.io.PrintWriter;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Sends a response that fits the server's buffer (8 KB) whole: with its {@code Content-Length},
 * in one write, instead of chunked in two. Spring's message converters flush the stream after
 * writing a body; a flush commits the response before its length is known, so Tomcat sends it
 * chunked and then the closing chunk in a packet of its own (and a gzipped body, flushed midway,
 * compresses less well). This filter holds back those flushes until the request ends. A larger body
 * still goes out as it is written, a buffer at a time. OneStop streams nothing that needs a flush
 * to arrive early (no server-sent events); an endpoint that did would need to be left out here.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class WholeResponses extends OncePerRequestFilter {

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        chain.doFilter(request, new Unflushed(response));
    }

    /** The response, with flushes held back until the server completes it. */
    private static final class Unflushed extends HttpServletResponseWrapper {

        private ServletOutputStream stream;
        private PrintWriter writer;

        Unflushed(HttpServletResponse response) {
            super(response);
        }

        @Override
        public void flushBuffer() {
            // held back: the server completes the response when the request ends
        }

        @Override
        public ServletOutputStream getOutputStream() throws IOException {
            if (stream == null) {
                stream = new UnflushedStream(super.getOutputStream());
            }
            return stream;
        }

        @Override
        public PrintWriter getWriter() throws IOException {
            if (writer == null) {
                writer = new PrintWriter(super.getWriter(), false) {
                    @Override
                    public void flush() {
                        // held back, as above
                    }
                };
            }
            return writer;
        }
    }

    /** A servlet stream that passes everything on but flushes. */
    private static final class UnflushedStream extends ServletOutputStream {

        private final ServletOutputStream out;

        UnflushedStream(ServletOutputStream out) {
            this.out = out;
        }

        @Override
        public void write(int b) throws IOException {
            out.write(b);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            out.write(bytes, offset, length);
        }

        @Override
        public void flush() {
            // held back, as above
        }

        @Override
        public void close() throws IOException {
            out.close();
        }

        @Override
        public boolean isReady() {
            return out.isReady();
        }

        @Override
        public void setWriteListener(WriteListener listener) {
            out.setWriteListener(listener);
        }
    }
}
