package dev.vitrine.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vitrine.testing.Browserless;
import java.net.URL;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Honest counting under load, over HTTP: many visitors, many items, with crawlers and reloads mixed in. */
@RunAsClient
@ExtendWith(ArquillianExtension.class)
class ViewCountingIT {

    private static final Pattern VIEWS = Pattern.compile("(?:点击|浏览):(\\d+)");
    private static final List<String> ITEMS = List.of(
            "products/st-26-silk-dome-tweeter",
            "products/sb-12-sealed-enclosure",
            "products/cs-65-component-set",
            "products/a4-class-d-amplifier",
            "products/dsp-8-processor",
            "products/sw-10-underseat-subwoofer",
            "products/dm-door-deadening-mat",
            "products/ag-70-maintenance-free-battery",
            "news/dsp-tuning-service-launched",
            "news/five-things-before-upgrading-car-audio",
            "news/protect-your-battery-in-winter",
            "news/choosing-a-subwoofer-for-a-compact-car",
            "news/new-year-holiday-opening-hours");

    @ArquillianResource
    URL base;

    /** The count a page shows, read as a crawler so that reading it adds nothing. */
    private long shownCount(Browserless crawler, String path) {
        Matcher matcher =
                VIEWS.matcher(crawler.page(path).selectFirst(".meta .views").text());
        assertTrue(matcher.find());
        return Long.parseLong(matcher.group(1));
    }

    @Test
    void twentyThousandViewsFromTwoHundredVisitorsCountEachVisitorOncePerItem() throws Exception {
        Browserless reader = new Browserless(base, "Mozilla/5.0 (compatible; Googlebot/2.1)");
        Map<String, Long> before = new HashMap<>();
        for (String item : ITEMS) {
            before.put(item, shownCount(reader, item));
        }

        int visitors = 200;
        int views = 20_000;
        List<Browserless> people = new ArrayList<>();
        for (int v = 0; v < visitors; v++) {
            people.add(new Browserless(base));
        }
        // Every visitor views every item at least once; the rest are reloads spread at random.
        List<Runnable> requests = new ArrayList<>();
        for (Browserless person : people) {
            for (String item : ITEMS) {
                requests.add(() -> assertEquals(200, person.get(item).statusCode()));
            }
        }
        Random random = new Random(42);
        while (requests.size() < views) {
            Browserless person = people.get(random.nextInt(visitors));
            String item = ITEMS.get(random.nextInt(ITEMS.size()));
            requests.add(() -> assertEquals(200, person.get(item).statusCode()));
        }
        // Crawlers and tools alongside, which never count.
        List<Browserless> bots = List.of(
                new Browserless(base, "Mozilla/5.0 (compatible; Baiduspider/2.0)"),
                new Browserless(base, "Mozilla/5.0 (compatible; bingbot/2.0)"),
                new Browserless(base, "curl/8.5.0"),
                new Browserless(base, "python-requests/2.31.0"),
                new Browserless(base, "Go-http-client/1.1"));
        for (int b = 0; b < 1_000; b++) {
            Browserless bot = bots.get(b % bots.size());
            String item = ITEMS.get(b % ITEMS.size());
            requests.add(() -> assertEquals(200, bot.get(item).statusCode()));
        }
        Collections.shuffle(requests, random);

        ExecutorService clients = Executors.newFixedThreadPool(32);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (Runnable request : requests) {
                done.add(clients.submit(request));
            }
            for (Future<?> request : done) {
                request.get();
            }
        } finally {
            clients.shutdownNow();
        }

        for (String item : ITEMS) {
            assertEquals(before.get(item) + visitors, shownCount(reader, item), item);
        }
    }
}
