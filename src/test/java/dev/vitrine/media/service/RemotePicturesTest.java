package dev.vitrine.media.service;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import dev.vitrine.shared.BusinessException;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class RemotePicturesTest {

    private static final byte[] PICTURE = {(byte) 0x89, 'P', 'N', 'G', 1, 2, 3};

    private HttpServer server;
    private String base;

    @BeforeEach
    void serve() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/picture.png", exchange -> answer(exchange, 200, PICTURE));
        server.createContext("/moved.png", exchange -> {
            exchange.getResponseHeaders().add("Location", "/picture.png");
            answer(exchange, 302, new byte[0]);
        });
        server.createContext("/inside.png", exchange -> {
            exchange.getResponseHeaders().add("Location", "http://10.1.2.3/secret.png");
            answer(exchange, 302, new byte[0]);
        });
        server.createContext("/huge.png", exchange -> {
            exchange.sendResponseHeaders(200, 0);
            try (OutputStream out = exchange.getResponseBody()) {
                byte[] block = new byte[64 * 1024];
                for (int i = 0; i < 200; i++) {
                    out.write(block);
                }
            } catch (IOException stopped) {
                // the client stopped reading: as it should
            }
        });
        server.start();
        base = "http://127.0.0.1:" + server.getAddress().getPort();
    }

    private static void answer(com.sun.net.httpserver.HttpExchange exchange, int status, byte[] body)
            throws IOException {
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private RemotePictures allowingThisServer() {
        return new RemotePictures("127.0.0.1:" + server.getAddress().getPort());
    }

    private static String refusal(Runnable fetch) {
        return assertThrows(BusinessException.class, fetch::run).getMessageKey();
    }

    @Test
    void aPictureIsFetchedAlsoThroughARedirect() {
        assertArrayEquals(PICTURE, allowingThisServer().fetch(base + "/picture.png"));
        assertArrayEquals(PICTURE, allowingThisServer().fetch(base + "/moved.png"));
    }

    @Test
    void theServersOwnAndPrivateNetworksAreNeverFetchedFromRedirectsIncluded() {
        assertEquals("remote.private", refusal(() -> new RemotePictures().fetch(base + "/picture.png")));
        assertEquals("remote.private", refusal(() -> new RemotePictures().fetch("http://192.168.1.1/a.png")));
        assertEquals("remote.private", refusal(() -> new RemotePictures().fetch("http://[::1]/a.png")));
        assertEquals("remote.private", refusal(() -> allowingThisServer().fetch(base + "/inside.png")));
    }

    @Test
    void onlyWebAddressesWithoutCredentialsAreFetched() {
        assertEquals("remote.notWeb", refusal(() -> allowingThisServer().fetch("file:///etc/passwd")));
        assertEquals("remote.notWeb", refusal(() -> allowingThisServer().fetch("ftp://example.com/a.png")));
        assertEquals("remote.notWeb", refusal(() -> allowingThisServer().fetch("http://user:pw@example.com/a.png")));
        assertEquals("remote.notWeb", refusal(() -> allowingThisServer().fetch("not an address")));
    }

    @Test
    void aMissingOrTooLargePictureIsRefused() {
        assertEquals("remote.notFound", refusal(() -> allowingThisServer().fetch(base + "/nothing.png")));
        assertEquals("upload.tooLarge", refusal(() -> allowingThisServer().fetch(base + "/huge.png")));
    }

    @Test
    void privateRangesAreRefusedAndPublicOnesAllowed() throws UnknownHostException {
        for (String inside : new String[] {
            "127.0.0.1", "10.0.0.1", "172.16.5.4", "192.168.0.1", "169.254.169.254", "100.64.0.1", "0.0.0.0",
            "198.18.0.1", "224.0.0.1", "255.255.255.255", "::1", "fe80::1", "fd00::1", "::ffff:10.0.0.1"
        }) {
            assertFalse(PublicAddresses.isPublic(InetAddress.getByName(inside)), inside);
        }
        assertTrue(PublicAddresses.isPublic(InetAddress.getByName("8.8.8.8")));
        assertTrue(PublicAddresses.isPublic(InetAddress.getByName("2001:4860:4860::8888")));
    }
}
