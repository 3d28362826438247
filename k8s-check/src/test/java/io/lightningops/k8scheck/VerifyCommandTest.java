package io.lightningops.k8scheck;

import io.fabric8.kubernetes.client.KubernetesClient;
import io.lightningops.k8scheck.verify.FakeGateway;
import io.lightningops.k8scheck.verify.Rollouts;
import io.quarkus.picocli.runtime.annotations.TopCommand;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.kubernetes.client.KubernetesServer;
import io.quarkus.test.kubernetes.client.KubernetesTestServer;
import io.quarkus.test.kubernetes.client.WithKubernetesTestServer;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The command as {@code ./suite k8s verify} runs it: options parsed by picocli, the report on stdout and the
 * exit status. The verdicts themselves are covered by ClusterVerifierTest.
 */
@QuarkusTest
@WithKubernetesTestServer(crud = true)
class VerifyCommandTest {

    @KubernetesTestServer
    KubernetesServer server;

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
        new Rollouts(client, "cmd").deployment("gateway", 1, 0);

        Run run = run("--namespace", "cmd", "--timeout", "0s", "--gateway-url", "http://127.0.0.1:1");

        assertEquals(1, run.exitCode(), run.out());
        assertTrue(run.out().contains("gateway: 0/1 replicas available"), run.out());
        assertTrue(run.out().contains("gateway: no Service selects its pods"), run.out());
        assertTrue(run.out().contains("gateway health: no answer"), run.out());
        assertTrue(run.out().contains("NOT OK: 4 problems"), run.out());
    }

    @Test
    void aHealthyRolloutExitsWithZeroAndPrintsTheTable() throws Exception {
        Rollouts cluster = new Rollouts(client, "cmd-healthy");
        List.of("content-service", "gateway").forEach(app -> cluster.healthy(app, 2));
        try (FakeGateway gateway = new FakeGateway(200)) {
            Run run = run("--namespace", "cmd-healthy", "--gateway-url", gateway.url().toString());

            assertEquals(0, run.exitCode(), run.out() + run.err());
            assertTrue(run.out().contains("content-service      2/2       content-service        2 ready          ok"),
                    run.out());
            assertTrue(run.out().endsWith("OK: every Deployment is available, every Service has ready endpoints, "
                    + "the gateway is ready\n"), run.out());
            assertEquals("", run.err());
        }
    }

    @Test
    void aRolloutThatStaysBrokenIsReportedWhileWaitingAndFailsAtTheTimeout() throws Exception {
        new Rollouts(client, "cmd-stuck").healthy("gateway", 1).deployment("risk-service", 1, 0)
                .service("risk-service").endpoints("risk-service", 0, 1);
        try (FakeGateway gateway = new FakeGateway(200)) {
            Run run = run("--namespace", "cmd-stuck", "--gateway-url", gateway.url().toString(), "--timeout", "3s");

            assertEquals(1, run.exitCode(), run.out());
            assertTrue(run.err().startsWith("waiting: 3 problem(s), e.g. risk-service: 0/1 replicas available; "
                    + "checking again ("), run.err());
            assertTrue(run.out().contains("NOT OK: 3 problems"), run.out());
        }
    }

    @Test
    void anEmptyNamespaceExitsWithOne() {
        Run run = run("-n", "empty", "--timeout", "0");

        assertEquals(1, run.exitCode(), run.out());
        assertTrue(run.out().contains("no Deployment labelled app.kubernetes.io/part-of=lightning-ops in namespace empty"),
                run.out());
    }

    @Test
    void anApiServerThatRefusesTheListExitsWithOneAndSaysWhichServer() {
        server.expect().get()
                .withPath("/apis/apps/v1/namespaces/forbidden/deployments?labelSelector="
                        + "app.kubernetes.io%2Fpart-of%3Dlightning-ops")
                .andReturn(403, "{\"kind\":\"Status\",\"apiVersion\":\"v1\",\"status\":\"Failure\","
                        + "\"reason\":\"Forbidden\",\"code\":403,\"message\":\"deployments.apps is forbidden\"}")
                .once();

        Run run = run("-n", "forbidden", "--timeout", "0s");

        assertEquals(1, run.exitCode(), run.out() + run.err());
        assertTrue(run.err().startsWith("NOT OK: cannot ask the API server http"), run.err());
        assertTrue(run.err().contains("about namespace forbidden") && run.err().contains("forbidden"), run.err());
        assertEquals("", run.out());
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
