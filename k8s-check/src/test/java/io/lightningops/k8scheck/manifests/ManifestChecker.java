package io.lightningops.k8scheck.manifests;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.ContainerPort;
import io.fabric8.kubernetes.api.model.EnvFromSource;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.LabelSelector;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.PodTemplateSpec;
import io.fabric8.kubernetes.api.model.Probe;
import io.fabric8.kubernetes.api.model.ResourceRequirements;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.SecurityContext;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServiceAccount;
import io.fabric8.kubernetes.api.model.ServicePort;
import io.fabric8.kubernetes.api.model.Volume;
import io.fabric8.kubernetes.api.model.VolumeProjection;
import io.fabric8.kubernetes.api.model.apps.DaemonSet;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.batch.v1.CronJob;
import io.fabric8.kubernetes.api.model.batch.v1.Job;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.networking.v1.IngressBackend;
import io.fabric8.kubernetes.api.model.networking.v1.IngressServiceBackend;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import io.lightningops.k8scheck.manifests.Problem.Check;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Checks a rendered overlay, loaded into fabric8's typed objects, for what the Kubernetes schemas cannot
 * see: unknown fields, selectors that miss, ports and probes that are not what the apps serve, references
 * to ConfigMaps and Secrets nobody provides, environment variables the apps do not read, anything but the
 * gateway exposed, pods without the hardening, and secret values where none may be. It reports every
 * problem instead of stopping at the first, so a test that breaks one thing on purpose can assert that
 * exactly that one is found.
 */
public final class ManifestChecker {

    static final String NAME_LABEL = "app.kubernetes.io/name";
    static final String GATEWAY = "gateway";
    /** The Quarkus SmallRye Health endpoints, by probe. */
    static final Map<String, String> HEALTH_PATHS = Map.of(
            "livenessProbe", "/q/health/live", "readinessProbe", "/q/health/ready", "startupProbe", "/q/health/started");
    private static final Pattern SECRET_LIKE = Pattern.compile("(?i).*(PASSWORD|SECRET|TOKEN|PRIVATE_KEY|CREDENTIAL).*");

    /**
     * What the checker compares the render with.
     *
     * @param apps               the app configuration of a module name, empty when the name is not a suite app
     * @param adminSecrets       the Secrets (name to keys) the admin creates, listed in admin-secrets.txt
     * @param forbidSecretValues whether a Secret with data is a problem (every overlay but dev)
     * @param waivers            hardening rules a workload of this overlay may miss, as "Kind/name rule"
     */
    public record Context(Function<String, Optional<AppConfig>> apps, Map<String, Set<String>> adminSecrets,
            boolean forbidSecretValues, Set<String> waivers) {

        /**
         * The documented exceptions to the hardening, per overlay. Each names its reason; keep it short.
         * dev: Keycloak's start-dev rebuilds the server into /opt/keycloak/lib when it starts, so its root
         * filesystem stays writable (k8s/components/keycloak/keycloak.yaml); prod runs no Keycloak.
         */
        static final Map<String, Set<String>> WAIVERS = Map.of(
                "dev", Set.of("Deployment/keycloak readOnlyRootFilesystem"));

        /** The context of an overlay of this repository. */
        public static Context forOverlay(String overlay) {
            Path repo = Overlays.repo();
            Map<String, Optional<AppConfig>> cache = new ConcurrentHashMap<>();
            return new Context(name -> cache.computeIfAbsent(name, n -> AppConfig.load(repo, n)),
                    Overlays.adminSecrets(overlay), !"dev".equals(overlay), WAIVERS.getOrDefault(overlay, Set.of()));
        }
    }

    /** A pod-making object: what it is, its pod template, and whether its pods serve (have probes, Services). */
    private record Workload(HasMetadata owner, LabelSelector selector, PodTemplateSpec template, boolean serving) {

        String id() {
            return idOf(owner);
        }

        PodSpec pod() {
            return template.getSpec();
        }

        Map<String, String> podLabels() {
            return template.getMetadata() == null ? Map.of() : orEmpty(template.getMetadata().getLabels());
        }

