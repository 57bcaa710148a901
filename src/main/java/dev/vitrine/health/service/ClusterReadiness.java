package dev.vitrine.health.service;

import dev.vitrine.cluster.service.Cluster;
import dev.vitrine.cluster.service.Grid;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * The instances this one shares the site with, for operators (MicroProfile Health, {@code /health/ready}):
 * how many there are and whether this one does the scheduled work. Always up: an instance alone serves
 * the site as well.
 */
@Readiness
@ApplicationScoped
public class ClusterReadiness implements HealthCheck {

    @Inject
    private Cluster cluster;

    @Override
    public HealthCheckResponse call() {
        Grid grid = cluster.grid();
        return HealthCheckResponse.named("cluster")
                .up()
                .withData("members", grid.members())
                .withData("leader", grid.isLeader())
                .build();
    }
}
