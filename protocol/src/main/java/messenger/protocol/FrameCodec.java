package messenger.protocol;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.Strictness;
import com.google.gson.TypeAdapter;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Encodes and decodes frames: {@code uint32 headerLength, uint32 payloadLength, header JSON, payload}.
 * Both ends use it; the server feeds it bytes from Vert.x, blocking clients from a stream.
 */
public final class FrameCodec {

    public static final int PREFIX_LENGTH = 8;
    private static final int MAX_JSON_NESTING = 32;
    private static final TypeAdapter<JsonElement> ELEMENT_ADAPTER = Json.GSON.getAdapter(JsonElement.class);

    private FrameCodec() {
    }

    public static byte[] encode(Frame frame) {
        byte[] header = Json.GSON.toJson(frame.header()).getBytes(StandardCharsets.UTF_8);
        byte[] payload = frame.payload();
        ByteBuffer out = ByteBuffer.allocate(PREFIX_LENGTH + header.length + payload.length);
        out.putInt(header.length).putInt(payload.length).put(header).put(payload);
        return out.array();
    }

    /**
     * The first part of a frame whose {@code payloadLength} payload bytes the caller sends next, from elsewhere
     * (the server sends a file's bytes from the disk): the same bytes {@link #encode} starts with.
     */
    public static byte[] encodeHead(JsonObject header, int payloadLength) {
        if (payloadLength < 0) {
            throw new IllegalArgumentException("negative payload length " + payloadLength);
        }
        byte[] json = Json.GSON.toJson(header).getBytes(StandardCharsets.UTF_8);
        ByteBuffer out = ByteBuffer.allocate(PREFIX_LENGTH + json.length);
        out.putInt(json.length).putInt(payloadLength).put(json);
        return out.array();
    }

    /**
     * Parses a header strictly: valid UTF-8, one JSON object and nothing after it, bounded nesting,
     * and a string {@code type}.
     */
    public static JsonObject decodeHeader(byte[] bytes, int offset, int length) throws BadFrameException {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, offset, length))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new BadFrameException("header is not valid UTF-8");
        }
        JsonElement element;
        try {
            JsonReader reader = new JsonReader(new StringReader(text));
            reader.setStrictness(Strictness.STRICT);
            reader.setNestingLimit(MAX_JSON_NESTING);
            element = ELEMENT_ADAPTER.read(reader);
            if (reader.peek() != JsonToken.END_DOCUMENT) {
                throw new BadFrameException("header has data after the JSON object");
            }
        } catch (IOException | JsonParseException | IllegalStateException | NumberFormatException e) {
            throw new BadFrameException("header is not valid JSON");
        }
        if (element == null || !element.isJsonObject()) {
            throw new BadFrameException("header is not a JSON object");
        }
        JsonObject header = element.getAsJsonObject();
        JsonElement type = header.get("type");
        if (type == null || !type.isJsonPrimitive() || !type.getAsJsonPrimitive().isString()) {
            throw new BadFrameException("header has no string \"type\"");
        }
        return header;
    }

    /** Reads one frame from a blocking stream; limits are checked before the body is allocated. */
    public static Frame read(DataInputStream in, FrameLimits limits) throws IOException, BadFrameException {
        long headerLength = Integer.toUnsignedLong(in.readInt());
        long payloadLength = Integer.toUnsignedLong(in.readInt());
        limits.check(headerLength, payloadLength);
        byte[] header = new byte[(int) headerLength];
        in.readFully(header);
        byte[] payload = new byte[(int) payloadLength];
        in.readFully(payload);
        return new Frame(decodeHeader(header, 0, header.length), payload);
    }

    public static void write(OutputStream out, Frame frame) throws IOException {
        out.write(encode(frame));
    }
}