        String app() {
            return orEmpty(owner.getMetadata().getLabels()).get(NAME_LABEL);
        }

        List<Container> allContainers() {
            return Stream.concat(orEmpty(pod().getInitContainers()).stream(), orEmpty(pod().getContainers()).stream())
                    .toList();
        }
    }

    private final Context context;

    public ManifestChecker(Context context) {
        this.context = context;
    }

    public List<Problem> check(List<HasMetadata> objects) {
        Index index = new Index(objects);
        List<Problem> problems = new ArrayList<>();
        unknownFields(objects, problems);
        selectors(index, problems);
        portsAndProbes(index, problems);
        references(index, problems);
        environment(index, problems);
        exposure(index, problems);
        hardening(index, problems);
        secretValues(index, problems);
        return problems;
    }

    // --- (a) unknown fields ------------------------------------------------------------------------------------

    private void unknownFields(List<HasMetadata> objects, List<Problem> problems) {
        for (HasMetadata object : objects) {
            if (object instanceof GenericKubernetesResource) {
                problems.add(new Problem(Check.UNKNOWN_FIELD, idOf(object), "apiVersion " + object.getApiVersion()
                        + " kind " + object.getKind() + " is not a type the Kubernetes client knows"));
                continue;
            }
            List<String> found = new ArrayList<>();
            walk(object, "", found);
            found.forEach(f -> problems.add(new Problem(Check.UNKNOWN_FIELD, idOf(object), "unknown field " + f)));
        }
    }

    /** Every fabric8 model object, recursively: the fields Jackson could not bind land in additionalProperties. */
    private static void walk(Object node, String path, List<String> found) {
        if (node instanceof Map<?, ?> map) {
            map.forEach((k, v) -> walk(v, path + "." + k, found));
            return;
        }
        if (node instanceof Collection<?> items) {
            int i = 0;
            for (Object item : items) {
                walk(item, path + "[" + i++ + "]", found);
            }
            return;
        }
        if (node == null || !node.getClass().getName().startsWith("io.fabric8.kubernetes.api.model.")) {
            return;
        }
        List<Method> getters = Stream.of(node.getClass().getMethods())
                .filter(m -> m.getParameterCount() == 0 && !Modifier.isStatic(m.getModifiers()))
                .filter(m -> m.getName().startsWith("get") && m.getName().length() > 3
                        && !m.getName().equals("getClass"))
                .sorted(Comparator.comparing(Method::getName))
                .toList();
        for (Method getter : getters) {
            Object value;
            try {
                value = getter.invoke(node);
            } catch (IllegalAccessException | InvocationTargetException e) {
                continue; // a computed getter (e.g. Quantity's numerical amount) that does not apply
            }
            if (getter.getName().equals("getAdditionalProperties")) {
                if (value instanceof Map<?, ?> extra && !extra.isEmpty()) {
                    new TreeSet<>(extra.keySet().stream().map(String::valueOf).toList())
                            .forEach(k -> found.add(path.isEmpty() ? k : path.substring(1) + "." + k));
                }
                continue;
            }
            String property = Character.toLowerCase(getter.getName().charAt(3)) + getter.getName().substring(4);
            walk(value, path + "." + property, found);
        }
    }

    // --- (b) selectors -----------------------------------------------------------------------------------------

