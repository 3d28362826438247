package io.lightningops.k8scheck.verify;

import io.fabric8.kubernetes.client.KubernetesClient;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.kubernetes.client.KubernetesServer;
import io.quarkus.test.kubernetes.client.KubernetesTestServer;
import io.quarkus.test.kubernetes.client.WithKubernetesTestServer;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static java.util.stream.Collectors.toSet;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The verdict of {@link ClusterVerifier} on healthy and broken rollouts, written into the Quarkus
 * Kubernetes test server (CRUD mode) as a cluster would show them. Each test uses its own namespace.
 */
@QuarkusTest
@WithKubernetesTestServer(crud = true)
class ClusterVerifierTest {

    private static final List<String> APPS = List.of("content-service", "analytics-service", "campaign-service",
            "risk-service", "gateway");

    @KubernetesTestServer
    KubernetesServer server;

    @Inject
    KubernetesClient client;

    @Inject
    ClusterVerifier verifier;

    @Test
    void aCompleteRolloutWithAReadyGatewayIsOk() throws Exception {
        Rollouts cluster = new Rollouts(client, "healthy");
        APPS.forEach(app -> cluster.healthy(app, 2));
        try (FakeGateway gateway = new FakeGateway(200)) {
            Verdict verdict = verifier.verify("healthy", Optional.of(gateway.url()), Duration.ZERO);

            assertEquals(List.of(), verdict.problems());
            assertTrue(verdict.ok());
            assertEquals(Set.copyOf(APPS), verdict.workloads().stream().map(WorkloadStatus::name).collect(toSet()));
            verdict.workloads().forEach(w -> {
                assertEquals(2, w.available(), w.name());
                assertEquals(2, w.ready(), w.name());
            });
            assertEquals(200, verdict.gateway().status());
            assertTrue(verdict.report().contains("OK: every Deployment is available"), verdict.report());
        }
    }

    @Test
    void aDeploymentShortOfAvailableReplicasFails() throws Exception {
        Rollouts cluster = new Rollouts(client, "short");
        cluster.healthy("gateway", 1)
                .deployment("risk-service", 2, 1).service("risk-service").endpoints("risk-service", 1, 1);
        Verdict verdict = verifyOnceWithReadyGateway("short");

        assertFalse(verdict.ok());
        assertEquals(List.of(
                "risk-service: 1/2 replicas available",
                "risk-service: Available=False (MinimumReplicasUnavailable: Deployment does not have minimum "
                        + "availability.)"), verdict.problems());
    }

    @Test
    void aServiceWithoutReadyEndpointsFails() throws Exception {
        Rollouts cluster = new Rollouts(client, "no-endpoints");
        cluster.healthy("gateway", 1)
                .deployment("content-service", 1, 1).service("content-service").endpoints("content-service", 0, 1);
        Verdict verdict = verifyOnceWithReadyGateway("no-endpoints");

        assertEquals(List.of("content-service: Service content-service has no ready endpoints (1 not ready)"),
                verdict.problems());
    }

    @Test
    void endpointSlicesCountWhereTheClusterHasThem() throws Exception {
        Rollouts cluster = new Rollouts(client, "slices");
        cluster.healthy("gateway", 1)
                .deployment("content-service", 2, 2).service("content-service").endpointSlice("content-service", 0, 2)
                .deployment("risk-service", 2, 2).service("risk-service").endpointSlice("risk-service", 2, 0);

        Verdict verdict = verifyOnceWithReadyGateway("slices");

        assertEquals(List.of("content-service: Service content-service has no ready endpoints (2 not ready)"),
                verdict.problems());
        assertEquals(2, verdict.workloads().stream().filter(w -> w.name().equals("risk-service")).findFirst()
                .orElseThrow().ready());
    }

    @Test
    void aDeploymentNoServiceSelectsFails() throws Exception {
        Rollouts cluster = new Rollouts(client, "no-service");
        cluster.healthy("gateway", 1).deployment("campaign-service", 1, 1);
        Verdict verdict = verifyOnceWithReadyGateway("no-service");

        assertEquals(List.of("campaign-service: no Service selects its pods"), verdict.problems());
    }

    @Test
    void aGatewayThatIsNotReadyFails() throws Exception {
        Rollouts cluster = new Rollouts(client, "gateway-down");
        APPS.forEach(app -> cluster.healthy(app, 1));
        try (FakeGateway gateway = new FakeGateway(503)) {
            Verdict verdict = verifier.verify("gateway-down", Optional.of(gateway.url()), Duration.ZERO);

            assertEquals(List.of("gateway health: answered 503, not 200"), verdict.problems());
            assertEquals(gateway.url() + "/q/health/ready", verdict.gateway().url());
        }
    }

    @Test
    void withoutAGatewayUrlTheGatewayIsAskedThroughTheApiServersServiceProxy() {
        Rollouts cluster = new Rollouts(client, "proxied");
        APPS.forEach(app -> cluster.healthy(app, 1));
        server.expect().get().withPath("/api/v1/namespaces/proxied/services/gateway:http/proxy/q/health/ready")
                .andReturn(200, "{\"status\":\"UP\"}").once();

        Verdict verdict = verifier.verify("proxied", Optional.empty(), Duration.ZERO);

        assertEquals(List.of(), verdict.problems());
        assertTrue(verdict.gateway().url().endsWith(
                "/api/v1/namespaces/proxied/services/gateway:http/proxy/q/health/ready"), verdict.gateway().url());
    }

    @Test
    void anEmptyNamespaceFails() {
        Verdict verdict = verifier.verify("nothing-here", Optional.empty(), Duration.ZERO);

        assertEquals(List.of("no Deployment labelled app.kubernetes.io/part-of=lightning-ops in namespace nothing-here"), verdict.problems());
    }

    @Test
    void aRolloutThatCompletesWithinTheTimeoutPasses() throws Exception {
        Rollouts cluster = new Rollouts(client, "converging");
        cluster.healthy("gateway", 1).deployment("content-service", 1, 0).service("content-service")
                .endpoints("content-service", 1, 0);
        Thread rollout = new Thread(() -> {
            sleep(Duration.ofSeconds(1));
            client.apps().deployments().inNamespace("converging").withName("content-service").delete();
            sleep(Duration.ofMillis(300));
            new Rollouts(client, "converging").deployment("content-service", 1, 1);
        });
        try (FakeGateway gateway = new FakeGateway(200)) {
            rollout.start();
            Verdict verdict = verifier.verify("converging", Optional.of(gateway.url()), Duration.ofSeconds(20));
            rollout.join();

            assertEquals(List.of(), verdict.problems());
        }
    }

    private Verdict verifyOnceWithReadyGateway(String namespace) throws IOException {
        try (FakeGateway gateway = new FakeGateway(200)) {
            return verifier.verify(namespace, Optional.of(gateway.url()), Duration.ZERO);
        }
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
