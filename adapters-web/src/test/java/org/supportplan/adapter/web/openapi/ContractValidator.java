package org.supportplan.adapter.web.openapi;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.TextNode;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.dialect.Dialects;
import com.networknt.schema.path.PathType;
import com.networknt.schema.regex.JoniRegularExpressionFactory;

/**
 * Checks HTTP exchanges against the served OpenAPI document (the bundled {@link OpenApiDocument}), with the
 * networknt validator's OpenAPI 3.1 dialect. The glue here only finds the operation (method and path template), the
 * parameters, the media type and the response by status; every schema check is the validator's.
 *
 * <p>A request the contract calls invalid must be refused (4xx); any request's response must be one the contract
 * declares for the operation, with its required headers and a body of its schema. An address the contract does not
 * have must answer 404, or 405 when the path has other methods.
 */
public final class ContractValidator {

    /** The document's base URI inside the validator (never fetched). */
    static final String ID = "https://supportplan.org/openapi.json";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ContractValidator INSTANCE = new ContractValidator();

    private final JsonNode document = OpenApiDocument.get().tree();
    private final SchemaRegistry registry = SchemaRegistry.withDefaultDialect(Dialects.getOpenApi31(), builder -> builder
            .schemaRegistryConfig(SchemaRegistryConfig.builder()
                    .regularExpressionFactory(JoniRegularExpressionFactory.getInstance())
                    .pathType(PathType.JSON_PATH)
                    .build())
            .schemas(Map.of(ID, OpenApiDocument.get().tree().toString())));
    private final Map<String, Schema> schemas = new ConcurrentHashMap<>();
    private final List<Route> routes = new ArrayList<>();

    private ContractValidator() {
        for (Iterator<String> it = document.get("paths").fieldNames(); it.hasNext(); ) {
            String template = it.next();
            routes.add(new Route(template, Pattern.compile(template.replaceAll("\\{([^/}]+)}", "(?<$1>[^/]+)"))));
        }
        // Literal segments win over parameters, as in the router.
        routes.sort(Comparator.comparingLong(route -> route.template().chars().filter(c -> c == '{').count()));
    }

    /** The validator. */
    public static ContractValidator get() {
        return INSTANCE;
    }

    /** One request as sent. */
    public record Exchange(String method, String path, String query, Map<String, List<String>> requestHeaders,
                           byte[] requestBody, int status, Map<String, List<String>> responseHeaders, byte[] responseBody) {
    }

    /** Every way {@code exchange} departs from the contract (empty when it keeps to it). */
    public List<String> violations(Exchange exchange) {
        List<String> found = new ArrayList<>();
        Optional<Match> match = match(exchange.path());
        String label = exchange.method() + " " + exchange.path() + " -> " + exchange.status() + ": ";
        if (match.isEmpty()) {
            if (exchange.status() != 404) {
                found.add(label + "an address the contract does not have must answer 404");
            }
            checkProblem(exchange, "#/components/responses/NotFound", found, label);
            return found;
        }
        String pathKey = match.get().route().template();
        JsonNode pathItem = document.get("paths").get(pathKey);
        JsonNode operation = pathItem.get(exchange.method().toLowerCase(Locale.ROOT));
        if (operation == null) {
            if (exchange.status() != 405) {
                found.add(label + "a method the contract does not have at " + pathKey + " must answer 405");
            }
            checkProblem(exchange, "#/components/responses/MethodNotAllowed", found, label);
            return found;
        }
        String operationPointer = "/paths/" + escape(pathKey) + "/" + exchange.method().toLowerCase(Locale.ROOT);
        if (exchange.status() < 400 || exchange.status() >= 500) { // a refusal needs no excuse: the request may be anything
            requestViolations(exchange, match.get(), pathItem, operation, operationPointer)
                    .forEach(v -> found.add(label + "the server accepted a request the contract refuses: " + v));
        }
        responseViolations(exchange, operation, operationPointer, found, label);
        return found;
    }

