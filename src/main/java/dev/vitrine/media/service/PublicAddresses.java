package dev.vitrine.media.service;

import java.net.InetAddress;
import java.net.InterfaceAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Which addresses the server may fetch from for staff: only public ones. Refused are the server's own
 * networks (every network of its interfaces), loopback, private, link-local, carrier-grade NAT, unique
 * local, multicast, "this network", benchmark and reserved addresses: a pasted picture address must never
 * reach what only the server can reach.
 */
final class PublicAddresses {

    private PublicAddresses() {}

    static boolean isPublic(InetAddress address) {
        if (address.isAnyLocalAddress()
                || address.isLoopbackAddress()
                || address.isLinkLocalAddress()
                || address.isSiteLocalAddress()
                || address.isMulticastAddress()) {
            return false;
        }
        byte[] bytes = address.getAddress();
        int first = bytes[0] & 0xff;
        int second = bytes[1] & 0xff;
        boolean reserved = bytes.length == 4
                ? first == 0 // "this network"
                        || first >= 240 // reserved and broadcast
                        || (first == 100 && (second & 0xc0) == 64) // carrier-grade NAT, 100.64.0.0/10
                        || (first == 192 && second == 0 && (bytes[2] & 0xff) == 0) // protocol assignments
                        || (first == 198 && (second == 18 || second == 19)) // benchmarking
                : (first & 0xfe) == 0xfc; // unique local, fc00::/7
        return !reserved && !inOwnNetwork(address);
    }

    /** Whether the address is in a network one of the server's interfaces is in. */
    private static boolean inOwnNetwork(InetAddress address) {
        for (InterfaceAddress own : ownAddresses()) {
            if (own.getAddress().getClass() == address.getClass()
                    && samePrefix(own.getAddress().getAddress(), address.getAddress(), own.getNetworkPrefixLength())) {
                return true;
            }
        }
        return false;
    }

    private static List<InterfaceAddress> ownAddresses() {
        List<InterfaceAddress> addresses = new ArrayList<>();
        try {
            for (NetworkInterface face : Collections.list(NetworkInterface.getNetworkInterfaces())) {
                addresses.addAll(face.getInterfaceAddresses());
            }
        } catch (SocketException e) {
            throw new IllegalStateException("The server's own network addresses can't be read", e);
        }
        return addresses;
    }

    static boolean samePrefix(byte[] one, byte[] other, int bits) {
        for (int i = 0; i < bits; i++) {
            int mask = 0x80 >> (i % 8);
            if ((one[i / 8] & mask) != (other[i / 8] & mask)) {
                return false;
            }
        }
        return true;
    }
}
