package io.lightningops.k8scheck;

import io.fabric8.kubernetes.api.model.apps.DeploymentBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.quarkus.picocli.runtime.annotations.TopCommand;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.kubernetes.client.WithKubernetesTestServer;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The command as {@code ./suite k8s verify} runs it: options parsed by picocli, the report on stdout and the
 * exit status. The verdicts themselves are covered by ClusterVerifierTest.
 */
@QuarkusTest
@WithKubernetesTestServer(crud = true)
class VerifyCommandTest {

    @Inject
    CommandLine.IFactory factory;

    /** The bean the application's main runs (a new one per injection point: picocli fills its options). */
    @Inject
    @TopCommand
    VerifyCommand verifyCommand;

    @Inject
    KubernetesClient client;

    @Test
    void anUnavailableDeploymentExitsWithOneAndSaysWhy() {
        client.apps().deployments().inNamespace("cmd").resource(new DeploymentBuilder()
                .withNewMetadata().withName("gateway")
                .withLabels(Map.of("app.kubernetes.io/name", "gateway", "app.kubernetes.io/part-of", "lightning-ops"))
                .endMetadata()
                .withNewSpec().withReplicas(1)
                .withNewTemplate().withNewMetadata().withLabels(Map.of("app.kubernetes.io/name", "gateway"))
                .endMetadata().withNewSpec().addNewContainer().withName("gateway").withImage("gateway").endContainer()
                .endSpec().endTemplate().endSpec()
                .build()).create();

        Run run = run("--namespace", "cmd", "--timeout", "0s", "--gateway-url", "http://127.0.0.1:1");

        assertEquals(1, run.exitCode(), run.out());
        assertTrue(run.out().contains("gateway: 0/1 replicas available"), run.out());
        assertTrue(run.out().contains("gateway: no Service selects its pods"), run.out());
        assertTrue(run.out().contains("gateway health: no answer"), run.out());
        assertTrue(run.out().contains("NOT OK: 4 problems"), run.out());
    }

    @Test
    void anEmptyNamespaceExitsWithOne() {
        Run run = run("-n", "empty", "--timeout", "0");

        assertEquals(1, run.exitCode(), run.out());
        assertTrue(run.out().contains("no Deployment labelled app.kubernetes.io/part-of=lightning-ops in namespace empty"),
                run.out());
    }

    @Test
    void aMalformedTimeoutIsAUsageError() {
        Run run = run("--timeout", "soon");

        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("not a duration: 'soon'"), run.err());
    }

    private Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine command = new CommandLine(verifyCommand, factory);
        command.setOut(new PrintWriter(out));
        command.setErr(new PrintWriter(err));
        int exitCode = command.execute(args);
        return new Run(exitCode, out.toString(), err.toString());
    }

    private record Run(int exitCode, String out, String err) {
    }
}
