package org.supportplan.adapter.web.openapi;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

/**
 * The API's OpenAPI 3.1 contract (ADR 0018): {@code openapi/openapi.yaml} with the plan document schema
 * ({@code docs/schema/plan.schema.json}, copied into the jar at build time) bundled into its components. The schema's
 * {@code $defs} become component schemas of the same names, its root becomes {@value #NEW_PLAN}, and its
 * {@code #/$defs/} references are rewritten to match, so the contract and the plan schema are one source.
 */
public final class OpenApiDocument {

    /** The component holding the plan schema's root: a document that starts a plan. */
    public static final String NEW_PLAN = "newPlanDocument";

    private static final String DEFS = "#/$defs/";
    private static final String COMPONENTS = "#/components/schemas/";

    private static final OpenApiDocument INSTANCE = new OpenApiDocument();

    private final JsonNode tree;
    private final byte[] json;

    private OpenApiDocument() {
        ObjectNode contract = (ObjectNode) read("openapi/openapi.yaml", new YAMLMapper());
        JsonNode plan = read("openapi/plan.schema.json", new ObjectMapper());
        bundle(contract, plan);
        this.tree = contract;
        try {
            this.json = new ObjectMapper().writerWithDefaultPrettyPrinter().writeValueAsBytes(contract);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the OpenAPI document", e);
        }
    }

    /** The contract. */
    public static OpenApiDocument get() {
        return INSTANCE;
    }

    /** The bundled document (a copy: callers may change it). */
    public JsonNode tree() {
        return tree.deepCopy();
    }

    /** The bundled document as JSON (a copy). */
    public byte[] json() {
        return json.clone();
    }

    private static void bundle(ObjectNode contract, JsonNode plan) {
        ObjectNode schemas = (ObjectNode) contract.path("components").path("schemas");
        ObjectNode root = ((ObjectNode) plan).deepCopy();
        JsonNode defs = root.remove("$defs");
        root.remove("$schema");
        root.remove("$id");
        for (Iterator<Map.Entry<String, JsonNode>> it = defs.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> def = it.next();
            put(schemas, def.getKey(), def.getValue());
        }
        put(schemas, NEW_PLAN, root);
        rewriteRefs(schemas);
    }

    private static void put(ObjectNode schemas, String name, JsonNode schema) {
        if (schemas.has(name)) {
            throw new IllegalStateException("openapi.yaml defines " + name + ", which the plan schema defines too");
        }
        schemas.set(name, schema);
    }

    private static void rewriteRefs(JsonNode node) {
        if (node instanceof ObjectNode object) {
            JsonNode ref = object.get("$ref");
            if (ref != null && ref.isTextual() && ref.asText().startsWith(DEFS)) {
                object.set("$ref", TextNode.valueOf(COMPONENTS + ref.asText().substring(DEFS.length())));
            }
        }
        node.forEach(OpenApiDocument::rewriteRefs);
    }

    private static JsonNode read(String resource, ObjectMapper mapper) {
        try (InputStream in = OpenApiDocument.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            return mapper.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }
}
