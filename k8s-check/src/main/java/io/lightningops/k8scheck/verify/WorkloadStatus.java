package io.lightningops.k8scheck.verify;

import java.util.List;

/**
 * What {@link ClusterVerifier} found for one Deployment of the suite.
 *
 * @param name       the Deployment
 * @param desired    replicas it asks for
 * @param available  replicas available
 * @param services   the Services that select its pods
 * @param ready      ready endpoint addresses over those Services
 * @param notReady   endpoint addresses that exist but are not ready
 * @param problems   what is wrong, one sentence each; empty when healthy
 */
public record WorkloadStatus(String name, int desired, int available, List<String> services, int ready,
        int notReady, List<String> problems) {

    public boolean ok() {
        return problems.isEmpty();
    }
}
