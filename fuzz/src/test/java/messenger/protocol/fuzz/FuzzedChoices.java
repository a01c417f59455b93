package messenger.protocol.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import java.util.Arrays;

/** Decisions read from Jazzer's input; once it is used up, every decision is the smallest one. */
public record FuzzedChoices(FuzzedDataProvider data) implements Choices {

    @Override
    public int between(int min, int max) {
        return data.consumeInt(min, max);
    }

    @Override
    public long anyLong() {
        return data.consumeLong();
    }

    @Override
    public byte anyByte() {
        return data.consumeByte();
    }

    @Override
    public boolean anyBoolean() {
        return data.consumeBoolean();
    }

    @Override
    public byte[] bytes(int minLength, int maxLength) {
        int length = between(minLength, maxLength);
        byte[] bytes = data.consumeBytes(length);
        return bytes.length == length ? bytes : Arrays.copyOf(bytes, length);
    }
}
