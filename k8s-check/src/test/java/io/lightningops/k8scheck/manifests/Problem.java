package io.lightningops.k8scheck.manifests;

/**
 * One thing {@link ManifestChecker} found wrong in a render.
 *
 * @param check  which rule it breaks
 * @param object the object, as Kind/name
 * @param detail what is wrong, in a sentence
 */
public record Problem(Check check, String object, String detail) {

    /** The rules, each a part of the Kubernetes issue that the schemas cannot check. */
    public enum Check {
        /** a field the Kubernetes API does not know (a typo, a wrong indentation), or an unknown kind */
        UNKNOWN_FIELD,
        /** a Service, PodDisruptionBudget or autoscaler that does not find exactly the pods it means */
        SELECTOR,
        /** a container, Service or Ingress port that is not the port the app serves */
        PORT,
        /** a probe that does not ask the Quarkus health endpoint on the app's port */
        PROBE,
        /** a ConfigMap, Secret or ServiceAccount a pod needs that is neither rendered nor admin-provided */
        REFERENCE,
        /** an environment variable the app does not read, or one it needs that is missing */
        ENV,
        /** something other than the gateway reachable from outside the cluster */
        EXPOSURE,
        /** a pod without the hardening of DESIGN.md (non-root, read-only root, no capabilities, limits) */
        HARDENING,
        /** a secret value committed in an overlay that must hold none */
        SECRET_VALUE
    }

    @Override
    public String toString() {
        return "[" + check + "] " + object + ": " + detail;
    }
}
