package dev.vitrine.account.web;

import dev.vitrine.shared.metrics.Metrics;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

/** Signing in's metrics (docs/metrics.md): attempts at the back office's sign-in form, by outcome. */
@ApplicationScoped
public class SignInMetrics {

    /** What became of an attempt. */
    enum Outcome {
        SUCCESS,
        /** A wrong name or password (checked). */
        FAILURE,
        /** Not checked: too many failures from the address ({@code LoginThrottle}). */
        REFUSED,
        /** Not checked: the account is under attack and this address must pause first. */
        SLOWED
    }

    private final Map<Outcome, Counter> outcomes = new EnumMap<>(Outcome.class);

    public SignInMetrics() {
        this(Metrics.registry());
    }

    SignInMetrics(MeterRegistry registry) {
        for (Outcome outcome : Outcome.values()) {
            outcomes.put(
                    outcome,
                    Counter.builder("vitrine.sign.ins")
                            .description("Attempts to sign in to the back office, by outcome")
                            .tag("outcome", outcome.name().toLowerCase(Locale.ROOT))
                            .register(registry));
        }
    }

    /** Registers the meters when the application starts, not at the first attempt. */
    void atStart(@Observes @Initialized(ApplicationScoped.class) Object started) {
        // Observing is enough: it creates this bean.
    }

    void count(Outcome outcome) {
        outcomes.get(outcome).increment();
    }
}
