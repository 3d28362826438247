package io.lightningops.e2e;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.TimeUnit;

import io.restassured.RestAssured;
import io.restassured.builder.RequestSpecBuilder;
import io.restassured.specification.RequestSpecification;

import io.lightningops.defaults.testing.KeycloakTokens;

/** The running suite as a client sees it: the gateway, real Keycloak tokens, and the launcher. */
final class Suite {

    static final String PROBLEM = "application/problem+json";

    private Suite() {
    }

    static String gatewayUrl() {
        return System.getProperty("gateway.url", "http://localhost:8080");
    }

    /** A request to the gateway, as the given realm user. */
    static RequestSpecification as(String user) {
        return RestAssured.given(new RequestSpecBuilder().setBaseUri(gatewayUrl()).build())
                .header("Authorization", KeycloakTokens.bearer(KeycloakTokens.forUser(user)));
    }

    /** A request to the gateway with an MCN agency's client-credentials token. */
    static RequestSpecification asAgency(String agency) {
        return RestAssured.given(new RequestSpecBuilder().setBaseUri(gatewayUrl()).build())
                .header("Authorization", KeycloakTokens.bearer(KeycloakTokens.forAgency(agency)));
    }

    static RequestSpecification anonymous() {
        return RestAssured.given(new RequestSpecBuilder().setBaseUri(gatewayUrl()).build());
    }

    /** Runs {@code ./suite <args>} of the suite under test, e.g. {@code stop risk-service}. */
    static void launcher(String... args) {
        launcherOutput(args);
    }

    /** Runs {@code ./suite <args>} like {@link #launcher} and returns what it printed. */
    static String launcherOutput(String... args) {
        String home = System.getProperty("suite.home");
        if (home == null || home.isBlank()) {
            throw new IllegalStateException("Run the end-to-end tests with ./suite test (it sets suite.home)");
        }
        String[] command = new String[args.length + 1];
        command[0] = new File(home, "suite").getAbsolutePath();
        System.arraycopy(args, 0, command, 1, args.length);
        Path output = null;
        try {
            // the launcher's output goes to a log, not to Surefire's channel with the test JVM
            output = Files.createTempFile("suite-launcher", ".out");
            Process process = new ProcessBuilder(command).directory(new File(home))
                    .redirectErrorStream(true).redirectOutput(output.toFile()).start();
            boolean done = process.waitFor(180, TimeUnit.SECONDS);
            String printed = Files.readString(output);
            Files.writeString(Path.of(home, ".suite/logs/e2e-launcher.log"), printed,
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            if (!done || process.exitValue() != 0) {
                process.destroyForcibly();
                throw new IllegalStateException("./suite " + String.join(" ", args) + " failed:\n" + printed);
            }
            return printed;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } finally {
            if (output != null) {
                output.toFile().delete();
            }
        }
    }
}
