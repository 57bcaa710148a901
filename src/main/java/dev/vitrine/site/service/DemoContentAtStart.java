package dev.vitrine.site.service;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

/**
 * Fills an empty database at start ({@link DemoContent}), outside a transaction of its own: the demo content's
 * transaction commits in DemoContent's business method. Committed in a start-up bean's {@code @PostConstruct}
 * instead, the commit's observers (search index, page frame, change relay) ran while Payara Server was still
 * making that bean, and the beans they made then had no injections (issue 21: every page a 500 after the first
 * deployment on an empty database, until a restart).
 */
@Singleton
@Startup
@DependsOn("SchemaMigrations")
public class DemoContentAtStart {

    @Inject
    private DemoContent demoContent;

    // On the method: a singleton's @PostConstruct takes its transaction attribute from there, not from the class.
    @PostConstruct
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void start() {
        demoContent.loadIfEmpty();
    }
}
