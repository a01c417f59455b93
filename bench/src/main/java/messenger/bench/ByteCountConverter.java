package messenger.bench;

import java.util.Locale;
import picocli.CommandLine.ITypeConverter;

/** A number of bytes with an optional binary suffix: {@code 64k}, {@code 512m}, {@code 1g}. */
final class ByteCountConverter implements ITypeConverter<Long> {

    @Override
    public Long convert(String text) {
        String value = text.strip().toLowerCase(Locale.ROOT);
        long unit = switch (value.isEmpty() ? ' ' : value.charAt(value.length() - 1)) {
            case 'k' -> 1L << 10;
            case 'm' -> 1L << 20;
            case 'g' -> 1L << 30;
            default -> 1;
        };
        String digits = unit == 1 ? value : value.substring(0, value.length() - 1);
        return Math.multiplyExact(Long.parseLong(digits), unit);
    }
}
