package io.lightningops.k8scheck.manifests;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What an app's configuration reads from the environment, from the same files the app is built with: the
 * module's {@code application.properties} and service-defaults' {@code META-INF/microprofile-config.properties}.
 *
 * @param name         the module, = quarkus.application.name = the app.kubernetes.io/name label
 * @param httpPort     the port it serves (quarkus.http.port, its default when it is an expression)
 * @param envRefs      every ${NAME} or ${NAME:default} of an upper-case NAME
 * @param requiredEnv  the ${NAME} without a default in a line that applies in prod: the app fails without them
 * @param localEnv     the ${NAME:default} whose default is a local address (localhost:8180, …): right on a
 *                     laptop, in a pod it points at the pod itself, so the manifests must set them
 * @param propertyEnv  the environment form of every property it sets (MicroProfile Config: QUARKUS_HTTP_PORT
 *                     overrides quarkus.http.port), so that such an override counts as read
 */
public record AppConfig(String name, int httpPort, Set<String> envRefs, Set<String> requiredEnv,
        Set<String> localEnv, Set<String> propertyEnv) {

    /** Read by the JVM or the container's Java launcher, not by the app's configuration. */
    public static final Set<String> JVM_ENV = Set.of("JAVA_OPTS", "JAVA_OPTS_APPEND", "JAVA_TOOL_OPTIONS");

    private static final Pattern ENV_REF = Pattern.compile("\\$\\{([A-Z_][A-Z0-9_]*)(?::([^}]*))?}");
    private static final Pattern LOCAL_ADDRESS = Pattern.compile(".*(localhost|127\\.0\\.0\\.1).*");
    /** service-defaults' datasource settings apply only to an app with a datasource (the gateway has none). */
    private static final String DATASOURCE = "quarkus.datasource.";
    private static final Pattern PORT_EXPRESSION = Pattern.compile("\\$\\{[A-Z0-9_]+:(\\d+)}");

    /** The app of module {@code name} under the repository root, or empty when the module is not a Quarkus app. */
    public static Optional<AppConfig> load(Path repo, String name) {
        Path own = repo.resolve(name).resolve("src/main/resources/application.properties");
        if (!Files.isRegularFile(own)) {
            return Optional.empty();
        }
        Path defaults = repo.resolve("service-defaults/src/main/resources/META-INF/microprofile-config.properties");
        Properties ownProps = read(own);
        Set<String> envRefs = new TreeSet<>();
        Set<String> required = new TreeSet<>();
        Set<String> local = new TreeSet<>();
        Set<String> propertyEnv = new TreeSet<>();
        boolean hasDatasource = ownProps.stringPropertyNames().stream().anyMatch(k -> k.startsWith(DATASOURCE));
        for (Properties props : new Properties[] {read(defaults), ownProps}) {
            for (String key : props.stringPropertyNames()) {
                boolean appliesInProd = !key.startsWith("%") || key.startsWith("%prod.");
                String property = key.startsWith("%") ? key.substring(key.indexOf('.') + 1) : key;
                boolean applies = appliesInProd && (hasDatasource || !property.startsWith(DATASOURCE));
                propertyEnv.add(envForm(property));
                Matcher m = ENV_REF.matcher(props.getProperty(key));
                while (m.find()) {
                    envRefs.add(m.group(1));
                    if (applies && m.group(2) == null) {
                        required.add(m.group(1));
                    } else if (applies && LOCAL_ADDRESS.matcher(m.group(2)).matches()) {
                        local.add(m.group(1));
                    }
                }
            }
        }
        return Optional.of(new AppConfig(name, port(ownProps.getProperty("quarkus.http.port", "8080")), envRefs,
                required, local, propertyEnv));
    }

    /** Whether the app reads environment variable {@code env}. */
    public boolean reads(String env) {
        return envRefs.contains(env) || propertyEnv.contains(env) || JVM_ENV.contains(env);
    }

    /** MicroProfile Config's environment name of a property: upper case, every other character an underscore. */
    static String envForm(String property) {
        return property.replaceAll("[^A-Za-z0-9]", "_").toUpperCase(Locale.ROOT);
    }

    private static int port(String value) {
        Matcher m = PORT_EXPRESSION.matcher(value.trim());
        return Integer.parseInt(m.matches() ? m.group(1) : value.trim());
    }

    private static Properties read(Path file) {
        Properties props = new Properties();
        try (Reader reader = Files.newBufferedReader(file)) {
            props.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return props;
    }
}
