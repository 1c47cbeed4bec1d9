package org.supportplan.adapter.web.schema;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.PathType;
import com.networknt.schema.regex.JoniRegularExpressionFactory;

/**
 * {@code docs/schema/plan.schema.json} loaded into the networknt validator, as a client would use it.
 * Patterns run as ECMA-262 regular expressions (through Joni), as JSON Schema specifies and as
 * JavaScript validators such as ajv run them, rather than as {@code java.util.regex} patterns.
 */
final class PlanSchema {

    /** The schema's {@code $id}. */
    static final String ID = "https://supportplan.org/schema/plan.schema.json";
    /** Where the schema lives, from the module's directory (Surefire's working directory). */
    static final Path FILE = Path.of("..", "docs", "schema", "plan.schema.json");
    /** The examples shipped with the project. */
    static final Path EXAMPLES = Path.of("..", "examples");

    private static final ObjectMapper JSON = new ObjectMapper();

    private static final String TEXT = read(FILE);
    private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
            builder -> builder
                    .schemaRegistryConfig(SchemaRegistryConfig.builder()
                            .regularExpressionFactory(JoniRegularExpressionFactory.getInstance())
                            .pathType(PathType.JSON_PATH)
                            .build())
                    // The schema by its $id, so that fragments such as #/$defs/planDocument resolve offline.
                    .schemas(Map.of(ID, TEXT)));

    /** The whole schema: a document that starts a plan (person and council required). */
    static final Schema NEW_PLAN = REGISTRY.getSchema(SchemaLocation.of(ID));
    /** {@code #/$defs/planDocument}: a document with the person and council optional. */
    static final Schema ANY_PLAN = REGISTRY.getSchema(SchemaLocation.of(ID + "#/$defs/planDocument"));

    private PlanSchema() {
    }

    /** The schema file as a tree. */
    static JsonNode tree() {
        return parse(TEXT);
    }

    /** The draft 2020-12 meta-schema (bundled with the validator, so no network is needed). */
    static Schema metaSchema() {
        return REGISTRY.getSchema(SchemaLocation.of(SpecificationVersion.DRAFT_2020_12.getDialectId()));
    }

    /** Where each error of {@code schema} on {@code document} is, as a JSON path naming the offending member. */
    static List<String> errorPlaces(Schema schema, String document) {
        return schema.validate(parse(document)).stream().map(PlanSchema::place).distinct().toList();
    }

    /** Every error, with its place, keyword and message, for assertion messages. */
    static List<String> errors(Schema schema, String document) {
        return schema.validate(parse(document)).stream()
                .map(e -> place(e) + " " + e.getKeyword() + ": " + e.getMessage()).toList();
    }

    static JsonNode parse(String json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * An error's place: the instance location, plus the member's name for the errors reported on the
     * enclosing object (a missing required member, an unknown member), as the server names them.
     */
    private static String place(Error error) {
        String at = error.getInstanceLocation().toString();
        boolean aboutMember = "required".equals(error.getKeyword()) || "additionalProperties".equals(error.getKeyword());
        return aboutMember && error.getProperty() != null ? at + "." + error.getProperty() : at;
    }
}
