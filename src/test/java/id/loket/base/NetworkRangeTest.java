package id.loket.base;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class NetworkRangeTest {

    private static NetworkRange net(String cidr) {
        return NetworkRange.parse(cidr).orElseThrow();
    }

    @Test
    void ipv4_networks_match_their_own_addresses_only() {
        assertThat(net("192.168.10.0/24").contains("192.168.10.77")).isTrue();
        assertThat(net("192.168.10.0/24").contains("192.168.11.1")).isFalse();
        assertThat(net("172.16.0.0/12").contains("172.31.255.254")).isTrue();
        assertThat(net("172.16.0.0/12").contains("172.32.0.1")).isFalse();
        assertThat(net("10.1.2.3").contains("10.1.2.3")).isTrue();
        assertThat(net("10.1.2.3").contains("10.1.2.4")).isFalse();
        assertThat(net("0.0.0.0/0").contains("203.0.113.9")).isTrue();
        // host bits in the written network are ignored
        assertThat(net("192.168.10.99/24").contains("192.168.10.1")).isTrue();
    }

    @Test
    void ipv6_networks_match_their_own_addresses_only() {
        assertThat(net("2001:db8:1::/48").contains("2001:db8:1:ffff::5")).isTrue();
        assertThat(net("2001:db8:1::/48").contains("2001:db8:2::5")).isFalse();
        assertThat(net("fc00::/7").contains("fd12:3456::1")).isTrue();
        assertThat(net("::1/128").contains("0:0:0:0:0:0:0:1")).isTrue();
        assertThat(net("fe80::/10").contains("fe80::1%eth0")).isTrue();
        assertThat(net("2001:db8::/127").contains("2001:db8::1")).isTrue();
        assertThat(net("2001:db8::/127").contains("2001:db8::2")).isFalse();
    }

    @Test
    void families_do_not_mix_except_ipv4_written_as_ipv6() {
        assertThat(net("10.0.0.0/8").contains("::1")).isFalse();
        assertThat(net("::/0").contains("10.0.0.1")).isFalse();
        assertThat(net("10.0.0.0/8").contains("::ffff:10.9.8.7")).isTrue();
    }

    @Test
    void only_address_literals_are_networks_and_never_a_host_name() {
        assertThat(NetworkRange.parse("localhost")).isEmpty();
        assertThat(NetworkRange.parse("example.org/24")).isEmpty();
        assertThat(NetworkRange.parse("10.0.0.0/33")).isEmpty();
        assertThat(NetworkRange.parse("2001:db8::/129")).isEmpty();
        assertThat(NetworkRange.parse("10.0.0.0/")).isEmpty();
        assertThat(NetworkRange.parse("300.1.1.1")).isEmpty();
        assertThat(NetworkRange.parse("")).isEmpty();
        assertThat(net("10.0.0.0/8").contains("unknown")).isFalse();
        assertThat(net("10.0.0.0/8").contains(null)).isFalse();
    }

    @Test
    void the_private_defaults_cover_an_office_lan_and_not_the_internet() {
        var ranges = NetworkRange.PRIVATE.stream().map(NetworkRangeTest::net).toList();
        assertThat(NetworkRange.anyContains(ranges, "192.168.1.20")).isTrue();
        assertThat(NetworkRange.anyContains(ranges, "127.0.0.1")).isTrue();
        assertThat(NetworkRange.anyContains(ranges, "fd00::20")).isTrue();
        assertThat(NetworkRange.anyContains(ranges, "203.0.113.9")).isFalse();
        assertThat(NetworkRange.anyContains(ranges, "2001:db8::1")).isFalse();
    }
}
