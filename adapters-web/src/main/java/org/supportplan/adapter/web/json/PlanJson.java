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
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;

import org.hibernate.validator.HibernateValidator;
import org.supportplan.adapter.web.dto.DraftPlanRequest;
import org.supportplan.adapter.web.json.PlanDocumentException.Kind;
import org.supportplan.adapter.web.mapping.PlanMapper;
import org.supportplan.application.port.in.CommandRejectedException;
import org.supportplan.application.port.in.DraftPlanCommand;
import org.supportplan.application.port.in.FieldViolation;
import org.supportplan.domain.plan.SupportPlan;
import org.supportplan.domain.validation.InvalidValueException;

/**
 * The plan document format shared by the HTTP API and the command line: reads a draft plan document
 * into a validated {@link DraftPlanCommand} and writes a {@link SupportPlan} as JSON. Thread-safe;
 * build one and share it.
 */
public final class PlanJson {

    private final ObjectMapper mapper;
    private final Validator validator;
    private final PlanMapper plans = PlanMapper.INSTANCE;

    /** A codec with the strict reading rules described on {@link #readDraft(InputStream)}. */
    public PlanJson() {
        this.mapper = strictMapper();
        this.validator = Holder.FACTORY.getValidator();
    }

    /**
     * Reads one plan document (UTF-8 JSON, a single object) into a draft command. Refuses unknown
     * fields, duplicate fields, trailing content and numbers or booleans where text is expected (amounts
     * are decimal strings, never JSON numbers), then applies the field rules and the domain's rules.
     *
     * @throws PlanDocumentException naming every offending field it can (the stream is not closed)
     * @throws UncheckedIOException when the stream itself fails
     */
    public DraftPlanCommand readDraft(InputStream in) {
        DraftPlanRequest request = parse(in);
        validate(request);
        try {
            return plans.toCommand(request);
        } catch (InvalidValueException e) {
            throw new PlanDocumentException(Kind.INVALID,
                    List.of(new FieldViolation(jsonPath(e.field()), e.ruleId(), e.getMessage())));
        } catch (CommandRejectedException e) {
            throw new PlanDocumentException(Kind.INVALID, e.violations().stream()
                    .map(v -> new FieldViolation(jsonPath(v.path()), v.rule(), v.message())).toList());
        }
    }

    /** The plan as pretty-printed JSON in the response shape (see {@code PlanResponse}). */
    public String write(SupportPlan plan) {
        try {
            return mapper.writerWithDefaultPrettyPrinter().writeValueAsString(plans.toResponse(plan));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write a plan as JSON", e);
        }
    }

    /** A copy of the configured Jackson mapper, for writing other documents (such as problems) alike. */
    public ObjectMapper mapper() {
        return mapper.copy();
    }

    private DraftPlanRequest parse(InputStream in) {
        DraftPlanRequest request;
        try {
            request = mapper.readValue(in, DraftPlanRequest.class);
        } catch (UnrecognizedPropertyException e) {
            throw malformed(pathOf(e), "unknown-field", "unknown field \"" + e.getPropertyName() + "\"; the fields are "
                    + String.join(", ", e.getKnownPropertyIds().stream().map(Object::toString).sorted().toList()));
        } catch (MismatchedInputException e) {
            String path = pathOf(e);
            if (path.equals("$")) {
                throw malformed(path, "json.single-object", "the document must be exactly one JSON object");
            }
            String hint = path.endsWith(".quantity") || path.endsWith(".unitCost")
                    ? " (amounts and quantities are written as strings, such as \"18.40\")" : "";
            throw malformed(path, "json.type", "expected " + describe(e.getTargetType()) + hint);
        } catch (JsonMappingException e) {
            if (e.getCause() instanceof StreamReadException syntax) { // broken JSON met while binding a field
                throw notJson(pathOf(e), syntax);
            }
            throw malformed(pathOf(e), "json.type", "this value cannot be read here");
        } catch (StreamReadException e) {
            throw notJson(e.getProcessor() == null ? "$" : pathOf(e.getProcessor().getParsingContext()), e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the plan document", e);
        }
        if (request == null) {
            throw malformed("$", "json.single-object", "the document must be exactly one JSON object");
        }
        return request;
    }

    private void validate(DraftPlanRequest request) {
        Set<ConstraintViolation<DraftPlanRequest>> found = validator.validate(request);
        if (!found.isEmpty()) {
            throw new PlanDocumentException(Kind.INVALID, found.stream()
                    .map(v -> new FieldViolation(pathOf(v.getPropertyPath()),
                            v.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName(), v.getMessage()))
                    .sorted(Comparator.comparing(FieldViolation::path).thenComparing(FieldViolation::rule))
                    .toList());
        }
    }

    /** Not JSON at all: says where, never echoes the input (it may hold personal data). */
    private static PlanDocumentException notJson(String path, StreamReadException e) {
        String where = e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNr()
                + ", column " + e.getLocation().getColumnNr();
        return malformed(path, "json.syntax", "not valid JSON" + where);
    }

    private static PlanDocumentException malformed(String path, String rule, String message) {
        return new PlanDocumentException(Kind.MALFORMED, List.of(new FieldViolation(path, rule, message)));
    }

    /** A domain or command path such as {@code supportItems[1].unitCost} as {@code $.supportItems[1].unitCost}. */
    private static String jsonPath(String path) {
        return path == null || path.isEmpty() ? "$" : path.startsWith("[") ? "$" + path : "$." + path;
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
                .addModule(new JavaTimeModule())
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
                .disable(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
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
