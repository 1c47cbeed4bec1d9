package org.supportplan.adapter.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.supportplan.adapter.web.TestApp.app;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;

import io.javalin.Javalin;
import io.javalin.testtools.Response;

import org.junit.jupiter.api.Test;
import org.supportplan.adapter.web.idempotency.IdempotencyKeys;
import org.supportplan.adapter.web.limits.ProblemErrorHandler;
import org.supportplan.adapter.web.openapi.ContractValidator;
import org.supportplan.adapter.web.openapi.OpenApiDocument;

/** The OpenAPI contract: it names exactly the app's routes, it is served, and the checking every test relies on works. */
class ContractHttpTest {

    private static final ContractValidator CONTRACT = ContractValidator.get();
    private static final Set<String> HTTP_METHODS = Set.of("GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS");

    @Test
    void everyRouteOfTheAppIsInTheContractAndEveryOperationOfTheContractIsARoute() {
        Javalin app = app();
        Set<String> routes = app.unsafe.internalRouter.allHttpHandlers().stream()
                .map(parsed -> parsed.endpoint)
                .filter(endpoint -> HTTP_METHODS.contains(endpoint.method.name()))
                .map(endpoint -> endpoint.method.name() + " " + endpoint.path)
                .collect(Collectors.toCollection(TreeSet::new));

        assertThat(routes).hasSizeGreaterThan(30);
        assertThat(new TreeSet<>(CONTRACT.operations())).isEqualTo(routes);
    }

    @Test
    void theContractSaysWhichRoutesNeedATokenExactlyAsTheAccessPolicyDoes() {
        JsonNode document = CONTRACT.document();
        assertThat(document.at("/components/securitySchemes/bearer/scheme").asText()).isEqualTo("bearer");
        boolean tokenByDefault = document.path("security").toString().contains("bearer");
        assertThat(tokenByDefault).isTrue();
        for (String operation : CONTRACT.operations()) {
            String method = operation.substring(0, operation.indexOf(' '));
            String path = operation.substring(operation.indexOf(' ') + 1);
            JsonNode security = document.path("paths").path(path).path(method.toLowerCase(java.util.Locale.ROOT)).path("security");
            boolean publicInContract = security.isArray() && security.isEmpty();
            boolean publicInPolicy = org.supportplan.adapter.web.security.RoutePolicy.standard().rule(method, path)
                    .orElseThrow().isPublic();

            assertThat(publicInContract).as(operation).isEqualTo(publicInPolicy);
        }
    }

    @Test
    void theContractIsServedAsJsonAndIsTheBundledDocument() {
        TestApp.test(app(), (server, client) -> {
            Response response = client.get("/openapi.json");

            assertThat(response.code()).isEqualTo(200);
            assertThat(response.headers().get("Content-Type").get(0)).startsWith("application/json");
            JsonNode served = TestApp.JSON.readTree(response.body().string());
            assertThat(served).isEqualTo(OpenApiDocument.get().tree());
            assertThat(served.get("openapi").asText()).isEqualTo("3.1.0");
        });
    }

    @Test
    void theInteractivePageLoadsSwaggerUiFromTheJarPointedAtTheContract() {
        TestApp.test(app(), (server, client) -> {
            Response page = client.get("/docs");
            String html = page.body().string();
            assertThat(page.code()).isEqualTo(200);
            assertThat(html).contains("/docs/swagger-ui-bundle.js", "/docs/initializer.js", "/docs/swagger-ui.css");

            Response initializer = client.get("/docs/initializer.js");
            assertThat(initializer.body().string()).contains("url: \"/openapi.json\"");

            Response bundle = client.get("/docs/swagger-ui-bundle.js");
            assertThat(bundle.code()).isEqualTo(200);
            assertThat(bundle.headers().get("Content-Type").get(0)).startsWith("text/javascript");
            assertThat(bundle.body().string()).contains("SwaggerUIBundle");

            // Only the page's own files: not the webjar's demo index, nor anything else on the class path.
            TestApp.problem(client.get("/docs/index.html"), 404, WebApp.NOT_FOUND);
            TestApp.problem(client.get("/docs/..%2F..%2Fopenapi%2Fopenapi.yaml"), 404, WebApp.NOT_FOUND);
        });
    }

    @Test
    void thePlanSchemaIsBundledWholeAndEveryReferenceResolves() {
        JsonNode document = CONTRACT.document();
        JsonNode plan = TestApp.JSON.valueToTree(schemaDefs());
        plan.fieldNames().forEachRemaining(name ->
                assertThat(document.at("/components/schemas/" + name).isMissingNode()).as(name).isFalse());
        assertThat(document.at("/components/schemas/" + OpenApiDocument.NEW_PLAN + "/required").toString())
                .contains("personId", "councilId");

        List<String> refs = new ArrayList<>();
        collectRefs(document, refs);
        assertThat(refs).isNotEmpty().allSatisfy(ref -> {
            assertThat(ref).startsWith("#/components/");
            assertThat(document.at(ref.substring(1)).isMissingNode()).as(ref).isFalse();
        });
    }

    @Test
    void everyProblemTypeTheServerUsesIsInTheContractAndNoOther() throws IllegalAccessException {
        Set<String> used = new TreeSet<>();
        for (Class<?> type : List.of(WebApp.class, IdempotencyKeys.class, ProblemErrorHandler.class)) {
            for (Field field : type.getDeclaredFields()) {
                if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
                    field.setAccessible(true);
                    Object value = field.get(null);
                    if (value instanceof String urn && urn.startsWith("urn:supportplan:problem:")) {
                        used.add(urn);
                    }
                }
            }
        }
        Set<String> declared = new TreeSet<>();
        CONTRACT.document().at("/components/schemas/Problem/properties/type/enum").forEach(t -> declared.add(t.asText()));

        assertThat(declared).isEqualTo(used);
    }

    @Test
    void theCheckingCatchesAnAnswerThatBreaksTheContract() {
        byte[] planWithoutStatus = "{\"id\":\"7b0e1f52-3c1a-4d8e-9f00-1a2b3c4d5e6f\"}".getBytes();
        List<String> violations = CONTRACT.violations(new ContractValidator.Exchange("GET",
                "/plans/7b0e1f52-3c1a-4d8e-9f00-1a2b3c4d5e6f", null, Map.of(), new byte[0], 200,
                Map.of("Content-Type", List.of("application/json"), "Cache-Control", List.of("no-store")), planWithoutStatus));

        assertThat(String.join("\n", violations)).contains("the header ETag is required", "required");
        assertThat(CONTRACT.violations(new ContractValidator.Exchange("DELETE", "/plans", null, Map.of(), new byte[0],
                204, Map.of(), new byte[0]))).isNotEmpty();
        assertThat(CONTRACT.violations(new ContractValidator.Exchange("POST", "/plans", null,
                Map.of("Content-Type", List.of("application/json")), "{\"personId\": 7}".getBytes(), 201,
                Map.of(), new byte[0]))).anyMatch(v -> v.contains("accepted a request the contract refuses"));
    }

    private static Map<?, ?> schemaDefs() {
        try {
            JsonNode schema = TestApp.JSON.readTree(java.nio.file.Files.readString(
                    java.nio.file.Path.of("..", "docs", "schema", "plan.schema.json")));
            return TestApp.JSON.convertValue(schema.get("$defs"), Map.class);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static void collectRefs(JsonNode node, List<String> refs) {
        if (node.has("$ref")) {
            refs.add(node.get("$ref").asText());
        }
        node.forEach(child -> collectRefs(child, refs));
    }

}
