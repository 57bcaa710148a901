package dev.vitrine.shared.web;

import dev.vitrine.shared.config.VitrineConfig;
import jakarta.servlet.http.HttpServletRequest;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.Collections;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The visitor's address. Behind a reverse proxy every request comes from the proxy, so the address the
 * proxy forwarded ({@code X-Forwarded-For}) is used, but only when the request comes from a proxy listed
 * in {@code VITRINE_TRUSTED_PROXIES} (default: this machine), since anybody can send the header.
 *
 * <p>Of the forwarded addresses, the right-most one that is not a trusted proxy is the visitor: each proxy
 * adds the address it saw at the right, so everything left of it is what the visitor wrote and is never
 * believed. Addresses are compared and returned in one form ({@code ::1} and {@code 0:0:0:0:0:0:0:1} are
 * one address), so a limit per address can't be dodged by spelling one address two ways.
 */
public final class ClientAddress {

    private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");
    private static final Pattern IPV6 = Pattern.compile("(?=.*:)[0-9A-Fa-f:][0-9A-Fa-f:.]{1,44}");
    private static final Set<String> TRUSTED =
            trustedProxies(VitrineConfig.get("VITRINE_TRUSTED_PROXIES").orElse("127.0.0.1,::1"));

    private ClientAddress() {}

    public static String of(HttpServletRequest request) {
        // Every header line, in order: a line the visitor sent must not hide the one the proxy added.
        String forwardedFor = String.join(",", Collections.list(request.getHeaders("X-Forwarded-For")));
        return of(request.getRemoteAddr(), forwardedFor.isEmpty() ? null : forwardedFor, TRUSTED);
    }

    /** The right-most forwarded address that is not itself a trusted proxy. */
    static String of(String remoteAddress, String forwardedFor, Set<String> trusted) {
        String proxy = canonical(remoteAddress);
        if (forwardedFor == null || !trusted.contains(proxy)) {
            return proxy;
        }
        String[] hops = forwardedFor.split(",");
        for (int i = hops.length - 1; i >= 0; i--) {
            String hop = canonical(hops[i].trim());
            if (hop.isEmpty()) {
                continue;
            }
            if (!isAddress(hop)) {
                // A trusted proxy writes addresses only; anything else came from the visitor's side.
                return proxy;
            }
            if (!trusted.contains(hop)) {
                return hop;
            }
        }
        return proxy;
    }

    static Set<String> trustedProxies(String list) {
        return Arrays.stream(list.split(","))
                .map(String::trim)
                .filter(s -> !s.isEmpty())
                .map(ClientAddress::canonical)
                .collect(Collectors.toSet());
    }

    private static boolean isAddress(String text) {
        return isIpv4(text) || IPV6.matcher(text).matches();
    }

    private static boolean isIpv4(String text) {
        return IPV4.matcher(text).matches()
                && Arrays.stream(text.split("\\.")).allMatch(part -> Integer.parseInt(part) <= 255);
    }

    /** An IP address in Java's one written form; anything else as it is. Never a name lookup. */
    static String canonical(String address) {
        if (address == null) {
            return "";
        }
        if (isIpv4(address)) {
            return Arrays.stream(address.split("\\."))
                    .map(part -> String.valueOf(Integer.parseInt(part)))
                    .collect(Collectors.joining("."));
        }
        if (!IPV6.matcher(address).matches()) {
            return address;
        }
        try {
            // With a colon in it, Java parses the text as an IPv6 literal and never looks it up.
            return InetAddress.getByName(address).getHostAddress();
        } catch (UnknownHostException e) {
            return address;
        }
    }
}
