package dev.vitrine.shared.web;

import dev.vitrine.shared.config.VitrineConfig;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The visitor's address. Behind a reverse proxy every request comes from the proxy, so the address the
 * proxy forwarded ({@code X-Forwarded-For}) is used, but only when the request comes from a proxy listed
 * in {@code VITRINE_TRUSTED_PROXIES} (default: this machine), since anybody can send the header.
 */
public final class ClientAddress {

    private static final Set<String> TRUSTED =
            trustedProxies(VitrineConfig.get("VITRINE_TRUSTED_PROXIES").orElse("127.0.0.1,::1,0:0:0:0:0:0:0:1"));

    private ClientAddress() {}

    public static String of(HttpServletRequest request) {
        return of(request.getRemoteAddr(), request.getHeader("X-Forwarded-For"), TRUSTED);
    }

    /** The right-most forwarded address that is not itself a trusted proxy. */
    static String of(String remoteAddress, String forwardedFor, Set<String> trusted) {
        if (forwardedFor == null || !trusted.contains(remoteAddress)) {
            return remoteAddress;
        }
        String[] hops = forwardedFor.split(",");
        for (int i = hops.length - 1; i >= 0; i--) {
            String hop = hops[i].trim();
            if (!hop.isEmpty() && !trusted.contains(hop)) {
                return hop;
            }
        }
        return remoteAddress;
    }

    static Set<String> trustedProxies(String list) {
        return Arrays.stream(list.split(","))
                .map(String::trim)
                .filter(s -> !s.isEmpty())
                .collect(Collectors.toSet());
    }
}