    /** The operations, as "METHOD /template". */
    public List<String> operations() {
        List<String> out = new ArrayList<>();
        document.get("paths").fields().forEachRemaining(path -> path.getValue().fieldNames().forEachRemaining(method -> {
            if (List.of("get", "put", "post", "delete", "patch", "head", "options").contains(method)) {
                out.add(method.toUpperCase(Locale.ROOT) + " " + path.getKey());
            }
        }));
        return out;
    }

    /** The bundled document. */
    public JsonNode document() {
        return document.deepCopy();
    }

    /** Validates {@code node} against the schema at {@code pointer} in the document (such as {@code /components/schemas/Plan}). */
    public List<String> validate(String pointer, JsonNode node) {
        return schema(pointer).validate(node).stream()
                .map(e -> e.getInstanceLocation() + " " + e.getKeyword() + ": " + e.getMessage()).toList();
    }

    private List<String> requestViolations(Exchange exchange, Match match, JsonNode pathItem, JsonNode operation,
                                           String operationPointer) {
        List<String> found = new ArrayList<>();
        // Each parameter with the pointer of where it is written (the path item's, then the operation's).
        Map<String, JsonNode> parameters = new java.util.LinkedHashMap<>();
        String pathPointer = operationPointer.substring(0, operationPointer.lastIndexOf('/'));
        for (int i = 0; i < pathItem.path("parameters").size(); i++) {
            parameters.put(pathPointer + "/parameters/" + i, pathItem.path("parameters").get(i));
        }
        for (int i = 0; i < operation.path("parameters").size(); i++) {
            parameters.put(operationPointer + "/parameters/" + i, operation.path("parameters").get(i));
        }
        Map<String, List<String>> query = queryParameters(exchange.query());
        for (Map.Entry<String, JsonNode> written : parameters.entrySet()) {
            JsonNode reference = written.getValue();
            JsonNode parameter = resolve(reference);
            String name = parameter.get("name").asText();
            String in = parameter.get("in").asText();
            List<String> values = switch (in) {
                case "path" -> List.of(match.matcher().group(name));
                case "header" -> header(exchange.requestHeaders(), name);
                case "query" -> query.getOrDefault(name, List.of());
                default -> List.of();
            };
            if (values.isEmpty()) {
                if (parameter.path("required").asBoolean(false)) {
                    found.add(in + " parameter " + name + " is required");
                }
                continue;
            }
            for (String value : values) {
                validate(pointerOf(reference, written.getKey()) + "/schema", TextNode.valueOf(value))
                        .forEach(v -> found.add(in + " parameter " + name + ": " + v));
            }
        }
        JsonNode body = operation.get("requestBody");
        if (body == null) {
            return found; // the route reads no body: any body is ignored
        }
        JsonNode requestBody = resolve(body);
        if (exchange.requestBody().length == 0) {
            if (requestBody.path("required").asBoolean(false)) {
                found.add("a body is required");
            }
            return found;
        }
        String mediaType = mediaType(header(exchange.requestHeaders(), "Content-Type"));
        if (mediaType == null || !requestBody.get("content").has(mediaType)) {
            found.add("the body's media type " + mediaType + " is not one of " + names(requestBody.get("content")));
            return found;
        }
        if (mediaType.equals("application/json")) {
            Optional<JsonNode> parsed = parse(exchange.requestBody());
            if (parsed.isEmpty()) {
                found.add("the body is not JSON");
            } else {
                validate(pointerOf(body, operationPointer + "/requestBody") + "/content/" + escape(mediaType) + "/schema", parsed.get())
                        .forEach(v -> found.add("body " + v));
            }
        }
        return found;
    }

    private void responseViolations(Exchange exchange, JsonNode operation, String operationPointer, List<String> found,
                                    String label) {
        String status = Integer.toString(exchange.status());
        JsonNode reference = operation.path("responses").get(status);
        if (reference == null) {
            found.add(label + "the contract declares no " + status + " answer for this operation");
            return;
        }
        checkResponse(exchange, reference, pointerOf(reference, operationPointer + "/responses/" + status), found, label);
    }

    private void checkProblem(Exchange exchange, String reference, List<String> found, String label) {
        checkResponse(exchange, JSON.createObjectNode().put("$ref", reference), reference.substring(1), found, label);
    }