    private void selectors(Index index, List<Problem> problems) {
        for (Workload w : index.workloads) {
            Map<String, String> own = w.selector() == null ? Map.of() : orEmpty(w.selector().getMatchLabels());
            if (!w.podLabels().entrySet().containsAll(own.entrySet())) {
                problems.add(new Problem(Check.SELECTOR, w.id(),
                        "its selector " + own + " does not match its own pod labels " + w.podLabels()));
            }
        }
        for (Service service : index.services) {
            if ("ExternalName".equals(service.getSpec().getType())) {
                continue;
            }
            Map<String, String> selector = orEmpty(service.getSpec().getSelector());
            if (selector.isEmpty()) {
                problems.add(new Problem(Check.SELECTOR, idOf(service), "has no selector"));
                continue;
            }
            expectOneWorkload(index, idOf(service), selector, problems);
        }
        for (PodDisruptionBudget pdb : index.all(PodDisruptionBudget.class)) {
            LabelSelector selector = pdb.getSpec().getSelector();
            expectOneWorkload(index, idOf(pdb), selector == null ? Map.of() : orEmpty(selector.getMatchLabels()),
                    problems);
        }
        for (HorizontalPodAutoscaler hpa : index.all(HorizontalPodAutoscaler.class)) {
            var target = hpa.getSpec().getScaleTargetRef();
            if (index.byKindAndName(target.getKind(), target.getName()).isEmpty()) {
                problems.add(new Problem(Check.SELECTOR, idOf(hpa),
                        "scales " + target.getKind() + "/" + target.getName() + ", which the render does not hold"));
            }
        }
        // NetworkPolicies are not held to this: the shared component keeps the PostgreSQL and Keycloak policies
        // in prod, where both run outside the cluster and the policies select nothing, harmlessly.
    }

    private void expectOneWorkload(Index index, String id, Map<String, String> selector, List<Problem> problems) {
        if (selector.isEmpty()) {
            problems.add(new Problem(Check.SELECTOR, id, "has an empty selector"));
            return;
        }
        List<String> selected = index.serving().filter(w -> matches(selector, w)).map(Workload::id).toList();
        if (selected.size() != 1) {
            problems.add(new Problem(Check.SELECTOR, id, "its selector " + selector + " matches the pods of "
                    + (selected.isEmpty() ? "no workload" : selected.size() + " workloads " + selected)
                    + ", not exactly one"));
        }
    }

    private static boolean matches(Map<String, String> selector, Workload w) {
        return w.podLabels().entrySet().containsAll(selector.entrySet());
    }

    // --- (c) ports and probes ----------------------------------------------------------------------------------

    private void portsAndProbes(Index index, List<Problem> problems) {
        for (Workload w : index.serving().toList()) {
            for (Container c : orEmpty(w.pod().getContainers())) {
                Optional<AppConfig> app = appOf(w, c);
                String where = w.id() + " container " + c.getName();
                if (app.isPresent()) {
                    int port = app.get().httpPort();
                    if (orEmpty(c.getPorts()).stream().noneMatch(p -> p.getContainerPort() == port)) {
                        problems.add(new Problem(Check.PORT, where, "declares container ports "
                                + orEmpty(c.getPorts()).stream().map(ContainerPort::getContainerPort).toList()
                                + ", but " + app.get().name() + " serves " + port + " (quarkus.http.port)"));
                    }
                }
                probe(where, c, "livenessProbe", c.getLivenessProbe(), app, problems);
                probe(where, c, "readinessProbe", c.getReadinessProbe(), app, problems);
                probe(where, c, "startupProbe", c.getStartupProbe(), app, problems);
            }
        }
        for (Service service : index.services) {
            List<Workload> selected = index.serving()
                    .filter(w -> !orEmpty(service.getSpec().getSelector()).isEmpty()
                            && matches(service.getSpec().getSelector(), w))
                    .toList();
            if (selected.size() != 1) {
                continue; // reported as a selector problem
            }
            Workload w = selected.get(0);
            for (ServicePort sp : orEmpty(service.getSpec().getPorts())) {
                IntOrString target = sp.getTargetPort() != null ? sp.getTargetPort() : new IntOrString(sp.getPort());
                Optional<Integer> resolved = orEmpty(w.pod().getContainers()).stream()
                        .map(c -> resolve(c, target)).flatMap(Optional::stream).findFirst();
                if (resolved.isEmpty()) {
                    problems.add(new Problem(Check.PORT, idOf(service), "port " + portName(sp) + " targets "
                            + show(target) + ", which no container of " + w.id() + " declares"));
                    continue;
                }
                Optional<AppConfig> app = Optional.ofNullable(w.app()).flatMap(context.apps());
                if (app.isPresent() && resolved.get() != app.get().httpPort()) {
                    problems.add(new Problem(Check.PORT, idOf(service), "port " + portName(sp) + " reaches container port "
                            + resolved.get() + ", but " + app.get().name() + " serves " + app.get().httpPort()));
                }
            }
        }
        for (Ingress ingress : index.all(Ingress.class)) {
            for (IngressServiceBackend backend : backends(ingress)) {
                Optional<Service> service = index.services.stream()
                        .filter(s -> s.getMetadata().getName().equals(backend.getName())).findFirst();
                if (service.isEmpty()) {
                    problems.add(new Problem(Check.PORT, idOf(ingress),
                            "routes to Service " + backend.getName() + ", which the render does not hold"));
                    continue;
                }
                var port = backend.getPort();
                boolean known = port != null && orEmpty(service.get().getSpec().getPorts()).stream()
                        .anyMatch(sp -> Objects.equals(sp.getName(), port.getName()) && port.getName() != null
                                || Objects.equals(sp.getPort(), port.getNumber()) && port.getNumber() != null);
                if (!known) {
                    problems.add(new Problem(Check.PORT, idOf(ingress), "routes to port "
                            + (port == null ? "(none)" : Objects.requireNonNullElse(port.getName(), port.getNumber()))
                            + " of Service " + backend.getName() + ", which it does not have"));
                }
            }
        }
    }

