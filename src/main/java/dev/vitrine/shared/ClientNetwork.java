package dev.vitrine.shared;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * What a limit per address counts by: an IPv4 address as it is, an IPv6 address as its /64 network, since
 * one holder usually gets a whole /64 and could otherwise take a new address for every request.
 */
public final class ClientNetwork {

    private static final Pattern IPV6_LITERAL = Pattern.compile("(?=.*:)[0-9A-Fa-f:][0-9A-Fa-f:.]{1,44}");

    private ClientNetwork() {}

    public static String of(String address) {
        if (address == null || !IPV6_LITERAL.matcher(address).matches()) {
            return String.valueOf(address);
        }
        try {
            // With a colon in it, Java parses the text as an IPv6 literal and never looks it up.
            InetAddress parsed = InetAddress.getByName(address);
            if (parsed instanceof Inet6Address) {
                return HexFormat.of().formatHex(Arrays.copyOf(parsed.getAddress(), 8)) + "::/64";
            }
            return parsed.getHostAddress();
        } catch (UnknownHostException e) {
            return address;
        }
    }
}
