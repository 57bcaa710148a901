package dev.vitrine.moving.web;

import dev.vitrine.moving.entity.OldAddress;
import dev.vitrine.moving.service.OldAddressService;
import dev.vitrine.moving.service.OldAddressService.Target;
import dev.vitrine.shared.ContentChange;
import dev.vitrine.shared.web.PublicRoutes;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.Optional;

/**
 * The old addresses for {@link PublicRoutes}, kept in memory (an import writes them, staff's changes reload them:
 * their number is what the imports brought, whatever visitors ask for); where each leads is read when it is asked.
 */
@ApplicationScoped
public class OldAddressRedirects implements PublicRoutes.OldAddresses {

    @Inject
    private OldAddressService service;

    private Map<String, Target> addresses;

    /** Counts the changes, so that addresses read while one came are not kept. */
    private long changes;

    @Override
    public Optional<String> newAddress(String pathAndQuery) {
        Map<String, Target> known = known();
        if (known == null) {
            long seen = changes();
            known = service.all();
            keep(known, seen);
        }
        if (known.isEmpty()) {
            return Optional.empty();
        }
        Target target = known.get(OldAddress.normalize(pathAndQuery));
        return target == null ? Optional.empty() : service.pathOf(target);
    }

    /** Reads them again after an import (which changes everything). */
    void changed(@Observes(during = TransactionPhase.AFTER_SUCCESS) ContentChange change) {
        if (change.isEverything()) {
            forget();
        }
    }

    private synchronized Map<String, Target> known() {
        return addresses;
    }

    private synchronized long changes() {
        return changes;
    }

    private synchronized void keep(Map<String, Target> read, long seen) {
        if (changes == seen) {
            addresses = read;
        }
    }

    private synchronized void forget() {
        changes++;
        addresses = null;
    }
}
