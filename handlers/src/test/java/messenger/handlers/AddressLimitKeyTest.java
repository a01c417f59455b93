package messenger.handlers;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AddressLimitKeyTest {

    @Test
    void everyAddressOfOneIpv6NetworkSharesItsKey() {
        assertThat(AddressLimitKey.of("2001:db8:aa:bb:1:2:3:4"))
                .isEqualTo(AddressLimitKey.of("2001:db8:aa:bb:ffff:ffff:ffff:ffff"))
                .isEqualTo(AddressLimitKey.of("2001:0db8:00aa:00bb::9"))
                .isEqualTo("2001:db8:aa:bb::/64");
        assertThat(AddressLimitKey.of("2001:db8:aa:bc::1")).isNotEqualTo(AddressLimitKey.of("2001:db8:aa:bb::1"));
    }

    @Test
    void anIpv4AddressIsItsOwnKeyAlsoWhenMappedIntoIpv6() {
        assertThat(AddressLimitKey.of("192.0.2.7")).isEqualTo("192.0.2.7");
        assertThat(AddressLimitKey.of("::ffff:192.0.2.7")).isEqualTo("192.0.2.7");
        assertThat(AddressLimitKey.of("192.0.2.8")).isNotEqualTo(AddressLimitKey.of("192.0.2.7"));
    }

    @Test
    void somethingThatIsNoIpLiteralIsNeverLookedUp() {
        assertThat(AddressLimitKey.of("example.org")).isEqualTo("example.org");
        assertThat(AddressLimitKey.of("deadbeef.cafe")).isEqualTo("deadbeef.cafe");
        assertThat(AddressLimitKey.of("")).isEqualTo("");
    }
}