    private void checkResponse(Exchange exchange, JsonNode reference, String pointer, List<String> found, String label) {
        JsonNode response = resolve(reference);
        for (Iterator<Map.Entry<String, JsonNode>> it = response.path("headers").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> declared = it.next();
            JsonNode header = resolve(declared.getValue());
            List<String> values = header(exchange.responseHeaders(), declared.getKey());
            if (values.isEmpty()) {
                if (header.path("required").asBoolean(false)) {
                    found.add(label + "the header " + declared.getKey() + " is required");
                }
                continue;
            }
            String headerPointer = pointerOf(declared.getValue(), pointer + "/headers/" + escape(declared.getKey()));
            for (String value : values) {
                validate(headerPointer + "/schema", TextNode.valueOf(value))
                        .forEach(v -> found.add(label + "header " + declared.getKey() + ": " + v));
            }
        }
        JsonNode content = response.get("content");
        if (content == null) {
            if (exchange.responseBody().length > 0) {
                found.add(label + "the contract declares no body for this answer");
            }
            return;
        }
        String mediaType = mediaType(header(exchange.responseHeaders(), "Content-Type"));
        if (mediaType == null || !content.has(mediaType)) {
            found.add(label + "the media type " + mediaType + " is not one of " + names(content));
            return;
        }
        if (mediaType.endsWith("json")) {
            Optional<JsonNode> parsed = parse(exchange.responseBody());
            if (parsed.isEmpty()) {
                found.add(label + "the body is not JSON");
                return;
            }
            validate(pointer + "/content/" + escape(mediaType) + "/schema", parsed.get())
                    .forEach(v -> found.add(label + "body " + v));
        }
    }

    private Schema schema(String pointer) {
        return schemas.computeIfAbsent(pointer, p -> registry.getSchema(SchemaLocation.of(ID + "#" + p)));
    }

    /** The object a {@code $ref} names, or the node itself. */
    private JsonNode resolve(JsonNode node) {
        JsonNode ref = node.get("$ref");
        return ref == null ? node : resolve(document.at(ref.asText().substring(1)));
    }

    /** Where a possibly referenced node lives: its target's pointer, or {@code here}. */
    private String pointerOf(JsonNode node, String here) {
        JsonNode ref = node.get("$ref");
        return ref == null ? here : pointerOf(document.at(ref.asText().substring(1)), ref.asText().substring(1));
    }

    private Optional<Match> match(String path) {
        for (Route route : routes) {
            Matcher matcher = route.pattern().matcher(path);
            if (matcher.matches()) {
                return Optional.of(new Match(route, matcher));
            }
        }
        return Optional.empty();
    }

    private static List<String> header(Map<String, List<String>> headers, String name) {
        return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                .flatMap(e -> e.getValue().stream()).toList();
    }

    private static String mediaType(List<String> contentType) {
        if (contentType.isEmpty()) {
            return null;
        }
        String value = contentType.get(0);
        int semicolon = value.indexOf(';');
        return (semicolon < 0 ? value : value.substring(0, semicolon)).strip().toLowerCase(Locale.ROOT);
    }

    private static Map<String, List<String>> queryParameters(String query) {
        Map<String, List<String>> out = new java.util.LinkedHashMap<>();
        if (query == null || query.isEmpty()) {
            return out;
        }
        for (String pair : query.split("&")) {
            String[] parts = pair.split("=", 2);
            String name = java.net.URLDecoder.decode(parts[0], StandardCharsets.UTF_8);
            String value = parts.length > 1 ? java.net.URLDecoder.decode(parts[1], StandardCharsets.UTF_8) : "";
            out.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
        }
        return out;
    }

    private static Optional<JsonNode> parse(byte[] body) {
        try {
            return Optional.of(JSON.readTree(body));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private static String names(JsonNode content) {
        List<String> names = new ArrayList<>();
        content.fieldNames().forEachRemaining(names::add);
        return names.toString();
    }

    private static String escape(String key) {
        return key.replace("~", "~0").replace("/", "~1");
    }

    private record Route(String template, Pattern pattern) {
    }

    private record Match(Route route, Matcher matcher) {
    }
}
