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

    @Test
    void behindNginxThatAppendsTheClientsOwnHeaderEveryMadeUpAddressIsIgnored() {
        // $proxy_add_x_forwarded_for passes on what the client wrote, then the address nginx saw.
        for (String written : new String[] {"198.51.100.77", "127.0.0.1", "10.0.0.2, 198.51.100.8", "garbage", ""}) {
            assertEquals("203.0.113.7", ClientAddress.of("127.0.0.1", written + ", 203.0.113.7", PROXIES), written);
        }
    }

    @Test
    void somethingNotAnAddressWhereTheProxyWritesOneStopsAtTheProxy() {
        assertEquals("127.0.0.1", ClientAddress.of("127.0.0.1", "203.0.113.7, evil.example", PROXIES));
    }

    @Test
    void oneAddressSpelledTwoWaysIsOneAddress() {
        Set<String> local = ClientAddress.trustedProxies("::1");
        assertEquals("198.51.100.1", ClientAddress.of("0:0:0:0:0:0:0:1", "198.51.100.1", local));
        assertEquals(
                ClientAddress.of("2001:db8::1", null, PROXIES),
                ClientAddress.of("2001:0DB8:0:0:0:0:0:1", null, PROXIES));
        assertEquals("192.0.2.1", ClientAddress.canonical("192.000.2.01"));
    }

    @Test
    void namesAreNeverLookedUp() {
        assertEquals("cafe", ClientAddress.canonical("cafe"));
        assertEquals("999.1.1.1", ClientAddress.canonical("999.1.1.1"));
        assertEquals(":::zz", ClientAddress.canonical(":::zz"));
    }
}
