package dev.nana.kv;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Writer;

/**
 * One thread's Jackson generator and the text it writes into, kept between values. For a small value, creating the
 * generator, its context and its output buffer costs more than writing the value ({@code writeValueAsString} does it
 * every call): under a 100,000-value batch it took more of Jackson's time than writing the values did.
 */
final class ReusedGenerator {
    /** Text kept for the next value at most; a larger value's buffer goes with it, not with the thread. */
    private static final int KEPT_CAPACITY = 16 * 1024;

    private final ObjectMapper mapper;
    private final StringBuilder text = new StringBuilder(256);
    private final JsonGenerator generator;
    private boolean busy;

    ReusedGenerator(ObjectMapper mapper) throws IOException {
        this.mapper = mapper;
        this.generator = mapper.createGenerator(new Writer() {
            @Override
            public void write(char[] chars, int offset, int length) {
                text.append(chars, offset, length);
            }

            @Override
            public void write(String string, int offset, int length) {
                text.append(string, offset, length);
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        });
        // Values follow each other on one generator, which would otherwise put a space before each one after the first.
        generator.setRootValueSeparator(null);
    }

    /** Whether {@link #write} may be called: not from inside itself (a serializer that encodes another value). */
    boolean free() {
        return !busy;
    }

    /**
     * The JSON text of {@code value}. After a failure the generator is left inside the value it gave up on: the
     * caller must not use this one again.
     */
    String write(Object value) throws IOException {
        busy = true;
        try {
            mapper.writeValue(generator, value);
            generator.flush();
            return text.toString();
        } finally {
            text.setLength(0);
            busy = false;
        }
    }

    /** Whether this generator is worth keeping for the next value. */
    boolean reusable() {
        return text.capacity() <= KEPT_CAPACITY;
    }
}
