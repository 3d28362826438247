package io.lightningops.gateway.openapi;

import java.io.IOException;
import java.net.ConnectException;
import java.util.ArrayList;
import java.util.List;

import jakarta.inject.Singleton;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

import org.jboss.logging.Logger;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClientResponse;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;

import io.lightningops.gateway.config.GatewayConfig;
import io.lightningops.gateway.proxy.Upstream;
import io.lightningops.gateway.proxy.Upstreams;

/**
 * The merged API document, fetched from the services and cached briefly: the docs change only when a
 * service is redeployed, and a browser opening the Swagger UI should not cost four round trips. A
 * service that does not answer is left out (and named in the document) instead of failing the whole.
 */
@Singleton
public class MergedOpenApi {

    /** One merge, in both formats. */
    public record Document(Buffer json, Buffer yaml, long expiresAtNanos) {
    }

    private static final Logger LOG = Logger.getLogger(MergedOpenApi.class);

    private final Upstreams upstreams;
    private final GatewayConfig.OpenApi config;
    private final ObjectMapper json;
    private final YAMLMapper yaml;
    private final Vertx vertx;
    private final OpenApiMerger merger = new OpenApiMerger();

    private volatile Document cached;
    private Future<Document> refreshing;

    public MergedOpenApi(Upstreams upstreams, GatewayConfig config, ObjectMapper json, Vertx vertx) {
        this.upstreams = upstreams;
        this.config = config.openapi();
        this.json = json;
        this.yaml = new YAMLMapper(YAMLFactory.builder().disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER).build());
        this.vertx = vertx;
    }

    public Future<Document> document() {
        Document current = cached;
        if (current != null && System.nanoTime() - current.expiresAtNanos() < 0) {
            return Future.succeededFuture(current);
        }
        synchronized (this) {
            // one refresh at a time; concurrent callers share it
            if (refreshing == null) {
                refreshing = refresh().andThen(done -> {
                    synchronized (MergedOpenApi.this) {
                        refreshing = null;
                    }
                });
            }
            return refreshing;
        }
    }

    private Future<Document> refresh() {
        List<Future<OpenApiMerger.Source>> fetches = new ArrayList<>();
        for (Upstream upstream : upstreams.all()) {
            fetches.add(fetch(upstream));
        }
        return Future.join(fetches).compose(all -> vertx.executeBlocking(() -> {
            List<OpenApiMerger.Source> sources = new ArrayList<>();
            for (Future<OpenApiMerger.Source> fetch : fetches) {
                sources.add(fetch.result());
            }
            ObjectNode merged = merger.merge(sources, new OpenApiMerger.Settings(realmUrl(), config.version()));
            boolean complete = !merged.has("x-unavailable");
            long ttl = (complete ? config.cacheTtl() : config.degradedCacheTtl()).toNanos();
            Document document = new Document(Buffer.buffer(json.writeValueAsBytes(merged)),
                    Buffer.buffer(yaml.writeValueAsBytes(merged)), System.nanoTime() + ttl);
            cached = document;
            return document;
        }, false));
    }

    private Future<OpenApiMerger.Source> fetch(Upstream upstream) {
        RequestOptions options = new RequestOptions()
                .setMethod(HttpMethod.GET)
                .setURI(config.servicePath())
                .putHeader("Accept", "application/json")
                .setIdleTimeout(config.fetchTimeout().toMillis());
        return upstream.client().request(options)
                .compose(request -> request.send())
                .compose(response -> response.body().map(body -> parse(upstream, response, body)))
                .recover(failure -> {
                    LOG.warnf("The API document of the %s service is unavailable: %s", upstream.name(), failure.toString());
                    return Future.succeededFuture(OpenApiMerger.Source.unavailable(upstream.name(), describe(failure)));
                });
    }

    private OpenApiMerger.Source parse(Upstream upstream, HttpClientResponse response, Buffer body) {
        if (response.statusCode() != 200) {
            throw new IllegalStateException("answered " + response.statusCode());
        }
        try {
            JsonNode document = json.readTree(body.getBytes());
            if (!document.isObject()) {
                throw new IllegalStateException("not an OpenAPI document");
            }
            return OpenApiMerger.Source.available(upstream.name(), (ObjectNode) document);
        } catch (IOException e) {
            throw new IllegalStateException("not JSON");
        }
    }

    private static String describe(Throwable failure) {
        String name = failure.getClass().getSimpleName();
        if (failure instanceof ConnectException) {
            return "not reachable";
        }
        if (name.contains("Timeout")) {
            return "no answer in time";
        }
        return failure instanceof IllegalStateException ? failure.getMessage() : "failed to answer";
    }

    private String realmUrl() {
        String base = config.keycloakPublicUrl().toString();
        return (base.endsWith("/") ? base.substring(0, base.length() - 1) : base) + "/realms/" + config.realm();
    }
}
