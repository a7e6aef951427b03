package dev.roadmap.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class CachedBodyTest {

    /** Records the length of each write the container would get. */
    private static final class Writes extends ByteArrayOutputStream {
        final List<Integer> lengths = new ArrayList<>();

        @Override
        public synchronized void write(byte[] bytes, int offset, int length) {
            lengths.add(length);
            super.write(bytes, offset, length);
        }
    }

    @Test
    void aLargeBodyReachesTheContainerInSlicesNoLargerThanOne() throws Exception {
        byte[] body = new byte[4_637_913];
        new Random(1).nextBytes(body);
        Writes out = new Writes();

        CachedBody.write(body, out);

        assertThat(out.toByteArray()).isEqualTo(body);
        assertThat(out.lengths).allMatch(length -> length <= CachedBody.SLICE);
    }

    @Test
    void anEmptyBodyWritesNothing() throws Exception {
        Writes out = new Writes();

        CachedBody.write(new byte[0], out);

        assertThat(out.lengths).isEmpty();
    }
}
