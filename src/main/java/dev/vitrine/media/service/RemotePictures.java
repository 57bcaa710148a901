package dev.vitrine.media.service;

import dev.vitrine.shared.BusinessException;
import dev.vitrine.shared.config.VitrineConfig;
import java.io.ByteArrayOutputStream;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;

/**
 * Fetches a picture from another website for staff who pasted it (远程图片本地化), so that it can be stored as
 * one of our own uploads, with the same checks. Only http and https, only public addresses (see
 * {@link PublicAddresses}; each redirect is checked again, at most {@value #MAX_REDIRECTS}); 10 MB and
 * {@value #SECONDS} seconds at most. The addresses checked are the ones the connection uses: the JVM keeps
 * a name's addresses for 30 seconds, so a name can't point elsewhere between the check and the request.
 * An operator may allow hosts of their own network by {@code VITRINE_FETCH_ALLOWED_HOSTS} (host or
 * host:port, comma-separated), say the old site during a move.
 */
public final class RemotePictures {

    static final int MAX_REDIRECTS = 3;
    static final int SECONDS = 15;

    private final HttpClient client = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    private final Set<String> allowedHosts;

    public RemotePictures() {
        this(VitrineConfig.get("VITRINE_FETCH_ALLOWED_HOSTS").orElse(""));
    }

    RemotePictures(String allowedHosts) {
        this.allowedHosts = Arrays.stream(allowedHosts.split(","))
                .map(host -> host.strip().toLowerCase(Locale.ROOT))
                .filter(host -> !host.isEmpty())
                .collect(Collectors.toUnmodifiableSet());
    }

    /** The picture's bytes, or a {@link BusinessException} that says why not. */
    public byte[] fetch(String address) {
        URI uri = checked(address);
        for (int hop = 0; hop <= MAX_REDIRECTS; hop++) {
            HttpResponse<byte[]> response = get(uri);
            int status = response.statusCode();
            Optional<String> location = response.headers().firstValue("Location");
            if (status >= 300 && status < 400 && location.isPresent()) {
                uri = checked(uri.resolve(location.get()).toString());
                continue;
            }
            if (status != 200) {
                throw new BusinessException("remote.notFound");
            }
            return response.body();
        }
        throw new BusinessException("remote.tooManyRedirects");
    }

    /** The address, if it is a web address of a host the server may fetch from. */
    URI checked(String address) {
        URI uri;
        try {
            uri = new URI(address);
        } catch (Exception e) {
            throw new BusinessException("remote.notWeb");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!(scheme.equals("http") || scheme.equals("https"))
                || uri.getHost() == null
                || uri.getRawUserInfo() != null) {
            throw new BusinessException("remote.notWeb");
        }
        checkHost(uri.getHost(), uri.getPort() != -1 ? uri.getPort() : scheme.equals("https") ? 443 : 80);
        return uri;
    }

    /**
     * Refuses a host this server may not reach on staff's word: one the operator didn't allow whose addresses are
     * not all public. Also for the old site's database during a move.
     */
    public void checkHost(String host, int port) {
        String name = host.toLowerCase(Locale.ROOT);
        if (allowedHosts.contains(name) || allowedHosts.contains(name + ":" + port)) {
            return;
        }
        InetAddress[] addresses;
        try {
            addresses = InetAddress.getAllByName(name);
        } catch (UnknownHostException e) {
            throw new BusinessException("remote.unknownHost");
        }
        if (!Arrays.stream(addresses).allMatch(PublicAddresses::isPublic)) {
            throw new BusinessException("remote.private");
        }
    }

    private HttpResponse<byte[]> get(URI uri) {
        HttpRequest request = HttpRequest.newBuilder(uri)
                .timeout(Duration.ofSeconds(SECONDS))
                .header("Accept", "image/*")
                .header("User-Agent", "Vitrine (pictures pasted by staff)")
                .GET()
                .build();
        CompletableFuture<HttpResponse<byte[]>> pending = client.sendAsync(request, info -> limited());
        try {
            return pending.get(SECONDS, TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            pending.cancel(true);
            throw new BusinessException("remote.tooSlow");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BusinessException("remote.notFound");
        } catch (ExecutionException e) {
            for (Throwable cause = e; cause != null; cause = cause.getCause()) {
                if (cause instanceof TooLarge) {
                    throw new BusinessException("upload.tooLarge");
                }
            }
            throw new BusinessException("remote.notFound");
        }
    }

    /** A body of at most 10 MB: past that, the download stops. */
    private static HttpResponse.BodySubscriber<byte[]> limited() {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        return HttpResponse.BodySubscribers.mapping(
                HttpResponse.BodySubscribers.ofByteArrayConsumer(chunk -> chunk.ifPresent(bytes -> {
                    if (body.size() + bytes.length > ImageUpload.MAX_BYTES) {
                        throw new TooLarge();
                    }
                    body.write(bytes, 0, bytes.length);
                })),
                done -> body.toByteArray());
    }

    private static final class TooLarge extends RuntimeException {
        private static final long serialVersionUID = 1L;

        TooLarge() {
            super(null, null, false, false);
        }
    }
}
