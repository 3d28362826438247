package io.lightningops.k8scheck;

import io.fabric8.kubernetes.client.KubernetesClientException;
import io.lightningops.k8scheck.verify.ClusterVerifier;
import io.lightningops.k8scheck.verify.Verdict;
import io.quarkus.picocli.runtime.annotations.TopCommand;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.net.URI;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code ./suite k8s verify}: is the suite healthy in the current kube context? Exit 0 when every check
 * passes, 1 when one fails (with what is wrong), 2 on a usage error.
 */
@TopCommand
@Command(name = "./suite k8s verify",
        description = {"Checks the Lightning Ops Suite in the current kube context: every Deployment labelled "
                + ClusterVerifier.PART_OF_LABEL + "=" + ClusterVerifier.PART_OF + " available, the Services in "
                + "front of them with ready endpoints, and the gateway answering GET " + ClusterVerifier.READY_PATH
                + " with 200.",
                "Exit status: 0 all good, 1 something is wrong, 2 usage error."})
public class VerifyCommand implements Callable<Integer> {

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "this text")
    boolean help;

    @Option(names = {"-n", "--namespace"}, paramLabel = "N",
            description = "namespace of the suite (default: the kube context's namespace)")
    String namespace;

    @Option(names = "--gateway-url", paramLabel = "URL",
            description = "the gateway's base URL, e.g. https://ops.example.com (default: through the API "
                    + "server's service proxy)")
    URI gatewayUrl;

    @Option(names = "--timeout", paramLabel = "DURATION", defaultValue = "60s", converter = DurationConverter.class,
            description = "how long to wait for a rollout to become healthy, e.g. 0s, 90s, 5m (default: ${DEFAULT-VALUE})")
    Duration timeout;

    @Spec
    CommandSpec spec;

    private final ClusterVerifier verifier;

    public VerifyCommand(ClusterVerifier verifier) {
        this.verifier = verifier;
    }

    @Override
    public Integer call() {
        String ns = namespace != null ? namespace : verifier.currentNamespace();
        Verdict verdict;
        try {
            verdict = verifier.verify(ns, Optional.ofNullable(gatewayUrl), timeout, (pending, left) -> {
                // on stderr, so that stdout stays the one report
                spec.commandLine().getErr().printf("waiting: %d problem(s), e.g. %s; checking again (%d s left)%n",
                        pending.problems().size(), pending.problems().get(0), left.toSeconds());
                spec.commandLine().getErr().flush();
            });
        } catch (KubernetesClientException e) {
            // no cluster, wrong context, no rights: say which API server and why, without a stack trace
            Throwable cause = e.getCause() != null ? e.getCause() : e;
            spec.commandLine().getErr().printf("NOT OK: cannot ask the API server %s about namespace %s: %s%n",
                    verifier.apiServer(), ns, e.getMessage()
                            + (cause != e ? " (" + cause.getClass().getSimpleName() + ": " + cause.getMessage() + ")" : ""));
            spec.commandLine().getErr().flush();
            return 1;
        }
        spec.commandLine().getOut().print(verdict.report());
        spec.commandLine().getOut().flush();
        return verdict.ok() ? 0 : 1;
    }

    /** "60s", "5m", "500ms", "1h" or a plain number of seconds. */
    static class DurationConverter implements ITypeConverter<Duration> {
        private static final Pattern FORMAT = Pattern.compile("(\\d+)(ms|s|m|h)?");

        @Override
        public Duration convert(String value) {
            Matcher m = FORMAT.matcher(value.trim().toLowerCase(Locale.ROOT));
            if (!m.matches()) {
                throw new IllegalArgumentException("not a duration: '" + value + "' (e.g. 60s, 5m, 500ms)");
            }
            long n = Long.parseLong(m.group(1));
            return switch (m.group(2) == null ? "s" : m.group(2)) {
                case "ms" -> Duration.ofMillis(n);
                case "m" -> Duration.ofMinutes(n);
                case "h" -> Duration.ofHours(n);
                default -> Duration.ofSeconds(n);
            };
        }
    }
}
