package messenger.protocol;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ByteSizesTest {

    @Test
    void decimalUnitsWithOneFractionDigit() {
        assertThat(ByteSizes.format(0)).isEqualTo("0 B");
        assertThat(ByteSizes.format(999)).isEqualTo("999 B");
        assertThat(ByteSizes.format(1536)).isEqualTo("1.5 kB");
        assertThat(ByteSizes.format(1_234_567)).isEqualTo("1.2 MB");
        assertThat(ByteSizes.format(80_000_000)).isEqualTo("80.0 MB");
        assertThat(ByteSizes.format(3L * 1024 * 1024 * 1024)).isEqualTo("3.2 GB");
        assertThat(ByteSizes.format(Long.MAX_VALUE)).isEqualTo("9.2 EB");
    }

    @Test
    void aValueThatWouldRoundToAThousandMovesUpAUnit() {
        assertThat(ByteSizes.format(999_999)).isEqualTo("1.0 MB");
        assertThat(ByteSizes.format(999_949)).isEqualTo("999.9 kB");
    }

    @Test
    void speedsAreSizesPerSecond() {
        assertThat(ByteSizes.perSecond(2_500_000)).isEqualTo("2.5 MB/s");
    }
}
