package org.detente.collect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.net.InetAddress;
import java.net.UnknownHostException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** Which addresses the fetcher may connect to (no network is used: the addresses are literals). */
class AddressGuardTest {

    @ParameterizedTest
    @ValueSource(strings = {"127.0.0.1", "10.1.2.3", "172.16.0.1", "172.31.255.255", "192.168.1.1", "169.254.169.254",
            "0.0.0.0", "100.64.0.1", "224.0.0.1", "::1", "fe80::1", "fc00::1", "fd12:3456::1", "::ffff:10.0.0.1",
            "::ffff:127.0.0.1"})
    void refusesNonPublicAddresses(String address) throws UnknownHostException {
        assertThat(AddressGuard.isPublic(InetAddress.getByName(address))).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"93.184.216.34", "8.8.8.8", "172.32.0.1", "2606:2800:220:1:248:1893:25c8:1946"})
    void allowsPublicAddresses(String address) throws UnknownHostException {
        assertThat(AddressGuard.isPublic(InetAddress.getByName(address))).isTrue();
    }

    @Test
    void theResolverRefusesAPrivateAnswerAndSaysHowToAllowIt() {
        AddressGuard.RefusedAddressException e = assertThrows(AddressGuard.RefusedAddressException.class,
                () -> new AddressGuard(false).resolve("169.254.169.254"));

        assertThat(e.getMessage()).isEqualTo("refused: 169.254.169.254 resolves to the non-public address "
                + "169.254.169.254 (set fetch.allow-private-networks to allow it)");
    }

    @Test
    void theResolverLetsPrivateAnswersThroughWhenAllowed() throws UnknownHostException {
        assertThat(new AddressGuard(true).resolve("127.0.0.1")).hasSize(1);
    }
}
