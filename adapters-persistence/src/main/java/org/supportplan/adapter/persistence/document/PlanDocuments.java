package org.supportplan.adapter.persistence.document;

import java.util.List;
import java.util.Objects;

import org.supportplan.domain.plan.PlanContent;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.type.LogicalType;

/**
 * Writes plan content, and lists of texts such as return reasons, as JSON documents and reads them
 * back. Reading is strict (every field present, nothing unknown, no duplicate keys): a stored document
 * is only ever written by this class, so anything else means damage and must not be half-read.
 * Thread-safe.
 */
public final class PlanDocuments {

    /**
     * The document format this class writes and reads. Stored next to each document so that a later
     * format can be introduced with a migration that knows which documents to convert.
     */
    public static final int FORMAT = 1;

    private static final TypeReference<List<String>> TEXTS = new TypeReference<>() {
    };

    private final ObjectMapper json = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            // No number may stand in for an amount or a quantity (they are decimal strings), nor a string for a boolean.
            .withCoercionConfig(LogicalType.Textual, text -> text
                    .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
            .withCoercionConfig(LogicalType.Boolean, flag -> flag
                    .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail))
            .build();
    private final ContentMapper mapper = new ContentMapperImpl();

    /** Ready to use; one instance can be shared. */
    public PlanDocuments() {
    }

    /** The content as a JSON document in {@link #FORMAT}. */
    public String write(PlanContent content) {
        Objects.requireNonNull(content, "content");
        return serialise(mapper.toDocument(content));
    }

    /**
     * Rebuilds content from a document in {@link #FORMAT}.
     *
     * @throws IllegalArgumentException when the document is not well-formed JSON of this format, or a
     *         value in it breaks a domain rule
     */
    public PlanContent read(String document) {
        Objects.requireNonNull(document, "document");
        try {
            ContentDocument parsed = json.readValue(document, ContentDocument.class);
            if (parsed == null) {
                throw new IllegalArgumentException("the document is null");
            }
            return mapper.toContent(parsed);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not a plan content document of format " + FORMAT + ": "
                    + e.getOriginalMessage(), e);
        } catch (RuntimeException e) { // a domain rule, an unknown constant name, a malformed date
            throw new IllegalArgumentException("not a valid plan content document of format " + FORMAT + ": "
                    + e.getMessage(), e);
        }
    }

    /** The content as a JSON tree in {@link #FORMAT}, for documents that hold it whole (such as a store export). */
    public JsonNode writeTree(PlanContent content) {
        Objects.requireNonNull(content, "content");
        return json.valueToTree(mapper.toDocument(content));
    }

    /**
     * Rebuilds content from a JSON tree in {@link #FORMAT}, as strictly as {@link #read(String)}.
     *
     * @throws IllegalArgumentException when the tree is not a document of this format, or a value in it
     *         breaks a domain rule
     */
    public PlanContent read(JsonNode document) {
        Objects.requireNonNull(document, "document");
        if (!document.isObject()) {
            throw new IllegalArgumentException("not a plan content document of format " + FORMAT + ": not a JSON object");
        }
        try {
            return mapper.toContent(json.treeToValue(document, ContentDocument.class));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not a plan content document of format " + FORMAT + ": "
                    + e.getOriginalMessage(), e);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("not a valid plan content document of format " + FORMAT + ": "
                    + e.getMessage(), e);
        }
    }

    /** A list of texts as a JSON array. */
    public String writeTexts(List<String> texts) {
        return serialise(List.copyOf(texts));
    }

    /** Reads a JSON array of texts. */
    public List<String> readTexts(String document) {
        Objects.requireNonNull(document, "document");
        List<String> texts;
        try {
            texts = json.readValue(document, TEXTS);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not a JSON array of texts: " + e.getOriginalMessage(), e);
        }
        if (texts == null || texts.contains(null)) {
            throw new IllegalArgumentException("not a JSON array of texts: it is null or holds null");
        }
        return List.copyOf(texts);
    }

    private String serialise(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            // Only plain records, strings and lists are written; failing here is a programming error.
            throw new IllegalStateException("cannot write a plan document: " + e.getOriginalMessage(), e);
        }
    }
}