    private void probe(String where, Container c, String kind, Probe probe, Optional<AppConfig> app,
            List<Problem> problems) {
        if (probe == null) {
            // startup probes are for slow starters: required of the Quarkus apps, welcome elsewhere
            if (app.isPresent() || !kind.equals("startupProbe")) {
                problems.add(new Problem(Check.PROBE, where, "has no " + kind));
            }
            return;
        }
        if (app.isEmpty()) {
            IntOrString port = probe.getHttpGet() != null ? probe.getHttpGet().getPort()
                    : probe.getTcpSocket() != null ? probe.getTcpSocket().getPort() : null;
            if (port != null && resolve(c, port).isEmpty()) {
                problems.add(new Problem(Check.PROBE, where, kind + " port " + show(port)
                        + " is not a port of the container"));
            }
            return;
        }
        String expected = HEALTH_PATHS.get(kind);
        if (probe.getHttpGet() == null) {
            problems.add(new Problem(Check.PROBE, where, kind + " is not an HTTP GET of " + expected));
            return;
        }
        if (!expected.equals(probe.getHttpGet().getPath())) {
            problems.add(new Problem(Check.PROBE, where, kind + " asks " + probe.getHttpGet().getPath()
                    + ", Quarkus answers it on " + expected));
        }
        Optional<Integer> port = resolve(c, probe.getHttpGet().getPort());
        if (port.isEmpty() || port.get() != app.get().httpPort()) {
            problems.add(new Problem(Check.PROBE, where, kind + " port " + show(probe.getHttpGet().getPort())
                    + (port.isEmpty() ? " is not a port of the container" : " is " + port.get())
                    + ", " + app.get().name() + " serves " + app.get().httpPort()));
        }
    }

    /** A port by number or by the name of one of the container's ports. */
    private static Optional<Integer> resolve(Container c, IntOrString port) {
        if (port == null) {
            return Optional.empty();
        }
        return orEmpty(c.getPorts()).stream()
                .filter(p -> port.getIntVal() != null ? p.getContainerPort().equals(port.getIntVal())
                        : Objects.equals(p.getName(), port.getStrVal()))
                .map(ContainerPort::getContainerPort).findFirst();
    }

    // --- (d) references ----------------------------------------------------------------------------------------

