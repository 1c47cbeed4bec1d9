package org.supportplan.adapter.web.json;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.type.LogicalType;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;

import org.hibernate.validator.HibernateValidator;
import org.supportplan.adapter.web.json.PlanDocumentException.Kind;
import org.supportplan.application.port.in.CommandRejectedException;
import org.supportplan.application.port.in.FieldViolation;
import org.supportplan.domain.validation.InvalidValueException;

/**
 * Reads one JSON document strictly into a DTO and applies its field rules: exactly one object, no
 * unknown or duplicate fields, text only where text is expected (amounts are strings, never JSON
 * numbers), JSON booleans only where booleans are expected. Refusals are {@link PlanDocumentException}s
 * whose paths are JSON paths; no message ever quotes the input.
 */
final class StrictReader {

    // Fields holding amounts or quantities: a JSON number there gets a hint on how to write it.
    private static final Set<String> DECIMAL_FIELDS = Set.of("quantity", "unitCost", "amount", "annualAmount",
            "indicativeAnnual", "assessedContributionAnnual", "finalBudgetAnnual");

    private final ObjectMapper mapper = strictMapper();
    private final Validator validator = Holder.FACTORY.getValidator();

    /** Parses {@code in} as one {@code type} and validates it in the default group and {@code groups}. */
    <T> T read(InputStream in, Class<T> type, Class<?>... groups) {
        T value = parse(in, type);
        validate(value, groups);
        return value;
    }

    /** The configured mapper (callers must not reconfigure it). */
    ObjectMapper mapper() {
        return mapper;
    }

    /** {@code document} as pretty-printed JSON. */
    String write(Object document) {
        try {
            return mapper.writerWithDefaultPrettyPrinter().writeValueAsString(document);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write a document as JSON", e);
        }
    }

    /** A domain refusal met while mapping a valid document, rooted at the document. */
    static PlanDocumentException invalid(InvalidValueException e) {
        return new PlanDocumentException(Kind.INVALID, List.of(new FieldViolation(jsonPath(e.field()), e.ruleId(), e.getMessage())));
    }

    /** A command's own refusal, rooted at the document. */
    static PlanDocumentException invalid(CommandRejectedException e) {
        return new PlanDocumentException(Kind.INVALID, e.violations().stream()
                .map(v -> new FieldViolation(jsonPath(v.path()), v.rule(), v.message())).toList());
    }

    /** A document path such as {@code supportItems[1].unitCost} as {@code $.supportItems[1].unitCost}. */
    static String jsonPath(String path) {
        return path == null || path.isEmpty() ? "$" : path.startsWith("[") ? "$" + path : "$." + path;
    }

    private <T> T parse(InputStream in, Class<T> type) {
        T value;
        try {
            value = mapper.readValue(in, type);
        } catch (UnrecognizedPropertyException e) {
            throw malformed(pathOf(e), "unknown-field", "unknown field \"" + e.getPropertyName() + "\"; the fields are "
                    + String.join(", ", e.getKnownPropertyIds().stream().map(Object::toString).sorted().toList()));
        } catch (MismatchedInputException e) {
            String path = pathOf(e);
            if (path.equals("$")) {
                throw malformed(path, "json.single-object", "the document must be exactly one JSON object");
            }
            String field = path.substring(path.lastIndexOf('.') + 1);
            String hint = DECIMAL_FIELDS.contains(field) && e.getTargetType() == String.class
                    ? " (amounts and quantities are written as strings, such as \"18.40\")" : "";
            throw malformed(path, "json.type", "expected " + describe(e.getTargetType()) + hint);
        } catch (JsonMappingException e) {
            if (e.getCause() instanceof StreamReadException syntax) { // broken JSON met while binding a field
                throw notJson(pathOf(e), syntax);
            }
            if (e.getCause() instanceof StreamConstraintsException) {
                throw tooComplex(pathOf(e));
            }
            throw malformed(pathOf(e), "json.type", "this value cannot be read here");
        } catch (StreamReadException e) {
            throw notJson(e.getProcessor() == null ? "$" : pathOf(e.getProcessor().getParsingContext()), e);
        } catch (StreamConstraintsException e) {
            throw tooComplex("$");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the document", e);
        }
        if (value == null) {
            throw malformed("$", "json.single-object", "the document must be exactly one JSON object");
        }
        return value;
    }

