package io.lightningops.k8scheck.verify;

import io.fabric8.kubernetes.api.model.EndpointAddressBuilder;
import io.fabric8.kubernetes.api.model.Endpoints;
import io.fabric8.kubernetes.api.model.EndpointsBuilder;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServiceBuilder;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.DeploymentBuilder;
import io.fabric8.kubernetes.api.model.discovery.v1.EndpointSliceBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;

import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/** Writes the objects a real cluster would show for a rollout of one app into the test API server. */
public final class Rollouts {

    private final KubernetesClient client;
    private final String namespace;

    public Rollouts(KubernetesClient client, String namespace) {
        this.client = client;
        this.namespace = namespace;
    }

    /** A Deployment whose status says {@code available} of {@code replicas} pods are available. */
    public Rollouts deployment(String app, int replicas, int available) {
        boolean isAvailable = available >= replicas;
        Deployment deployment = new DeploymentBuilder()
                .withNewMetadata().withName(app).withNamespace(namespace).withLabels(labels(app)).endMetadata()
                .withNewSpec().withReplicas(replicas)
                .withNewSelector().withMatchLabels(Map.of(ClusterVerifier.NAME_LABEL, app)).endSelector()
                .withNewTemplate().withNewMetadata().withLabels(labels(app)).endMetadata()
                .withNewSpec().addNewContainer().withName(app).withImage("lightning-ops/" + app).endContainer()
                .endSpec().endTemplate().endSpec()
                .withNewStatus().withReplicas(replicas).withUpdatedReplicas(replicas).withAvailableReplicas(available)
                .withReadyReplicas(available)
                .addNewCondition().withType("Available").withStatus(isAvailable ? "True" : "False")
                .withReason(isAvailable ? "MinimumReplicasAvailable" : "MinimumReplicasUnavailable")
                .withMessage(isAvailable ? "Deployment has minimum availability."
                        : "Deployment does not have minimum availability.")
                .endCondition()
                .endStatus()
                .build();
        client.apps().deployments().inNamespace(namespace).resource(deployment).create();
        return this;
    }

    /** The Service in front of the app, port named "http". */
    public Rollouts service(String app) {
        Service service = new ServiceBuilder()
                .withNewMetadata().withName(app).withNamespace(namespace).withLabels(labels(app)).endMetadata()
                .withNewSpec().withSelector(Map.of(ClusterVerifier.NAME_LABEL, app))
                .addNewPort().withName("http").withPort(80).withNewTargetPort("http").endPort()
                .endSpec()
                .build();
        client.services().inNamespace(namespace).resource(service).create();
        return this;
    }

    /** The Service's Endpoints as the endpoints controller writes them: ready and not-ready pod addresses. */
    public Rollouts endpoints(String app, int ready, int notReady) {
        Endpoints endpoints = new EndpointsBuilder()
                .withNewMetadata().withName(app).withNamespace(namespace).endMetadata()
                .addNewSubset()
                .withAddresses(addresses(0, ready))
                .withNotReadyAddresses(addresses(ready, notReady))
                .addNewPort().withName("http").withPort(8080).endPort()
                .endSubset()
                .build();
        client.endpoints().inNamespace(namespace).resource(endpoints).create();
        return this;
    }

    /** The Service's EndpointSlice as the EndpointSlice controller writes it (what current clusters use). */
    public Rollouts endpointSlice(String app, int ready, int notReady) {
        EndpointSliceBuilder slice = new EndpointSliceBuilder()
                .withNewMetadata().withName(app + "-abcde").withNamespace(namespace)
                .withLabels(Map.of("kubernetes.io/service-name", app)).endMetadata()
                .withAddressType("IPv4")
                .addNewPort().withName("http").withPort(8080).endPort();
        for (int i = 0; i < ready + notReady; i++) {
            slice.addNewEndpoint().withAddresses("10.0.1." + (i + 10))
                    .withNewConditions().withReady(i < ready).endConditions().endEndpoint();
        }
        client.discovery().v1().endpointSlices().inNamespace(namespace).resource(slice.build()).create();
        return this;
    }

    /** Deployment, Service and Endpoints of an app whose rollout is complete. */
    public Rollouts healthy(String app, int replicas) {
        return deployment(app, replicas, replicas).service(app).endpoints(app, replicas, 0);
    }

    private static List<io.fabric8.kubernetes.api.model.EndpointAddress> addresses(int from, int count) {
        return IntStream.range(from, from + count)
                .mapToObj(i -> new EndpointAddressBuilder().withIp("10.0.0." + (i + 10)).build())
                .toList();
    }

    private static Map<String, String> labels(String app) {
        return Map.of(ClusterVerifier.NAME_LABEL, app, ClusterVerifier.PART_OF_LABEL, ClusterVerifier.PART_OF);
    }
}