    private void references(Index index, List<Problem> problems) {
        Set<String> used = new TreeSet<>();
        for (Workload w : index.workloads) {
            String account = w.pod().getServiceAccountName();
            if (account != null && !account.equals("default") && !index.names(ServiceAccount.class).contains(account)) {
                problems.add(new Problem(Check.REFERENCE, w.id(), "runs as ServiceAccount " + account
                        + ", which the render does not hold"));
            }
            for (Container c : w.allContainers()) {
                String where = w.id() + " container " + c.getName();
                for (EnvFromSource from : orEmpty(c.getEnvFrom())) {
                    if (from.getConfigMapRef() != null && !Boolean.TRUE.equals(from.getConfigMapRef().getOptional())) {
                        configMapKey(index, where, from.getConfigMapRef().getName(), null, problems);
                    }
                    if (from.getSecretRef() != null && !Boolean.TRUE.equals(from.getSecretRef().getOptional())) {
                        secretKey(index, where, from.getSecretRef().getName(), null, used, problems);
                    }
                }
                for (EnvVar env : orEmpty(c.getEnv())) {
                    var source = env.getValueFrom();
                    if (source == null) {
                        continue;
                    }
                    var cm = source.getConfigMapKeyRef();
                    if (cm != null && !Boolean.TRUE.equals(cm.getOptional())) {
                        configMapKey(index, where + " env " + env.getName(), cm.getName(), cm.getKey(), problems);
                    }
                    var secret = source.getSecretKeyRef();
                    if (secret != null && !Boolean.TRUE.equals(secret.getOptional())) {
                        secretKey(index, where + " env " + env.getName(), secret.getName(), secret.getKey(), used,
                                problems);
                    }
                }
            }
            for (Volume volume : orEmpty(w.pod().getVolumes())) {
                String where = w.id() + " volume " + volume.getName();
                if (volume.getConfigMap() != null && !Boolean.TRUE.equals(volume.getConfigMap().getOptional())) {
                    configMapKey(index, where, volume.getConfigMap().getName(), null, problems);
                }
                if (volume.getSecret() != null && !Boolean.TRUE.equals(volume.getSecret().getOptional())) {
                    secretKey(index, where, volume.getSecret().getSecretName(), null, used, problems);
                }
                if (volume.getProjected() != null) {
                    for (VolumeProjection source : orEmpty(volume.getProjected().getSources())) {
                        if (source.getConfigMap() != null && !Boolean.TRUE.equals(source.getConfigMap().getOptional())) {
                            configMapKey(index, where, source.getConfigMap().getName(), null, problems);
                        }
                        if (source.getSecret() != null && !Boolean.TRUE.equals(source.getSecret().getOptional())) {
                            secretKey(index, where, source.getSecret().getName(), null, used, problems);
                        }
                    }
                }
            }
        }
        for (Ingress ingress : index.all(Ingress.class)) {
            for (var tls : orEmpty(ingress.getSpec().getTls())) {
                if (tls.getSecretName() != null) {
                    secretKey(index, idOf(ingress) + " tls", tls.getSecretName(), null, used, problems);
                }
            }
        }
        for (var entry : context.adminSecrets().entrySet()) {
            if (!used.contains(entry.getKey())) {
                problems.add(new Problem(Check.REFERENCE, "admin-secrets.txt", "lists Secret " + entry.getKey()
                        + ", which nothing in the render uses"));
            }
        }
    }

    private void configMapKey(Index index, String where, String name, String key, List<Problem> problems) {
        Optional<ConfigMap> cm = index.named(ConfigMap.class, name);
        if (cm.isEmpty()) {
            problems.add(new Problem(Check.REFERENCE, where, "needs ConfigMap " + name + ", which the render does not hold"));
        } else if (key != null && !keysOf(cm.get()).contains(key)) {
            problems.add(new Problem(Check.REFERENCE, where, "needs key " + key + " of ConfigMap " + name
                    + ", which has only " + keysOf(cm.get())));
        }
    }

    private void secretKey(Index index, String where, String name, String key, Set<String> used,
            List<Problem> problems) {
        used.add(name);
        Optional<Secret> secret = index.named(Secret.class, name);
        Set<String> admin = context.adminSecrets().get(name);
        if (secret.isPresent()) {
            if (key != null && !keysOf(secret.get()).contains(key)) {
                problems.add(new Problem(Check.REFERENCE, where, "needs key " + key + " of Secret " + name
                        + ", which has only " + keysOf(secret.get())));
            }
        } else if (admin == null) {
            problems.add(new Problem(Check.REFERENCE, where, "needs Secret " + name
                    + ", which is neither rendered nor listed in the overlay's admin-secrets.txt"));
        } else if (key != null && !admin.contains(key)) {
            problems.add(new Problem(Check.REFERENCE, where, "needs key " + key + " of Secret " + name
                    + ", which admin-secrets.txt does not list (it lists " + admin + ")"));
        }
    }

