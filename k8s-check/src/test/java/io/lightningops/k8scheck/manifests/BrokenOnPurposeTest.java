package io.lightningops.k8scheck.manifests;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.SecretBuilder;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.lightningops.k8scheck.manifests.Problem.Check;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Proves that the checks of {@link ManifestChecker} bite: each test breaks one thing in a fresh copy of a real
 * render (dev: everything in the cluster; prod where the rule is prod's) and asserts that the checker reports
 * exactly that problem and nothing else.
 */
class BrokenOnPurposeTest {

    @Test
    void aServiceSelectorThatMatchesNoPodsIsReported() {
        List<HasMetadata> dev = render("dev");
        service(dev, "content-service").getSpec().getSelector().put("app.kubernetes.io/name", "content-servce");

        assertOnly(check("dev", dev), Check.SELECTOR, "Service/content-service",
                "its selector {app.kubernetes.io/name=content-servce, app.kubernetes.io/part-of=lightning-ops} "
                        + "matches the pods of no workload, not exactly one");
    }

    @Test
    void aProbeOnAPathQuarkusDoesNotServeIsReported() {
        List<HasMetadata> dev = render("dev");
        container(dev, "risk-service").getReadinessProbe().getHttpGet().setPath("/q/health/nope");

        assertOnly(check("dev", dev), Check.PROBE, "Deployment/risk-service container risk-service",
                "readinessProbe asks /q/health/nope, Quarkus answers it on /q/health/ready");
    }

    @Test
    void aServiceTargetingAPortNoContainerDeclaresIsReported() {
        List<HasMetadata> dev = render("dev");
        service(dev, "analytics-service").getSpec().getPorts().get(0).setTargetPort(new IntOrString(8080));

        assertOnly(check("dev", dev), Check.PORT, "Service/analytics-service",
                "port http targets 8080, which no container of Deployment/analytics-service declares");
    }

    @Test
    void aContainerPortThatIsNotTheAppsPortIsReportedWhereverItIsUsed() {
        List<HasMetadata> dev = render("dev");
        container(dev, "campaign-service").getPorts().get(0).setContainerPort(8080);

        // the port named "http" is what the probes and the Service use: each of them now misses the app
        String where = "Deployment/campaign-service container campaign-service";
        assertEquals(List.of(
                new Problem(Check.PORT, where, "declares container ports [8080], but campaign-service serves 8083 "
                        + "(quarkus.http.port)"),
                new Problem(Check.PROBE, where, "livenessProbe port 'http' is 8080, campaign-service serves 8083"),
                new Problem(Check.PROBE, where, "readinessProbe port 'http' is 8080, campaign-service serves 8083"),
                new Problem(Check.PROBE, where, "startupProbe port 'http' is 8080, campaign-service serves 8083"),
                new Problem(Check.PORT, "Service/campaign-service",
                        "port http reaches container port 8080, but campaign-service serves 8083")),
                check("dev", dev));
    }

    @Test
    void aReferenceToAConfigMapThatIsNotRenderedIsReported() {
        List<HasMetadata> dev = render("dev");
        container(dev, "risk-service").getEnvFrom().get(0).getConfigMapRef().setName("risk-service-settings");

        assertOnly(check("dev", dev), Check.REFERENCE, "Deployment/risk-service container risk-service",
                "needs ConfigMap risk-service-settings, which the render does not hold");
    }

    @Test
    void aSecretKeyTheAdminIsNotAskedToCreateIsReported() {
        List<HasMetadata> prod = render("prod");
        envVar(container(prod, "content-service"), "CONTENT_DB_PASSWORD").getValueFrom().getSecretKeyRef()
                .setKey("pass");

        assertOnly(check("prod", prod), Check.REFERENCE,
                "Deployment/content-service container content-service env CONTENT_DB_PASSWORD",
                "needs key pass of Secret content-db, which admin-secrets.txt does not list (it lists [password])");
    }

    @Test
    void anUnknownFieldIsReported() {
        // in the YAML, as a typo would be: the typed loading puts it in additionalProperties
        String yaml = Overlays.render("dev").replaceFirst("\n  revisionHistoryLimit: 5\n",
                "\n  revisionHistoryLimit: 5\n  replica: 3\n");

        assertOnly(check("dev", Overlays.load(yaml)), Check.UNKNOWN_FIELD, "Deployment/analytics-service",
                "unknown field spec.replica");
    }

    @Test
    void aMisspelledFieldDeepInAPodIsReportedWithWhatItLeavesOut() {
        // the case typo a schema without "additionalProperties: false" lets through: the setting is simply lost
        String yaml = Overlays.render("dev").replaceFirst("\n          readOnlyRootFilesystem: true\n",
                "\n          readOnlyRootFileSystem: true\n");

        assertEquals(List.of(
                new Problem(Check.UNKNOWN_FIELD, "Deployment/analytics-service",
                        "unknown field spec.template.spec.containers[0].securityContext.readOnlyRootFileSystem"),
                new Problem(Check.HARDENING, "Deployment/analytics-service container analytics-service",
                        "lacks readOnlyRootFilesystem")),
                check("dev", Overlays.load(yaml)));
    }

    @Test
    void anEnvironmentVariableTheAppDoesNotReadIsReported() {
        List<HasMetadata> dev = render("dev");
        configMap(dev, "content-service-config").getData().put("DB_HOSTNAME", "postgresql");

        assertOnly(check("dev", dev), Check.ENV, "Deployment/content-service container content-service",
                "gets DB_HOSTNAME, which the configuration of content-service does not read");
    }

    @Test
    void aMissingVariableWithoutDefaultIsReported() {
        List<HasMetadata> dev = render("dev");
        container(dev, "analytics-service").getEnv().removeIf(e -> e.getName().equals("ANALYTICS_DB_PASSWORD"));

        assertOnly(check("dev", dev), Check.ENV, "Deployment/analytics-service container analytics-service",
                "lacks ANALYTICS_DB_PASSWORD, which analytics-service needs (${ANALYTICS_DB_PASSWORD} without a default)");
    }

    @Test
    void aVariableLeftAtItsLocalhostDefaultIsReported() {
        List<HasMetadata> prod = render("prod");
        configMap(prod, "gateway-config").getData().remove("RISK_SERVICE_URL");

        assertOnly(check("prod", prod), Check.ENV, "Deployment/gateway container gateway",
                "lacks RISK_SERVICE_URL: the default of gateway is a local address, in a pod the pod itself");
    }

    @Test
    void aServiceOtherThanTheGatewayExposedOutsideIsReported() {
        List<HasMetadata> prod = render("prod");
        service(prod, "risk-service").getSpec().setType("LoadBalancer");

        assertOnly(check("prod", prod), Check.EXPOSURE, "Service/risk-service",
                "is of type LoadBalancer: only the gateway may be reachable from outside the cluster");
    }

    @Test
    void anIngressToAServiceOtherThanTheGatewayIsReported() {
        List<HasMetadata> prod = render("prod");
        one(prod, Ingress.class, "gateway").getSpec().getRules().get(0).getHttp().getPaths().get(0).getBackend()
                .getService().setName("content-service");

        assertOnly(check("prod", prod), Check.EXPOSURE, "Ingress/gateway",
                "routes to Service content-service: only the gateway may be reachable from outside the cluster");
    }

    @Test
    void aWritableRootFilesystemIsReported() {
        List<HasMetadata> prod = render("prod");
        container(prod, "gateway").getSecurityContext().setReadOnlyRootFilesystem(false);

        assertOnly(check("prod", prod), Check.HARDENING, "Deployment/gateway container gateway",
                "lacks readOnlyRootFilesystem");
    }

    @Test
    void aSecretValueInProdIsReported() {
        List<HasMetadata> prod = render("prod");
        prod.add(new SecretBuilder().withNewMetadata().withName("content-db").withNamespace("lightning").endMetadata()
                .withStringData(Map.of("password", "hunter2")).build());

        assertOnly(check("prod", prod), Check.SECRET_VALUE, "Secret/content-db",
                "holds values for [password]: this overlay commits no secret, the admin creates it (admin-secrets.txt)");
    }

    @Test
    void aPasswordAsALiteralEnvironmentValueIsReported() {
        List<HasMetadata> prod = render("prod");
        EnvVar password = envVar(container(prod, "content-service"), "CONTENT_DB_PASSWORD");
        password.setValueFrom(null);
        password.setValue("hunter2");

        assertOnly(check("prod", prod), Check.SECRET_VALUE, "Deployment/content-service container content-service",
                "sets CONTENT_DB_PASSWORD to a literal value: secrets come from a Secret");
    }

    // --- helpers -----------------------------------------------------------------------------------------------

    private static List<HasMetadata> render(String overlay) {
        return new ArrayList<>(Overlays.load(Overlays.render(overlay)));
    }

    private static List<Problem> check(String overlay, List<HasMetadata> objects) {
        return new ManifestChecker(ManifestChecker.Context.forOverlay(overlay)).check(objects);
    }

    private static void assertOnly(List<Problem> problems, Check check, String object, String detail) {
        assertEquals(List.of(new Problem(check, object, detail)), problems,
                () -> problems.stream().map(Problem::toString).collect(Collectors.joining("\n")));
    }

    private static <T extends HasMetadata> T one(List<HasMetadata> objects, Class<T> type, String name) {
        return objects.stream().filter(type::isInstance).map(type::cast)
                .filter(o -> o.getMetadata().getName().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + type.getSimpleName() + " " + name + " in the render"));
    }

    private static Service service(List<HasMetadata> objects, String name) {
        return one(objects, Service.class, name);
    }

    private static ConfigMap configMap(List<HasMetadata> objects, String name) {
        return one(objects, ConfigMap.class, name);
    }

    private static Container container(List<HasMetadata> objects, String app) {
        return one(objects, Deployment.class, app).getSpec().getTemplate().getSpec().getContainers().stream()
                .filter(c -> c.getName().equals(app)).findFirst().orElseThrow();
    }

    private static EnvVar envVar(Container container, String name) {
        return container.getEnv().stream().filter(e -> e.getName().equals(name)).findFirst().orElseThrow();
    }
}
