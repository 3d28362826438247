package io.lightningops.k8scheck.manifests;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Secret;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every overlay under k8s/overlays, rendered by kustomize and loaded by the fabric8 client, passes every check
 * of {@link ManifestChecker}. (The schemas are validated by ./suite k8s validate; this is what they cannot see.)
 */
class RenderedOverlaysTest {

    static List<String> overlays() {
        List<String> names = Overlays.names();
        assertTrue(names.contains("dev") && names.contains("prod"), "k8s/overlays should hold dev and prod: " + names);
        return names;
    }

    @ParameterizedTest(name = "overlay {0}")
    @MethodSource("overlays")
    void everyOverlayPassesTheManifestChecks(String overlay) {
        List<HasMetadata> objects = Overlays.load(Overlays.render(overlay));
        assertFalse(objects.isEmpty(), "the render of " + overlay + " is empty");

        List<Problem> problems = new ManifestChecker(ManifestChecker.Context.forOverlay(overlay)).check(objects);

        assertEquals(List.of(), problems, () -> "overlay " + overlay + ":\n" + problems.stream()
                .map(Problem::toString).collect(Collectors.joining("\n")));
    }

    @ParameterizedTest(name = "overlay {0}")
    @MethodSource("overlays")
    void onlyTheGatewayIsReachableFromOutside(String overlay) {
        List<HasMetadata> objects = Overlays.load(Overlays.render(overlay));

        List<Problem> exposure = new ManifestChecker(ManifestChecker.Context.forOverlay(overlay)).check(objects)
                .stream().filter(p -> p.check() == Problem.Check.EXPOSURE).toList();

        assertEquals(List.of(), exposure);
    }

    @org.junit.jupiter.api.Test
    void theProdOverlayHoldsNoSecretValue() {
        List<HasMetadata> objects = Overlays.load(Overlays.render("prod"));

        List<String> secretsWithData = objects.stream().filter(Secret.class::isInstance).map(Secret.class::cast)
                .filter(s -> s.getData() != null && !s.getData().isEmpty()
                        || s.getStringData() != null && !s.getStringData().isEmpty())
                .map(s -> s.getMetadata().getName()).toList();
        List<Problem> secretValues = new ManifestChecker(ManifestChecker.Context.forOverlay("prod")).check(objects)
                .stream().filter(p -> p.check() == Problem.Check.SECRET_VALUE).toList();

        assertEquals(List.of(), secretsWithData, "Secrets with values in the prod render");
        assertEquals(List.of(), secretValues);
    }
}