    // --- (e) environment ---------------------------------------------------------------------------------------

    private void environment(Index index, List<Problem> problems) {
        for (Workload w : index.workloads) {
            for (Container c : orEmpty(w.pod().getContainers())) {
                Optional<AppConfig> app = appOf(w, c);
                if (app.isEmpty()) {
                    continue;
                }
                String where = w.id() + " container " + c.getName();
                Set<String> provided = new LinkedHashSet<>();
                boolean unknownSource = false; // a missing ConfigMap or Secret: a reference problem already
                orEmpty(c.getEnv()).forEach(e -> provided.add(e.getName()));
                for (EnvFromSource from : orEmpty(c.getEnvFrom())) {
                    String prefix = Objects.requireNonNullElse(from.getPrefix(), "");
                    Optional<Set<String>> keys = Optional.empty();
                    if (from.getConfigMapRef() != null) {
                        keys = index.named(ConfigMap.class, from.getConfigMapRef().getName()).map(ManifestChecker::keysOf);
                    } else if (from.getSecretRef() != null) {
                        String name = from.getSecretRef().getName();
                        keys = index.named(Secret.class, name).map(ManifestChecker::keysOf)
                                .or(() -> Optional.ofNullable(context.adminSecrets().get(name)));
                    }
                    keys.ifPresent(k -> k.forEach(key -> provided.add(prefix + key)));
                    unknownSource |= keys.isEmpty();
                }
                for (String env : provided) {
                    if (!app.get().reads(env)) {
                        problems.add(new Problem(Check.ENV, where, "gets " + env + ", which the configuration of "
                                + app.get().name() + " does not read"));
                    }
                }
                if (unknownSource) {
                    continue; // what the missing source would provide is unknown: "lacks" would only guess
                }
                for (String env : app.get().requiredEnv()) {
                    if (!provided.contains(env)) {
                        problems.add(new Problem(Check.ENV, where, "lacks " + env + ", which " + app.get().name()
                                + " needs (${" + env + "} without a default)"));
                    }
                }
                for (String env : app.get().localEnv()) {
                    if (!provided.contains(env)) {
                        problems.add(new Problem(Check.ENV, where, "lacks " + env + ": the default of "
                                + app.get().name() + " is a local address, in a pod the pod itself"));
                    }
                }
            }
        }
    }

    // --- (f) exposure ------------------------------------------------------------------------------------------

    private void exposure(Index index, List<Problem> problems) {
        Set<String> gatewayServices = new TreeSet<>();
        for (Service service : index.services) {
            Map<String, String> selector = orEmpty(service.getSpec().getSelector());
            boolean gateway = !selector.isEmpty() && index.serving()
                    .anyMatch(w -> GATEWAY.equals(w.app()) && matches(selector, w));
            if (gateway) {
                gatewayServices.add(service.getMetadata().getName());
            }
            String type = service.getSpec().getType();
            if (!gateway && ("LoadBalancer".equals(type) || "NodePort".equals(type))) {
                problems.add(new Problem(Check.EXPOSURE, idOf(service), "is of type " + type
                        + ": only the gateway may be reachable from outside the cluster"));
            }
        }
        for (Ingress ingress : index.all(Ingress.class)) {
            for (IngressServiceBackend backend : backends(ingress)) {
                if (!gatewayServices.contains(backend.getName())) {
                    problems.add(new Problem(Check.EXPOSURE, idOf(ingress), "routes to Service " + backend.getName()
                            + ": only the gateway may be reachable from outside the cluster"));
                }
            }
        }
        for (Workload w : index.workloads) {
            if (Boolean.TRUE.equals(w.pod().getHostNetwork())) {
                problems.add(new Problem(Check.EXPOSURE, w.id(), "uses the host's network"));
            }
            for (Container c : w.allContainers()) {
                orEmpty(c.getPorts()).stream().filter(p -> p.getHostPort() != null).forEach(p -> problems.add(
                        new Problem(Check.EXPOSURE, w.id() + " container " + c.getName(),
                                "binds host port " + p.getHostPort())));
            }
        }
    }

