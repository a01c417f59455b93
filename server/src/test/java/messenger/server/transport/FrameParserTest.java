package messenger.server.transport;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import io.vertx.core.buffer.Buffer;
import java.util.ArrayList;
import java.util.List;
import messenger.protocol.Frame;
import messenger.protocol.FrameCodec;
import messenger.protocol.FrameLimits;
import org.junit.jupiter.api.Test;

/**
 * Reading pauses between frames: frames read in one go beyond the point where the connection pauses wait,
 * unparsed, until it resumes, and then come in order, with any read that arrived meanwhile behind them.
 */
class FrameParserTest {

    private static final int QUEUE_CAP = 16;

    private final List<Frame> queued = new ArrayList<>();
    private final FrameParser parser = new FrameParser(FrameLimits.DEFAULT, () -> true,
            () -> queued.size() >= QUEUE_CAP, queued::add, bad -> {
                throw new AssertionError(bad);
            });

    @Test
    void oneReadOfManySmallFramesQueuesNoMoreThanTheCap() {
        parser.handle(pings(1, 2_000));

        assertThat(queued).hasSize(QUEUE_CAP);
        assertThat(ids(queued)).startsWith(1L, 2L).endsWith((long) QUEUE_CAP);
    }

    @Test
    void theHeldFramesComeInOrderOnResumeAndAReadThatCameMeanwhileAfterThem() {
        parser.handle(pings(1, 100));
        parser.handle(pings(101, 150));
        assertThat(queued).hasSize(QUEUE_CAP);

        List<Long> seen = new ArrayList<>(ids(queued));
        while (seen.size() < 150) {
            queued.clear();
            parser.resume();
            assertThat(queued).isNotEmpty().hasSizeLessThanOrEqualTo(QUEUE_CAP);
            seen.addAll(ids(queued));
        }
        assertThat(seen).isEqualTo(range(1, 150));

        queued.clear();
        parser.resume();
        parser.handle(pings(151, 151));
        assertThat(ids(queued)).containsExactly(151L);
    }

    @Test
    void aFrameSplitAcrossReadsIsCompletedEvenWhenItsReadEndsAtAPause() {
        byte[] bytes = pings(1, QUEUE_CAP + 1).getBytes();
        int cut = bytes.length - 3;
        parser.handle(Buffer.buffer(bytes).slice(0, cut));
        queued.clear();
        parser.resume();
        parser.handle(Buffer.buffer(bytes).slice(cut, bytes.length));

        assertThat(ids(queued)).containsExactly((long) QUEUE_CAP + 1);
    }

    private static Buffer pings(int from, int to) {
        Buffer bytes = Buffer.buffer();
        for (long id = from; id <= to; id++) {
            JsonObject header = new JsonObject();
            header.addProperty("type", "ping");
            header.addProperty("id", id);
            bytes.appendBytes(FrameCodec.encode(new Frame(header, new byte[0])));
        }
        return bytes;
    }

    private static List<Long> ids(List<Frame> frames) {
        return frames.stream().map(frame -> frame.header().get("id").getAsLong()).toList();
    }

    private static List<Long> range(long from, long to) {
        List<Long> ids = new ArrayList<>();
        for (long id = from; id <= to; id++) {
            ids.add(id);
        }
        return ids;
    }
}
