package io.lightningops.gateway.openapi;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;

/**
 * Merges the services' OpenAPI documents into the one document of the public API. Pure: no I/O, so
 * that the merge rules are tested on their own.
 *
 * <p>Rules: paths, tags, components and security schemes are united. A component that two services
 * define identically (the shared Problem schema, say) appears once. When they define one name
 * differently, the variant that most services share keeps the name and every other variant is
 * renamed with its service's name as prefix ({@code RiskFinding}), with that service's {@code $ref}s
 * rewritten; this repeats until stable, because a rename changes the content of the schemas that
 * refer to it. Operations that require the bearer token also accept the OAuth2 scheme, so that the
 * Swagger UI can log in at Keycloak and call them.
 */
public final class OpenApiMerger {

    public static final String OAUTH2_SCHEME = "keycloak";
    /** The services' scheme name (quarkus.smallrye-openapi.security-scheme-name in service-defaults). */
    public static final String BEARER_SCHEME = "bearer";
    static final String TITLE = "Lightning Ops Suite API";
    private static final String COMPONENTS_REF = "#/components/";
    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "options", "head", "patch", "trace");
    private static final int MAX_RENAME_ROUNDS = 16;

    /** One service's document, or why it is missing. */
    public record Source(String service, ObjectNode document, String unavailableReason) {

        public static Source available(String service, ObjectNode document) {
            return new Source(service, document, null);
        }

        public static Source unavailable(String service, String reason) {
            return new Source(service, null, reason);
        }
    }

    /** Where the Swagger UI logs in, and how the document describes itself. */
    public record Settings(String keycloakRealmUrl, String version) {
    }

    private final JsonNodeFactory nodes = JsonNodeFactory.instance;

    public ObjectNode merge(List<Source> sources, Settings settings) {
        List<Source> available = new ArrayList<>();
        List<Source> missing = new ArrayList<>();
        for (Source source : sources) {
            if (source.document() != null) {
                ObjectNode copy = source.document().deepCopy();
                pushDownSecurity(copy);
                available.add(new Source(source.service(), copy, null));
            } else {
                missing.add(source);
            }
        }
        resolveComponentClashes(available);
        resolveOperationIdClashes(available);

        ObjectNode merged = nodes.objectNode();
        merged.put("openapi", openApiVersion(available));
        merged.set("info", info(sources, missing, settings));
        merged.putArray("servers").addObject().put("url", "/");
        ArrayNode tags = nodes.arrayNode();
        ObjectNode paths = nodes.objectNode();
        ObjectNode webhooks = nodes.objectNode();
        ObjectNode components = nodes.objectNode();
        Set<String> tagNames = new HashSet<>();
        for (Source source : available) {
            ObjectNode doc = source.document();
            for (JsonNode tag : iterable(doc.path("tags"))) {
                if (tagNames.add(tag.path("name").asText())) {
                    tags.add(tag);
                }
            }
            mergePathItems(paths, doc.path("paths"));
            mergePathItems(webhooks, doc.path("webhooks"));
            for (Map.Entry<String, JsonNode> type : fields(doc.path("components"))) {
                ObjectNode target = components.has(type.getKey())
                        ? (ObjectNode) components.get(type.getKey())
                        : components.putObject(type.getKey());
                for (Map.Entry<String, JsonNode> component : fields(type.getValue())) {
                    if (!target.has(component.getKey())) {
                        target.set(component.getKey(), component.getValue());
                    }
                }
            }
        }
        addOAuth2(paths, components, settings);
        if (!tags.isEmpty()) {
            merged.set("tags", sortedTags(tags));
        }
        merged.set("paths", sortedFields(paths));
        if (!webhooks.isEmpty()) {
            merged.set("webhooks", sortedFields(webhooks));
        }
        List<String> types = new ArrayList<>();
        components.fieldNames().forEachRemaining(types::add);
        for (String type : types) {
            components.set(type, sortedFields((ObjectNode) components.get(type)));
        }
        merged.set("components", components);
        if (!missing.isEmpty()) {
            ArrayNode unavailable = merged.putArray("x-unavailable");
            missing.forEach(source -> unavailable.add(source.service()));
        }
        return merged;
    }

    private ObjectNode info(List<Source> sources, List<Source> missing, Settings settings) {
        ObjectNode info = nodes.objectNode();
        info.put("title", TITLE);
        info.put("version", settings.version());
        StringBuilder description = new StringBuilder()
                .append("The public API of the Lightning Ops Suite, served by the gateway. Every request needs a ")
                .append("bearer token of the realm `lightning`; use **Authorize** to log in with the client ")
                .append("`lightning-console`. Merged from the services: ");
        for (int i = 0; i < sources.size(); i++) {
            description.append(i == 0 ? "" : ", ").append(sources.get(i).service());
        }
        description.append('.');
        if (!missing.isEmpty()) {
            description.append("\n\n**Incomplete:** these services did not answer, so their operations are missing ")
                    .append("from this document for now: ");
            for (int i = 0; i < missing.size(); i++) {
                Source source = missing.get(i);
                description.append(i == 0 ? "" : "; ").append(source.service()).append(" (")
                        .append(source.unavailableReason()).append(')');
            }
            description.append('.');
        }
        info.put("description", description.toString());
        return info;
    }

    private String openApiVersion(List<Source> available) {
        for (Source source : available) {
            JsonNode version = source.document().get("openapi");
            if (version != null && version.isTextual()) {
                return version.asText();
            }
        }
        return "3.1.0";
    }

    /** A document-wide security requirement moves onto the operations, where the merged document keeps it. */
    private void pushDownSecurity(ObjectNode doc) {
        JsonNode global = doc.remove("security");
        if (global == null || !global.isArray()) {
            return;
        }
        for (ObjectNode operation : operations(doc.path("paths"))) {
            if (!operation.has("security")) {
                operation.set("security", global.deepCopy());
            }
        }
    }

    private void resolveComponentClashes(List<Source> sources) {
        for (int round = 0; round < MAX_RENAME_ROUNDS; round++) {
            // service -> component type -> old name -> new name
            Map<String, Map<String, Map<String, String>>> renames = new HashMap<>();
            Map<String, Set<String>> taken = namesInUse(sources);
            for (Map.Entry<String, Map<String, List<Source>>> type : definitions(sources).entrySet()) {
                if (type.getKey().equals("securitySchemes")) {
                    // referred to by name in security requirements, never by $ref: first definition wins
                    continue;
                }
                for (Map.Entry<String, List<Source>> name : type.getValue().entrySet()) {
                    planRenames(type.getKey(), name.getKey(), name.getValue(), taken, renames);
                }
            }
            if (renames.isEmpty()) {
                return;
            }
            for (Source source : sources) {
                Map<String, Map<String, String>> ofService = renames.get(source.service());
                if (ofService != null) {
                    applyRenames(source.document(), ofService);
                }
            }
        }
        throw new IllegalStateException("Component name clashes did not settle after " + MAX_RENAME_ROUNDS + " rounds");
    }

    /** Component type -> name -> the services defining it, in service order. */
    private Map<String, Map<String, List<Source>>> definitions(List<Source> sources) {
        Map<String, Map<String, List<Source>>> definitions = new LinkedHashMap<>();
        for (Source source : sources) {
            for (Map.Entry<String, JsonNode> type : fields(source.document().path("components"))) {
                for (Map.Entry<String, JsonNode> component : fields(type.getValue())) {
                    definitions.computeIfAbsent(type.getKey(), k -> new LinkedHashMap<>())
                            .computeIfAbsent(component.getKey(), k -> new ArrayList<>())
                            .add(source);
                }
            }
        }
        return definitions;
    }

    private Map<String, Set<String>> namesInUse(List<Source> sources) {
        Map<String, Set<String>> taken = new HashMap<>();
        for (Source source : sources) {
            for (Map.Entry<String, JsonNode> type : fields(source.document().path("components"))) {
                Set<String> names = taken.computeIfAbsent(type.getKey(), k -> new HashSet<>());
                type.getValue().fieldNames().forEachRemaining(names::add);
            }
        }
        return taken;
    }

    private void planRenames(String type, String name, List<Source> definers, Map<String, Set<String>> taken,
            Map<String, Map<String, Map<String, String>>> renames) {
        if (definers.size() < 2) {
            return;
        }
        // Group identical definitions; the largest group (earliest service on a tie) keeps the name.
        List<List<Source>> variants = new ArrayList<>();
        for (Source source : definers) {
            JsonNode definition = source.document().path("components").path(type).path(name);
            List<Source> same = null;
            for (List<Source> variant : variants) {
                if (variant.get(0).document().path("components").path(type).path(name).equals(definition)) {
                    same = variant;
                    break;
                }
            }
            if (same == null) {
                variants.add(same = new ArrayList<>());
            }
            same.add(source);
        }
        if (variants.size() < 2) {
            return;
        }
        List<Source> keeper = variants.get(0);
        for (List<Source> variant : variants) {
            if (variant.size() > keeper.size()) {
                keeper = variant;
            }
        }
        for (List<Source> variant : variants) {
            if (variant == keeper) {
                continue;
            }
            for (Source source : variant) {
                String renamed = uniqueName(prefix(source.service()) + name, taken.get(type));
                taken.get(type).add(renamed);
                renames.computeIfAbsent(source.service(), k -> new HashMap<>())
                        .computeIfAbsent(type, k -> new HashMap<>())
                        .put(name, renamed);
            }
        }
    }

    private static String uniqueName(String candidate, Set<String> taken) {
        String name = candidate;
        for (int i = 2; taken.contains(name); i++) {
            name = candidate + i;
        }
        return name;
    }

    private void applyRenames(ObjectNode doc, Map<String, Map<String, String>> renames) {
        for (Map.Entry<String, Map<String, String>> type : renames.entrySet()) {
            ObjectNode components = (ObjectNode) doc.path("components").path(type.getKey());
            // rebuilt rather than edited in place, so the order of definitions stays as the service wrote it
            ObjectNode renamed = nodes.objectNode();
            for (Map.Entry<String, JsonNode> component : fields(components)) {
                String newName = type.getValue().getOrDefault(component.getKey(), component.getKey());
                renamed.set(newName, component.getValue());
            }
            ((ObjectNode) doc.get("components")).set(type.getKey(), renamed);
        }
        rewriteRefs(doc, renames);
    }

    private void rewriteRefs(JsonNode node, Map<String, Map<String, String>> renames) {
        if (node.isObject()) {
            ObjectNode object = (ObjectNode) node;
            JsonNode ref = object.get("$ref");
            if (ref != null && ref.isTextual()) {
                String rewritten = rewriteRef(ref.asText(), renames);
                if (rewritten != null) {
                    object.set("$ref", TextNode.valueOf(rewritten));
                }
            }
            for (JsonNode child : object) {
                rewriteRefs(child, renames);
            }
        } else if (node.isArray()) {
            for (JsonNode child : node) {
                rewriteRefs(child, renames);
            }
        }
    }

    /** {@code #/components/schemas/Finding[/...]} with a renamed Finding, else {@code null}. */
    private static String rewriteRef(String ref, Map<String, Map<String, String>> renames) {
        if (!ref.startsWith(COMPONENTS_REF)) {
            return null;
        }
        int typeEnd = ref.indexOf('/', COMPONENTS_REF.length());
        if (typeEnd < 0) {
            return null;
        }
        Map<String, String> ofType = renames.get(ref.substring(COMPONENTS_REF.length(), typeEnd));
        if (ofType == null) {
            return null;
        }
        int nameEnd = ref.indexOf('/', typeEnd + 1);
        String name = nameEnd < 0 ? ref.substring(typeEnd + 1) : ref.substring(typeEnd + 1, nameEnd);
        String renamed = ofType.get(name);
        if (renamed == null) {
            return null;
        }
        return ref.substring(0, typeEnd + 1) + renamed + (nameEnd < 0 ? "" : ref.substring(nameEnd));
    }

    /** Generated clients need unique operation ids; a later service's duplicate gets its service prefix. */
    private void resolveOperationIdClashes(List<Source> sources) {
        Set<String> seen = new HashSet<>();
        for (Source source : sources) {
            for (ObjectNode operation : operations(source.document().path("paths"))) {
                JsonNode id = operation.get("operationId");
                if (id == null || !id.isTextual()) {
                    continue;
                }
                if (!seen.add(id.asText())) {
                    String renamed = uniqueName(source.service() + prefix(id.asText()), seen);
                    seen.add(renamed);
                    operation.put("operationId", renamed);
                }
            }
        }
    }

    private void mergePathItems(ObjectNode target, JsonNode items) {
        for (Map.Entry<String, JsonNode> item : fields(items)) {
            JsonNode existing = target.get(item.getKey());
            if (existing == null) {
                target.set(item.getKey(), item.getValue());
            } else if (existing.isObject() && item.getValue().isObject()) {
                // Two services documenting one path: keep each method's first definition.
                for (Map.Entry<String, JsonNode> field : fields(item.getValue())) {
                    if (!existing.has(field.getKey())) {
                        ((ObjectNode) existing).set(field.getKey(), field.getValue());
                    }
                }
            }
        }
    }

    private void addOAuth2(ObjectNode paths, ObjectNode components, Settings settings) {
        ObjectNode schemes = components.has("securitySchemes")
                ? (ObjectNode) components.get("securitySchemes")
                : components.putObject("securitySchemes");
        if (!schemes.has(BEARER_SCHEME)) {
            // the services declare it; declared here too so that the document is whole when none answers
            ObjectNode bearer = schemes.putObject(BEARER_SCHEME);
            bearer.put("type", "http");
            bearer.put("scheme", "bearer");
            bearer.put("bearerFormat", "JWT");
            bearer.put("description", "A Keycloak access token of the realm \"lightning\"");
        }
        String base = settings.keycloakRealmUrl() + "/protocol/openid-connect";
        ObjectNode oauth2 = schemes.putObject(OAUTH2_SCHEME);
        oauth2.put("type", "oauth2");
        oauth2.put("description", "Log in at Keycloak (realm `lightning`) with the public client `lightning-console`: "
                + "authorization code with PKCE, or for development the password grant.");
        ObjectNode flows = oauth2.putObject("flows");
        ObjectNode code = flows.putObject("authorizationCode");
        code.put("authorizationUrl", base + "/auth");
        code.put("tokenUrl", base + "/token");
        code.put("refreshUrl", base + "/token");
        code.putObject("scopes").put("openid", "OpenID Connect sign-in");
        ObjectNode password = flows.putObject("password");
        password.put("tokenUrl", base + "/token");
        password.put("refreshUrl", base + "/token");
        password.putObject("scopes").put("openid", "OpenID Connect sign-in");

        for (ObjectNode operation : operations(paths)) {
            JsonNode security = operation.get("security");
            if (security == null || !security.isArray() || security.isEmpty()) {
                continue;
            }
            boolean offered = false;
            for (JsonNode requirement : security) {
                offered |= requirement.has(OAUTH2_SCHEME);
            }
            if (!offered) {
                ((ArrayNode) security).addObject().putArray(OAUTH2_SCHEME);
            }
        }
    }

    private List<ObjectNode> operations(JsonNode paths) {
        List<ObjectNode> operations = new ArrayList<>();
        for (JsonNode item : iterable(paths)) {
            for (Map.Entry<String, JsonNode> field : fields(item)) {
                if (METHODS.contains(field.getKey()) && field.getValue().isObject()) {
                    operations.add((ObjectNode) field.getValue());
                }
            }
        }
        return operations;
    }

    private ArrayNode sortedTags(ArrayNode tags) {
        List<JsonNode> sorted = new ArrayList<>();
        tags.forEach(sorted::add);
        sorted.sort((a, b) -> a.path("name").asText().compareToIgnoreCase(b.path("name").asText()));
        ArrayNode result = nodes.arrayNode();
        sorted.forEach(result::add);
        return result;
    }

    private ObjectNode sortedFields(ObjectNode object) {
        List<String> names = new ArrayList<>();
        object.fieldNames().forEachRemaining(names::add);
        names.sort(String::compareTo);
        ObjectNode sorted = nodes.objectNode();
        names.forEach(name -> sorted.set(name, object.get(name)));
        return sorted;
    }

    /** {@code content} -> {@code Content}, {@code live-sessions} -> {@code LiveSessions}. */
    static String prefix(String name) {
        StringBuilder result = new StringBuilder();
        boolean upper = true;
        for (char c : name.toCharArray()) {
            if (!Character.isLetterOrDigit(c)) {
                upper = true;
            } else {
                result.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        return result.toString();
    }

    private static Iterable<JsonNode> iterable(JsonNode node) {
        return node == null || node.isMissingNode() || node.isNull() ? List.of() : node;
    }

    private static Iterable<Map.Entry<String, JsonNode>> fields(JsonNode node) {
        if (node == null || !node.isObject()) {
            return List.of();
        }
        return node.properties();
    }
}