    // --- (g) hardening -----------------------------------------------------------------------------------------

    private void hardening(Index index, List<Problem> problems) {
        for (Workload w : index.workloads) {
            PodSpec pod = w.pod();
            boolean accountNoToken = index.named(ServiceAccount.class, pod.getServiceAccountName())
                    .map(sa -> Boolean.FALSE.equals(sa.getAutomountServiceAccountToken())).orElse(false);
            if (!Boolean.FALSE.equals(pod.getAutomountServiceAccountToken())
                    && !(pod.getAutomountServiceAccountToken() == null && accountNoToken)) {
                problems.add(new Problem(Check.HARDENING, w.id(), "mounts a service account token "
                        + "(automountServiceAccountToken is not false)"));
            }
            boolean podNonRoot = pod.getSecurityContext() != null
                    && Boolean.TRUE.equals(pod.getSecurityContext().getRunAsNonRoot());
            for (Container c : w.allContainers()) {
                String where = w.id() + " container " + c.getName();
                SecurityContext sc = Objects.requireNonNullElseGet(c.getSecurityContext(), SecurityContext::new);
                List<String> missing = new ArrayList<>();
                if (!(Boolean.TRUE.equals(sc.getRunAsNonRoot()) || podNonRoot && sc.getRunAsNonRoot() == null)) {
                    missing.add("runAsNonRoot");
                }
                if (!Boolean.TRUE.equals(sc.getReadOnlyRootFilesystem())) {
                    missing.add("readOnlyRootFilesystem");
                }
                if (!Boolean.FALSE.equals(sc.getAllowPrivilegeEscalation())) {
                    missing.add("allowPrivilegeEscalation: false");
                }
                if (Boolean.TRUE.equals(sc.getPrivileged())) {
                    missing.add("not privileged");
                }
                if (sc.getCapabilities() == null || !orEmpty(sc.getCapabilities().getDrop()).contains("ALL")) {
                    missing.add("capabilities.drop [ALL]");
                }
                ResourceRequirements resources = Objects.requireNonNullElseGet(c.getResources(),
                        ResourceRequirements::new);
                for (String resource : List.of("cpu", "memory")) {
                    if (!orEmpty(resources.getRequests()).containsKey(resource)) {
                        missing.add("requests." + resource);
                    }
                    if (!orEmpty(resources.getLimits()).containsKey(resource)) {
                        missing.add("limits." + resource);
                    }
                }
                missing.removeIf(rule -> context.waivers().contains(w.id() + " " + rule));
                if (!missing.isEmpty()) {
                    problems.add(new Problem(Check.HARDENING, where, "lacks " + String.join(", ", missing)));
                }
            }
        }
    }

    // --- (h) secret values -------------------------------------------------------------------------------------

    private void secretValues(Index index, List<Problem> problems) {
        if (context.forbidSecretValues()) {
            for (Secret secret : index.all(Secret.class)) {
                if (!keysOf(secret).isEmpty()) {
                    problems.add(new Problem(Check.SECRET_VALUE, idOf(secret), "holds values for " + keysOf(secret)
                            + ": this overlay commits no secret, the admin creates it (admin-secrets.txt)"));
                }
            }
        }
        for (Workload w : index.workloads) {
            for (Container c : w.allContainers()) {
                for (EnvVar env : orEmpty(c.getEnv())) {
                    if (env.getValue() != null && !env.getValue().isEmpty() && SECRET_LIKE.matcher(env.getName()).matches()) {
                        problems.add(new Problem(Check.SECRET_VALUE, w.id() + " container " + c.getName(),
                                "sets " + env.getName() + " to a literal value: secrets come from a Secret"));
                    }
                }
            }
        }
        for (ConfigMap cm : index.all(ConfigMap.class)) {
            keysOf(cm).stream().filter(k -> SECRET_LIKE.matcher(k).matches()).forEach(k -> problems.add(
                    new Problem(Check.SECRET_VALUE, idOf(cm), "holds " + k + ": secrets belong in a Secret")));
        }
    }

    // --- helpers -----------------------------------------------------------------------------------------------

