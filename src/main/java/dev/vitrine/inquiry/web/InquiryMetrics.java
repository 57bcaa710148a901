package dev.vitrine.inquiry.web;

import dev.vitrine.shared.metrics.Metrics;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

/** The contact form's metrics (docs/metrics.md): forms sent, by what became of them. */
@ApplicationScoped
public class InquiryMetrics {

    /** What became of a sent form. */
    enum Outcome {
        /** Stored in the inbox. */
        RECEIVED,
        /** Stored in the spam folder. */
        SPAM,
        /** The same inquiry came already today: thanked again, kept once. */
        DUPLICATE,
        /** Not stored: past a limit, or the form was used already. */
        REFUSED,
        /** Sent back with a mistake to correct. */
        INVALID
    }

    private final Map<Outcome, Counter> outcomes = new EnumMap<>(Outcome.class);

    public InquiryMetrics() {
        this(Metrics.registry());
    }

    InquiryMetrics(MeterRegistry registry) {
        for (Outcome outcome : Outcome.values()) {
            outcomes.put(
                    outcome,
                    Counter.builder("vitrine.inquiries")
                            .description("Contact forms sent, by what became of them")
                            .tag("outcome", outcome.name().toLowerCase(Locale.ROOT))
                            .register(registry));
        }
    }

    /** Registers the meters when the application starts, not at the first inquiry. */
    void atStart(@Observes @Initialized(ApplicationScoped.class) Object started) {
        // Observing is enough: it creates this bean.
    }

    void count(Outcome outcome) {
        outcomes.get(outcome).increment();
    }
}
