package dk.sammen.platform.audit;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import org.jspecify.annotations.Nullable;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.util.function.BooleanSupplier;

/**
 * A response that writes its audit entry before its first byte leaves: on the first write, flush,
 * error or redirect (with the status as it then stands), or when the request ends without a body.
 * When the entry cannot be written the answer is withheld: everything the handler writes after
 * that is dropped, and the filter answers in its place. So nothing a caller was shown is missing
 * from the trail.
 */
final class AuditedResponse extends HttpServletResponseWrapper {

    private enum State { UNRECORDED, RECORDED, REFUSED }

    private final BooleanSupplier record;
    private State state = State.UNRECORDED;
    private @Nullable ServletOutputStream out;
    private @Nullable PrintWriter writer;

    /** @param record writes the entry; false when it could not */
    AuditedResponse(HttpServletResponse response, BooleanSupplier record) {
        super(response);
        this.record = record;
    }

    /** Writes the entry now unless it was written (or refused) before; true when the answer may go out. */
    synchronized boolean recordBeforeCommit() {
        if (state == State.UNRECORDED) {
            state = record.getAsBoolean() ? State.RECORDED : State.REFUSED;
        }
        return state == State.RECORDED;
    }

    boolean refused() {
        return state == State.REFUSED;
    }

    @Override
    public ServletOutputStream getOutputStream() throws IOException {
        if (out == null) {
            out = new Guarded(super.getOutputStream());
        }
        return out;
    }

    @Override
    public PrintWriter getWriter() throws IOException {
        if (writer == null) {
            writer = new PrintWriter(new OutputStreamWriter(getOutputStream(), Charset.forName(getCharacterEncoding())));
        }
        return writer;
    }

    @Override
    public void flushBuffer() throws IOException {
        if (writer != null) {
            writer.flush();
        }
        if (recordBeforeCommit()) {
            super.flushBuffer();
        }
    }

    @Override
    public void sendError(int status) throws IOException {
        setStatus(status);
        if (recordBeforeCommit()) {
            super.sendError(status);
        }
    }

    @Override
    public void sendError(int status, String message) throws IOException {
        setStatus(status);
        if (recordBeforeCommit()) {
            super.sendError(status, message);
        }
    }

    @Override
    public void sendRedirect(String location) throws IOException {
        setStatus(SC_FOUND);
        if (recordBeforeCommit()) {
            super.sendRedirect(location);
        }
    }

    /** The container's stream, reached only once the entry is written; dropped into nothing when it could not be. */
    private final class Guarded extends ServletOutputStream {

        private final ServletOutputStream delegate;

        Guarded(ServletOutputStream delegate) {
            this.delegate = delegate;
        }

        @Override
        public void write(int b) throws IOException {
            if (recordBeforeCommit()) {
                delegate.write(b);
            }
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            if (recordBeforeCommit()) {
                delegate.write(bytes, offset, length);
            }
        }

        @Override
        public void flush() throws IOException {
            if (recordBeforeCommit()) {
                delegate.flush();
            }
        }

        @Override
        public void close() throws IOException {
            if (recordBeforeCommit()) {
                delegate.close();
            }
        }

        @Override
        public boolean isReady() {
            return delegate.isReady();
        }

        @Override
        public void setWriteListener(WriteListener listener) {
            delegate.setWriteListener(listener);
        }
    }
}