    /** The app a container runs: the workload's app.kubernetes.io/name, when the container bears that name too. */
    private Optional<AppConfig> appOf(Workload w, Container c) {
        String app = w.app();
        if (app == null || !(app.equals(c.getName()) || orEmpty(w.pod().getContainers()).size() == 1)) {
            return Optional.empty();
        }
        return context.apps().apply(app);
    }

    private static List<IngressServiceBackend> backends(Ingress ingress) {
        List<IngressBackend> all = new ArrayList<>();
        if (ingress.getSpec().getDefaultBackend() != null) {
            all.add(ingress.getSpec().getDefaultBackend());
        }
        orEmpty(ingress.getSpec().getRules()).stream().filter(r -> r.getHttp() != null)
                .flatMap(r -> orEmpty(r.getHttp().getPaths()).stream()).forEach(p -> all.add(p.getBackend()));
        return all.stream().map(IngressBackend::getService).filter(Objects::nonNull).toList();
    }

    private static Set<String> keysOf(ConfigMap cm) {
        Set<String> keys = new TreeSet<>(orEmpty(cm.getData()).keySet());
        keys.addAll(orEmpty(cm.getBinaryData()).keySet());
        return keys;
    }

    private static Set<String> keysOf(Secret secret) {
        Set<String> keys = new TreeSet<>(orEmpty(secret.getData()).keySet());
        keys.addAll(orEmpty(secret.getStringData()).keySet());
        return keys;
    }

    static String idOf(HasMetadata object) {
        return object.getKind() + "/" + object.getMetadata().getName();
    }

    private static String portName(ServicePort sp) {
        return sp.getName() != null ? sp.getName() : String.valueOf(sp.getPort());
    }

    private static String show(IntOrString port) {
        return port.getIntVal() != null ? String.valueOf(port.getIntVal()) : "'" + port.getStrVal() + "'";
    }

    static <K, V> Map<K, V> orEmpty(Map<K, V> map) {
        return map == null ? Map.of() : map;
    }

    static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }

    /** The render, indexed once per check. */
    private static final class Index {
        final List<HasMetadata> objects;
        final List<Workload> workloads = new ArrayList<>();
        final List<Service> services;
        final Map<Class<?>, Map<String, HasMetadata>> byName = new HashMap<>();

        Index(List<HasMetadata> objects) {
            this.objects = objects;
            for (HasMetadata o : objects) {
                byName.computeIfAbsent(o.getClass(), k -> new HashMap<>()).put(o.getMetadata().getName(), o);
                if (o instanceof Deployment d) {
                    workloads.add(new Workload(d, d.getSpec().getSelector(), d.getSpec().getTemplate(), true));
                } else if (o instanceof StatefulSet s) {
                    workloads.add(new Workload(s, s.getSpec().getSelector(), s.getSpec().getTemplate(), true));
                } else if (o instanceof DaemonSet ds) {
                    workloads.add(new Workload(ds, ds.getSpec().getSelector(), ds.getSpec().getTemplate(), true));
                } else if (o instanceof Job j) {
                    workloads.add(new Workload(j, null, j.getSpec().getTemplate(), false));
                } else if (o instanceof CronJob cj) {
                    workloads.add(new Workload(cj, null, cj.getSpec().getJobTemplate().getSpec().getTemplate(), false));
                }
            }
            services = all(Service.class);
        }

        Stream<Workload> serving() {
            return workloads.stream().filter(Workload::serving);
        }

        <T extends HasMetadata> List<T> all(Class<T> type) {
            return objects.stream().filter(type::isInstance).map(type::cast).toList();
        }

        <T extends HasMetadata> Optional<T> named(Class<T> type, String name) {
            return Optional.ofNullable(byName.getOrDefault(type, Map.of()).get(name)).map(type::cast);
        }

        Set<String> names(Class<? extends HasMetadata> type) {
            return byName.getOrDefault(type, Map.of()).keySet();
        }

        Optional<HasMetadata> byKindAndName(String kind, String name) {
            return objects.stream()
                    .filter(o -> o.getKind().equals(kind) && o.getMetadata().getName().equals(name)).findFirst();
        }
    }
}
