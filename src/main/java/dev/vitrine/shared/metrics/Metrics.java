package dev.vitrine.shared.metrics;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.jvm.ClassLoaderMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.io.IOException;
import java.io.OutputStream;

/**
 * This instance's metrics (Micrometer, in the WAR, so that every server serves the same): each feature
 * registers its own meters here, named {@code vitrine.*}, and {@code /operator/metrics} writes them in the
 * Prometheus text format with the JVM's (memory, garbage collection, threads, classes, CPU, uptime). Meter
 * names and what they mean: docs/metrics.md. One registry per deployment (a static of the WAR's own class);
 * {@link #close} at undeploy lets go of what the JVM holds for it.
 */
public final class Metrics {

    /** The content type of {@link #scrape}: the Prometheus text format, version 0.0.4. */
    public static final String CONTENT_TYPE = "text/plain; version=0.0.4; charset=utf-8";

    private static final PrometheusMeterRegistry REGISTRY = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);

    /** Listens to the JVM's collections: closed at undeploy, or it would keep the WAR's classes. */
    private static final JvmGcMetrics GC = new JvmGcMetrics();

    static {
        new JvmMemoryMetrics().bindTo(REGISTRY);
        GC.bindTo(REGISTRY);
        new JvmThreadMetrics().bindTo(REGISTRY);
        new ClassLoaderMetrics().bindTo(REGISTRY);
        new ProcessorMetrics().bindTo(REGISTRY);
        new UptimeMetrics().bindTo(REGISTRY);
    }

    private Metrics() {}

    public static MeterRegistry registry() {
        return REGISTRY;
    }

    /** Every meter, in the Prometheus text format ({@link #CONTENT_TYPE}). */
    public static void scrape(OutputStream out) throws IOException {
        REGISTRY.scrape(out, CONTENT_TYPE);
    }

    /** At undeploy: stops listening to the JVM. */
    public static void close() {
        GC.close();
    }
}
