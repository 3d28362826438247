package io.lightningops.k8scheck.verify;

import io.fabric8.kubernetes.api.model.EndpointAddress;
import io.fabric8.kubernetes.api.model.EndpointSubset;
import io.fabric8.kubernetes.api.model.Endpoints;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServicePort;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.DeploymentCondition;
import io.fabric8.kubernetes.api.model.discovery.v1.EndpointSlice;
import io.fabric8.kubernetes.client.KubernetesClient;
import jakarta.enterprise.context.ApplicationScoped;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.BiConsumer;

/**
 * Answers "is the suite healthy in this namespace?" through the Kubernetes API: every Deployment of the
 * suite available, every Service in front of one with ready endpoints, the gateway answering its readiness
 * check. The command around it only parses options and prints.
 */
@ApplicationScoped
public class ClusterVerifier {

    public static final String PART_OF_LABEL = "app.kubernetes.io/part-of";
    public static final String PART_OF = "lightning-ops";
    public static final String NAME_LABEL = "app.kubernetes.io/name";
    public static final String GATEWAY = "gateway";
    public static final String READY_PATH = "/q/health/ready";

    private static final Duration POLL_INTERVAL = Duration.ofSeconds(2);
    private static final Duration HTTP_TIMEOUT = Duration.ofSeconds(5);

    private final KubernetesClient client;

    public ClusterVerifier(KubernetesClient client) {
        this.client = client;
    }

    /** The namespace of the current kube context, as the client resolved it. */
    public String currentNamespace() {
        return Optional.ofNullable(client.getNamespace()).orElse("default");
    }

    /** The API server of the current kube context. */
    public String apiServer() {
        return String.valueOf(client.getMasterUrl());
    }

    /**
     * Checks until everything is good or the timeout has passed (a rollout that is still converging gets that
     * long), and returns the last verdict. A zero timeout checks once.
     */
    public Verdict verify(String namespace, Optional<URI> gatewayUrl, Duration timeout) {
        return verify(namespace, gatewayUrl, timeout, (verdict, left) -> { });
    }

