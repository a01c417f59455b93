package messenger.handlers.spi;

import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import messenger.protocol.ErrorCode;

/** One decoded request frame: its id, type, the whole header and the payload bytes. */
public record Request(long id, String type, JsonObject header, byte[] payload) {

    /**
     * Reads the header into a request record. A field of the wrong JSON type, an integer that is fractional or
     * out of range, or text that is not well-formed becomes {@code BAD_REQUEST};
     * checking required fields and ranges is up to the handler (see {@link Fields}).
     */
    public <T> T body(Class<T> bodyType) {
        try {
            return StrictFieldTypes.GSON.fromJson(header, bodyType);
        } catch (JsonParseException | NumberFormatException | IllegalStateException | ArithmeticException e) {
            throw new RequestException(ErrorCode.BAD_REQUEST, type + ": " + problem(e));
        }
    }

    private static String problem(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof StrictFieldTypes.WrongFieldType wrong) {
                return wrong.getMessage();
            }
        }
        return "a field has the wrong type";
    }
}
