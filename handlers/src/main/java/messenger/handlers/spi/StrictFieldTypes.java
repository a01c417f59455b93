package messenger.handlers.spi;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonSyntaxException;
import com.google.gson.TypeAdapter;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import com.google.gson.stream.JsonWriter;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.function.Function;

/**
 * Gson reads request fields leniently: "7" becomes 7, 7.9 becomes 7, 2^64+7 wraps to 7, true becomes "true".
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
            .create();

    private StrictFieldTypes() {
    }

    private static <N extends Number> TypeAdapter<N> integer(Function<BigDecimal, N> exact) {
        return new TypeAdapter<>() {
            @Override
            public N read(JsonReader in) throws IOException {
                if (in.peek() != JsonToken.NUMBER) {
                    throw new JsonSyntaxException("expected a number but found " + in.peek());
                }
                String text = in.nextString();
                try {
                    return exact.apply(new BigDecimal(text));
                } catch (ArithmeticException | NumberFormatException e) {
                    throw new JsonSyntaxException("not an integer in range: " + text);
                }
            }

            @Override
            public void write(JsonWriter out, N value) throws IOException {
                out.value(value);
            }
        };
    }

    private static final class StrictString extends TypeAdapter<String> {
        @Override
        public String read(JsonReader in) throws IOException {
            if (in.peek() != JsonToken.STRING) {
                throw new JsonSyntaxException("expected a string but found " + in.peek());
            }
            String text = in.nextString();
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                    i++;
                } else if (Character.isSurrogate(c)) {
                    throw new JsonSyntaxException("text with a lone surrogate");
                }
            }
            return text;
        }

        @Override
        public void write(JsonWriter out, String value) throws IOException {
            out.value(value);
        }
    }
}
