package org.supportplan.adapter.persistence.profile;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Collection;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.cfg.MapperBuilder;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

/**
 * Reads a profile file into a {@link ProfileDocument} with Jackson, strictly: unknown fields, duplicate
 * keys, explicit nulls, more than one document, wrong types (no quietly turning "12" into 12 or 12 into "12") and unknown enum
 * names are all refused, each with the JSON path and line.
 */
final class ProfileParser {

    /** The two file formats; YAML files have the same structure as JSON ones. */
    enum Format {
        /** {@code *.json} */
        JSON,
        /** {@code *.yaml} or {@code *.yml} */
        YAML;

        /** The format for a file name, or null when the file is not a profile file. */
        static Format of(String fileName) {
            String lower = fileName.toLowerCase(Locale.ROOT);
            if (lower.endsWith(".json")) {
                return JSON;
            }
            return lower.endsWith(".yaml") || lower.endsWith(".yml") ? YAML : null;
        }
    }

    private static final Pattern SOURCE_DESCRIPTION = Pattern.compile("\\[Source: [^;\\]]*(?:;[^\\]]*?)?; line: (\\d+), column: (\\d+)\\]");
    private static final Pattern SIMPLE_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_-]*");

    private static final ObjectMapper JSON = strict(JsonMapper.builder());

    /** Made on first use: the shipped profiles are JSON, and a YAML mapper costs every command's start-up a little. */
    private static final class Yaml {
        private static final ObjectMapper MAPPER = strict(YAMLMapper.builder());
    }

    private ProfileParser() {
    }

    private static <M extends ObjectMapper, B extends MapperBuilder<M, B>> M strict(B builder) {
        M mapper = builder
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .disable(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .build();
        mapper.coercionConfigDefaults()
                .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.EmptyArray, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
        for (LogicalType type : List.of(LogicalType.Textual, LogicalType.Integer, LogicalType.Enum,
                LogicalType.Collection, LogicalType.POJO)) {
            mapper.coercionConfigFor(type)
                    .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
        }
        return mapper;
    }

    /** Parses {@code content} of {@code file}; every failure is a {@link ProfileFileException}. */
    static ProfileDocument parse(String file, byte[] content, Format format) {
        ObjectMapper mapper = format == Format.YAML ? Yaml.MAPPER : JSON;
        checkStructure(file, content, format, mapper);
        try {
            return mapper.readValue(content, ProfileDocument.class);
        } catch (UnrecognizedPropertyException e) {
            throw new ProfileFileException(file, path(e.getPath()), "json.unknown-field",
                    "unknown field '" + e.getPropertyName() + "'" + at(e.getLocation()) + "; the fields here are: "
                            + sorted(e.getKnownPropertyIds()), e);
        } catch (InvalidFormatException e) {
            throw mismatch(file, e, e.getTargetType(), e.getValue());
        } catch (MismatchedInputException e) {
            throw mismatch(file, e, e.getTargetType(), null);
        } catch (JsonMappingException e) {
            throw new ProfileFileException(file, path(e.getPath()), "json.type",
                    "cannot be read" + at(e.getLocation()) + ": " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw unreadable(file, e);
        }
    }

    /*
     * A first pass over the tree finds what binding to records cannot tell apart or does not report well:
     * malformed text, repeated keys, more than one document, and an explicit null (which a record would
     * take for a field left out).
     */
    private static void checkStructure(String file, byte[] content, Format format, ObjectMapper mapper) {
        JsonNode tree;
        try {
            tree = mapper.readTree(content);
        } catch (MismatchedInputException e) {
            throw new ProfileFileException(file, "$", "json.syntax", "a file holds one profile, but more follows it"
                    + at(e.getLocation()), e);
        } catch (JsonProcessingException e) {
            JsonStreamContext context = e.getProcessor() instanceof JsonParser parser ? parser.getParsingContext() : null;
            String where = context == null ? "$" : path(context);
            String message = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
            if (message.startsWith("Duplicate field")) {
                String key = context == null || context.getCurrentName() == null ? "a key" : "'" + context.getCurrentName() + "'";
                throw new ProfileFileException(file, where, "json.duplicate-key",
                        key + " appears twice in the same object" + at(e.getLocation()) + "; give each field once", e);
            }
            // The parsers' own wording, on one line and without their internal source descriptions.
            String reason = SOURCE_DESCRIPTION.matcher(message).replaceAll("line $1, column $2").replaceAll("\\s+", " ").strip();
            throw new ProfileFileException(file, where, "json.syntax",
                    "the file is not well-formed " + format + at(e.getLocation()) + ": " + reason, e);
        } catch (IOException e) {
            throw unreadable(file, e);
        }
        if (tree == null || tree.isMissingNode()) {
            throw new ProfileFileException(file, "$", "json.type", "the file is empty; a profile is an object");
        }
        if (!tree.isObject()) {
            throw new ProfileFileException(file, "$", "json.type", "must be an object with the profile's fields");
        }
        rejectNulls(file, tree, "$");
    }

    private static void rejectNulls(String file, JsonNode node, String path) {
        if (node.isNull()) {
            throw new ProfileFileException(file, path, "json.type",
                    "null is not allowed; leave the field out instead (a council profile then inherits it)");
        }
        if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                rejectNulls(file, node.get(i), path + "[" + i + "]");
            }
        } else if (node.isObject()) {
            for (Map.Entry<String, JsonNode> field : node.properties()) {
                StringBuilder child = new StringBuilder(path);
                appendName(child, field.getKey());
                rejectNulls(file, field.getValue(), child.toString());
            }
        }
    }

    private static ProfileFileException unreadable(String file, IOException e) {
        return new ProfileFileException(file, "", "profile.unreadable", "cannot be read: " + e.getMessage(), e);
    }

    private static ProfileFileException mismatch(String file, JsonMappingException e, Class<?> target, Object value) {
        String path = path(e.getPath());
        if (target != null && target.isEnum()) {
            String valid = Arrays.stream(target.getEnumConstants()).map(c -> ((Enum<?>) c).name())
                    .collect(Collectors.joining(", "));
            String given = value == null ? "this value" : "'" + value + "'";
            return new ProfileFileException(file, path, "json.unknown-value",
                    given + " is not one of the allowed names" + at(e.getLocation()) + "; allowed: " + valid, e);
        }
        return new ProfileFileException(file, path, "json.type",
                "must be " + describe(target) + at(e.getLocation()), e);
    }

    private static String describe(Class<?> target) {
        if (target == null) {
            return "a value of another type";
        }
        if (target == String.class) {
            return "text in quotes (decimal figures too, such as \"52.143\")";
        }
        if (target == Integer.class || target == int.class) {
            return "a whole number";
        }
        if (Collection.class.isAssignableFrom(target)) {
            return "a list";
        }
        if (Map.class.isAssignableFrom(target) || target.isRecord()) {
            return "an object";
        }
        return "a " + target.getSimpleName();
    }

    private static String at(JsonLocation location) {
        return location == null || location.getLineNr() < 1 ? ""
                : " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")";
    }

    private static String sorted(Collection<Object> names) {
        TreeSet<String> sorted = new TreeSet<>();
        names.forEach(name -> sorted.add(String.valueOf(name)));
        return String.join(", ", sorted);
    }

    static String path(List<JsonMappingException.Reference> references) {
        StringBuilder path = new StringBuilder("$");
        for (JsonMappingException.Reference reference : references) {
            if (reference.getFieldName() != null) {
                appendName(path, reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    private static String path(JsonStreamContext context) {
        Deque<String> parts = new ArrayDeque<>();
        for (JsonStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
            if (c.inArray()) {
                parts.push("[" + Math.max(c.getCurrentIndex(), 0) + "]");
            } else if (c.inObject() && c.getCurrentName() != null) {
                StringBuilder name = new StringBuilder();
                appendName(name, c.getCurrentName());
                parts.push(name.toString());
            }
        }
        return "$" + String.join("", parts);
    }

    private static void appendName(StringBuilder path, String name) {
        if (SIMPLE_NAME.matcher(name).matches()) {
            path.append('.').append(name);
        } else {
            path.append("['").append(name.replace("'", "\\'")).append("']");
        }
    }
}