    private <T> void validate(T value, Class<?>... groups) {
        Class<?>[] all = new Class<?>[groups.length + 1];
        all[0] = jakarta.validation.groups.Default.class;
        System.arraycopy(groups, 0, all, 1, groups.length);
        Set<ConstraintViolation<T>> found = validator.validate(value, all);
        if (!found.isEmpty()) {
            throw new PlanDocumentException(Kind.INVALID, found.stream()
                    .map(v -> new FieldViolation(pathOf(v.getPropertyPath()),
                            v.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName(), v.getMessage()))
                    .distinct()
                    .sorted(Comparator.comparing(FieldViolation::path).thenComparing(FieldViolation::rule))
                    .toList());
        }
    }

    /** Beyond the parser's limits (nesting depth, the length of a number or a name): hostile, not a document. */
    private static PlanDocumentException tooComplex(String path) {
        return malformed(path, "json.limits", "the document is nested too deeply, or holds a number or a name too long to read");
    }

    /** Not JSON at all: says where, never echoes the input (it may hold personal data). */
    private static PlanDocumentException notJson(String path, StreamReadException e) {
        if (e instanceof InputCoercionException) { // valid JSON, but a number too large for its field
            return malformed(path, "json.type", "this number is out of range here");
        }
        String where = e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNr()
                + ", column " + e.getLocation().getColumnNr();
        return malformed(path, "json.syntax", "not valid JSON" + where);
    }

    private static PlanDocumentException malformed(String path, String rule, String message) {
        return new PlanDocumentException(Kind.MALFORMED, List.of(new FieldViolation(path, rule, message)));
    }

    private static String pathOf(Path path) {
        StringBuilder out = new StringBuilder("$");
        for (Path.Node node : path) {
            // A node inside a list carries the index of the element it belongs to.
            if (node.isInIterable() && node.getIndex() != null) {
                out.append('[').append(node.getIndex()).append(']');
            }
            if (node.getKind() == ElementKind.PROPERTY && node.getName() != null) {
                out.append('.').append(node.getName());
            }
        }
        return out.toString();
    }

    private static String pathOf(JsonMappingException e) {
        StringBuilder out = new StringBuilder("$");
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                out.append('.').append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                out.append('[').append(ref.getIndex()).append(']');
            }
        }
        return out.toString();
    }

    private static String pathOf(JsonStreamContext context) {
        Deque<String> parts = new ArrayDeque<>();
        for (JsonStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
            if (c.inArray()) {
                parts.push("[" + Math.max(c.getCurrentIndex(), 0) + "]");
            } else if (c.inObject() && c.getCurrentName() != null) {
                parts.push("." + c.getCurrentName());
            }
        }
        return "$" + String.join("", parts);
    }

    private static String describe(Class<?> type) {
        if (type == null) {
            return "a different kind of value";
        }
        if (type == String.class) {
            return "a string";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "a boolean (true or false)";
        }
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
            return "a whole number";
        }
        if (List.class.isAssignableFrom(type)) {
            return "an array";
        }
        if (type.isRecord()) {
            return "an object";
        }
        return "a " + type.getSimpleName().toLowerCase(Locale.ROOT);
    }

    private static ObjectMapper strictMapper() {
        ObjectMapper mapper = JsonMapper.builder()
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
                .disable(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT) // 2.5 weeks is not 2 weeks
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .build();
        // Text fields take text only: a JSON number for an amount would already have passed through a float.
        mapper.coercionConfigFor(LogicalType.Textual)
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
        // Booleans are JSON booleans: not 0/1, not "true".
        mapper.coercionConfigFor(LogicalType.Boolean)
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail);
        return mapper;
    }

    // Built once, on first use: building a validator factory is slow. Messages are in English whatever
    // the machine's locale, because they are part of the API.
    private static final class Holder {
        private static final ValidatorFactory FACTORY = Validation.byProvider(HibernateValidator.class).configure()
                .defaultLocale(Locale.ENGLISH)
                .buildValidatorFactory();
    }
}
