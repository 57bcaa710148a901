package dev.vitrine.shared.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import org.junit.jupiter.api.Test;

class ClientAddressTest {

    private static final Set<String> PROXIES = ClientAddress.trustedProxies("127.0.0.1, 10.0.0.2");

    @Test
    void aDirectVisitorIsTheirOwnAddress() {
        assertEquals("203.0.113.7", ClientAddress.of("203.0.113.7", null, PROXIES));
    }

    @Test
    void anUntrustedSenderCannotClaimAnotherAddress() {
        assertEquals("203.0.113.7", ClientAddress.of("203.0.113.7", "198.51.100.1", PROXIES));
    }

    @Test
    void behindTrustedProxiesTheLastUntrustedHopIsTheVisitor() {
        assertEquals("198.51.100.1", ClientAddress.of("127.0.0.1", "198.51.100.1", PROXIES));
        assertEquals(
                "198.51.100.1",
                ClientAddress.of("127.0.0.1", "6.6.6.6, 198.51.100.1, 10.0.0.2", PROXIES),
                "the left-most entry is whatever the visitor sent, so it is not believed");
    }

    @Test
    void onlyTrustedHopsMeansTheProxyItself() {
        assertEquals("127.0.0.1", ClientAddress.of("127.0.0.1", "10.0.0.2", PROXIES));
    }
}