    /** As {@link #verify(String, Optional, Duration)}, telling {@code waiting} each verdict it will check again. */
    public Verdict verify(String namespace, Optional<URI> gatewayUrl, Duration timeout,
            BiConsumer<Verdict, Duration> waiting) {
        Instant deadline = Instant.now().plus(timeout);
        while (true) {
            Verdict verdict = checkOnce(namespace, gatewayUrl);
            if (verdict.ok() || !Instant.now().plus(POLL_INTERVAL).isBefore(deadline)) {
                return verdict;
            }
            waiting.accept(verdict, Duration.between(Instant.now(), deadline));
            try {
                Thread.sleep(POLL_INTERVAL.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return verdict;
            }
        }
    }

    Verdict checkOnce(String namespace, Optional<URI> gatewayUrl) {
        List<String> general = new ArrayList<>();
        List<Deployment> deployments = client.apps().deployments().inNamespace(namespace)
                .withLabel(PART_OF_LABEL, PART_OF).list().getItems();
        List<Service> services = client.services().inNamespace(namespace).list().getItems();
        if (deployments.isEmpty()) {
            general.add("no Deployment labelled " + PART_OF_LABEL + "=" + PART_OF + " in namespace " + namespace);
        }
        List<WorkloadStatus> workloads = new ArrayList<>();
        Service gatewayService = null;
        boolean gatewayFound = false;
        for (Deployment deployment : deployments) {
            List<Service> selecting = services.stream().filter(s -> selects(s, deployment)).toList();
            workloads.add(statusOf(namespace, deployment, selecting));
            if (GATEWAY.equals(labels(deployment).get(NAME_LABEL))) {
                gatewayFound = true;
                gatewayService = selecting.isEmpty() ? null : selecting.get(0);
            }
        }
        GatewayStatus gateway = null;
        if (gatewayUrl.isPresent()) {
            gateway = probe(gatewayUrl.get().toString().replaceAll("/+$", "") + READY_PATH, false);
        } else if (gatewayService != null) {
            gateway = probe(serviceProxyUrl(namespace, gatewayService), true);
        } else if (!deployments.isEmpty()) {
            general.add(gatewayFound ? "no Service selects the gateway's pods, so its health cannot be asked"
                    : "no Deployment labelled " + NAME_LABEL + "=" + GATEWAY);
        }
        return new Verdict(namespace, workloads, gateway, general);
    }

    private WorkloadStatus statusOf(String namespace, Deployment deployment, List<Service> selecting) {
        String name = deployment.getMetadata().getName();
        List<String> problems = new ArrayList<>();
        int desired = Optional.ofNullable(deployment.getSpec().getReplicas()).orElse(1);
        var status = deployment.getStatus();
        int available = status == null ? 0 : Optional.ofNullable(status.getAvailableReplicas()).orElse(0);
        Optional<DeploymentCondition> availableCondition = status == null || status.getConditions() == null
                ? Optional.empty()
                : status.getConditions().stream().filter(c -> "Available".equals(c.getType())).findFirst();
        if (desired == 0) {
            problems.add("scaled to 0 replicas");
        } else if (available < desired) {
            problems.add(available + "/" + desired + " replicas available");
        }
        if (availableCondition.isEmpty()) {
            problems.add("no Available condition reported yet");
        } else if (!"True".equals(availableCondition.get().getStatus())) {
            DeploymentCondition c = availableCondition.get();
            problems.add("Available=" + c.getStatus() + reasonOf(c.getReason(), c.getMessage()));
        }
        if (status != null && status.getConditions() != null) {
            status.getConditions().stream()
                    .filter(c -> "Progressing".equals(c.getType()) && "False".equals(c.getStatus()))
                    .forEach(c -> problems.add("rollout stuck" + reasonOf(c.getReason(), c.getMessage())));
        }
        int ready = 0;
        int notReady = 0;
        if (selecting.isEmpty()) {
            problems.add("no Service selects its pods");
        }
        for (Service service : selecting) {
            int[] counts = endpointCounts(namespace, service.getMetadata().getName());
            ready += counts[0];
            notReady += counts[1];
            if (counts[0] == 0) {
                problems.add("Service " + service.getMetadata().getName() + " has no ready endpoints"
                        + (counts[1] > 0 ? " (" + counts[1] + " not ready)" : ""));
            }
        }
        return new WorkloadStatus(name, desired, available,
                selecting.stream().map(s -> s.getMetadata().getName()).toList(), ready, notReady, problems);
    }

    /** {ready, not ready} addresses: from the EndpointSlices of the Service, else from its Endpoints. */
    private int[] endpointCounts(String namespace, String service) {
        List<EndpointSlice> slices = client.discovery().v1().endpointSlices().inNamespace(namespace)
                .withLabel("kubernetes.io/service-name", service).list().getItems();
        int ready = 0;
        int notReady = 0;
        if (!slices.isEmpty()) {
            for (EndpointSlice slice : slices) {
                for (var endpoint : Objects.requireNonNullElse(slice.getEndpoints(),
                        List.<io.fabric8.kubernetes.api.model.discovery.v1.Endpoint>of())) {
                    // an absent "ready" means ready (EndpointConditions API doc)
                    boolean isReady = endpoint.getConditions() == null || endpoint.getConditions().getReady() == null
                            || endpoint.getConditions().getReady();
                    int addresses = endpoint.getAddresses() == null ? 1 : Math.max(1, endpoint.getAddresses().size());
                    if (isReady) {
                        ready += addresses;
                    } else {
                        notReady += addresses;
                    }
                }
            }
            return new int[] {ready, notReady};
        }
        Endpoints endpoints = client.endpoints().inNamespace(namespace).withName(service).get();
        if (endpoints != null && endpoints.getSubsets() != null) {
            for (EndpointSubset subset : endpoints.getSubsets()) {
                ready += sizeOf(subset.getAddresses());
                notReady += sizeOf(subset.getNotReadyAddresses());
            }
        }
        return new int[] {ready, notReady};
    }

    private String serviceProxyUrl(String namespace, Service service) {
        List<ServicePort> ports = Objects.requireNonNullElse(service.getSpec().getPorts(), List.of());
        String portRef = ports.isEmpty() ? ""
                : ":" + (ports.get(0).getName() != null && !ports.get(0).getName().isBlank() ? ports.get(0).getName()
                        : String.valueOf(ports.get(0).getPort()));
        String master = client.getMasterUrl().toString().replaceAll("/+$", "");
        return master + "/api/v1/namespaces/" + namespace + "/services/" + service.getMetadata().getName() + portRef
                + "/proxy" + READY_PATH;
    }

    /** GET url; through the Kubernetes client (its credentials) when the URL is the API server's proxy. */
    private GatewayStatus probe(String url, boolean throughApiServer) {
        try {
            int status;
            if (throughApiServer) {
                var http = client.getHttpClient();
                var request = http.newHttpRequestBuilder().uri(url).build();
                status = http.sendAsync(request, String.class)
                        .get(HTTP_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS).code();
            } else {
                HttpClient http = HttpClient.newBuilder().connectTimeout(HTTP_TIMEOUT).build();
                HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(HTTP_TIMEOUT).GET().build();
                status = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
            }
            return new GatewayStatus(url, status, status == 200 ? null : "answered " + status + ", not 200");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new GatewayStatus(url, 0, "interrupted");
        } catch (Exception e) {
            Throwable cause = e.getCause() != null ? e.getCause() : e;
            return new GatewayStatus(url, 0, "no answer (" + cause.getClass().getSimpleName()
                    + (cause.getMessage() != null ? ": " + cause.getMessage() : "") + ")");
        }
    }

    private static boolean selects(Service service, Deployment deployment) {
        Map<String, String> selector = service.getSpec() == null ? null : service.getSpec().getSelector();
        if (selector == null || selector.isEmpty()) {
            return false;
        }
        var template = deployment.getSpec().getTemplate().getMetadata();
        Map<String, String> podLabels = template == null || template.getLabels() == null ? Map.of() : template.getLabels();
        return podLabels.entrySet().containsAll(selector.entrySet());
    }

    private static Map<String, String> labels(Deployment deployment) {
        return Objects.requireNonNullElse(deployment.getMetadata().getLabels(), Map.of());
    }

    private static String reasonOf(String reason, String message) {
        if (reason == null && message == null) {
            return "";
        }
        return " (" + (reason == null ? "" : reason) + (reason != null && message != null ? ": " : "")
                + (message == null ? "" : message) + ")";
    }

    private static int sizeOf(List<EndpointAddress> addresses) {
        return addresses == null ? 0 : addresses.size();
    }
}
