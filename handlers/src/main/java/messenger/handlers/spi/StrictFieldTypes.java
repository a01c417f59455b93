package messenger.handlers.spi;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonParseException;
import com.google.gson.TypeAdapter;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import com.google.gson.stream.JsonWriter;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.function.Function;

/**
 * Gson reads request fields leniently: "7" becomes 7, 7.9 becomes 7, 2^64+7 wraps to 7, true becomes "true",
 * "yes" becomes false.
 * Request bodies are read with these adapters instead, which accept only the JSON type a field declares,
 * integers only when exact and in range, and text only when it is well-formed UTF-16 (a lone surrogate
 * cannot be stored and would silently turn into '?').
 */
final class StrictFieldTypes {

    static final Gson GSON = new GsonBuilder()
            .registerTypeAdapter(String.class, new StrictString().nullSafe())
            .registerTypeAdapter(Long.class, integer(BigDecimal::longValueExact).nullSafe())
            .registerTypeAdapter(long.class, integer(BigDecimal::longValueExact))
            .registerTypeAdapter(Integer.class, integer(BigDecimal::intValueExact).nullSafe())
            .registerTypeAdapter(int.class, integer(BigDecimal::intValueExact))
            .registerTypeAdapter(Boolean.class, new StrictBoolean().nullSafe())
            .registerTypeAdapter(boolean.class, new StrictBoolean())
            .create();

    private StrictFieldTypes() {
    }

    private static <N extends Number> TypeAdapter<N> integer(Function<BigDecimal, N> exact) {
        return new TypeAdapter<>() {
            @Override
            public N read(JsonReader in) throws IOException {
                String field = fieldName(in);
                if (in.peek() != JsonToken.NUMBER) {
                    throw new WrongFieldType(field, "must be a number");
                }
                String text = in.nextString();
                try {
                    return exact.apply(new BigDecimal(text));
                } catch (ArithmeticException | NumberFormatException e) {
                    throw new WrongFieldType(field, "must be a whole number in range");
                }
            }

            @Override
            public void write(JsonWriter out, N value) throws IOException {
                out.value(value);
            }
        };
    }

    /** The name of the field about to be read: the reader's path is {@code $.name} for a request body. */
    private static String fieldName(JsonReader in) {
        String path = in.getPath();
        return path.startsWith("$.") ? path.substring(2) : path;
    }

    /** A field of the wrong JSON type or out of range; its message names the field, as the contract asks. */
    static final class WrongFieldType extends JsonParseException {
        WrongFieldType(String field, String problem) {
            super("\"" + field + "\" " + problem);
        }
    }

    private static final class StrictString extends TypeAdapter<String> {
        @Override
        public String read(JsonReader in) throws IOException {
            String field = fieldName(in);
            if (in.peek() != JsonToken.STRING) {
                throw new WrongFieldType(field, "must be a string");
            }
            String text = in.nextString();
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                    i++;
                } else if (Character.isSurrogate(c)) {
                    throw new WrongFieldType(field, "is not well-formed text (a lone surrogate)");
                }
            }
            return text;
        }

        @Override
        public void write(JsonWriter out, String value) throws IOException {
            out.value(value);
        }
    }

    private static final class StrictBoolean extends TypeAdapter<Boolean> {
        @Override
        public Boolean read(JsonReader in) throws IOException {
            String field = fieldName(in);
            if (in.peek() != JsonToken.BOOLEAN) {
                throw new WrongFieldType(field, "must be true or false");
            }
            return in.nextBoolean();
        }

        @Override
        public void write(JsonWriter out, Boolean value) throws IOException {
            out.value(value);
        }
    }
}
