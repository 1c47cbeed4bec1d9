package org.supportplan.adapter.persistence.document;

import java.util.Arrays;
import java.util.Objects;
import java.util.Set;

import org.supportplan.domain.account.AuditFinding;
import org.supportplan.domain.account.AuditReport;
import org.supportplan.domain.account.DirectPaymentAccount;
import org.supportplan.domain.review.AgreedInterval;
import org.supportplan.domain.review.BudgetUse;
import org.supportplan.domain.review.Review;
import org.supportplan.domain.review.ReviewOutcome;
import org.supportplan.domain.review.ReviewRequest;
import org.supportplan.domain.validation.InvalidValueException;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.jsontype.NamedType;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * Writes the domain's review and account records (reviews, review requests, agreed intervals, direct-payment
 * accounts and audit reports) as JSON documents and reads them back. These types are immutable records all
 * the way down, so the document is the records' own components (docs/adr/0015): no parallel set of document
 * classes to keep in step, and reading goes through each record's validating constructor. A sealed type is
 * written with a {@code kind} member naming its variant. Reading is strict: anything unknown, missing or
 * duplicated is damage and is refused, never half-read. Thread-safe.
 */
public final class RecordDocuments {

    /** The format this class writes; stored with each document so a later format can be migrated to. */
    public static final int FORMAT = 1;

    /** The sealed types that appear inside the stored records. */
    private static final Set<Class<?>> SEALED = Set.of(ReviewOutcome.class, BudgetUse.class, AuditFinding.class);

    private final ObjectMapper json;

    /** Ready to use; one instance can be shared. */
    public RecordDocuments() {
        JsonMapper.Builder builder = JsonMapper.builder()
                .addModule(new JavaTimeModule())
                .addModule(new Jdk8Module())
                // Only the record components: derived accessors such as isMoneyOut() are not state.
                .visibility(PropertyAccessor.ALL, JsonAutoDetect.Visibility.NONE)
                .visibility(PropertyAccessor.FIELD, JsonAutoDetect.Visibility.ANY)
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .enable(DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION);
        for (Class<?> sealed : SEALED) {
            builder.addMixIn(sealed, KindMember.class);
            builder.registerSubtypes(Arrays.stream(sealed.getPermittedSubclasses())
                    .map(variant -> new NamedType(variant, variant.getSimpleName())).toArray(NamedType[]::new));
        }
        this.json = builder.build();
    }

    /** A review as a document. */
    public String write(Review review) {
        return serialise(review);
    }

    /** A review request as a document. */
    public String write(ReviewRequest request) {
        return serialise(request);
    }

    /** An agreed interval as a document. */
    public String write(AgreedInterval interval) {
        return serialise(interval);
    }

    /** An account as a document. */
    public String write(DirectPaymentAccount account) {
        return serialise(account);
    }

    /** An audit report as a document. */
    public String write(AuditReport report) {
        return serialise(report);
    }

    /**
     * Reads a document written by this class.
     *
     * @throws IllegalArgumentException when it is not a document of this format for {@code type}, or a value
     *         in it breaks a domain rule
     */
    public <T> T read(String document, Class<T> type) {
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(type, "type");
        try {
            T value = json.readValue(document, type);
            if (value == null) {
                throw new IllegalArgumentException("the document is null");
            }
            return value;
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not a " + type.getSimpleName() + " document of format " + FORMAT + ": "
                    + e.getOriginalMessage(), e);
        }
    }

    /**
     * A document written by this class as a JSON tree, for embedding it in another JSON document (an export line).
     *
     * @throws IllegalArgumentException when it is not JSON
     */
    public JsonNode tree(String document) {
        Objects.requireNonNull(document, "document");
        try {
            return json.readTree(document);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not a JSON document: " + e.getOriginalMessage(), e);
        }
    }

    /**
     * Reads a document given as a JSON tree, as strictly as {@link #read(String, Class)}.
     *
     * @throws IllegalArgumentException when it is not a document of this format for {@code type}, or a value
     *         in it breaks a domain rule
     */
    public <T> T read(JsonNode document, Class<T> type) {
        Objects.requireNonNull(type, "type");
        if (document == null || document.isNull() || document.isMissingNode()) {
            throw new IllegalArgumentException("the " + type.getSimpleName() + " document is missing");
        }
        try {
            return json.treeToValue(document, type);
        } catch (JsonProcessingException e) {
            for (Throwable cause = e; cause != null; cause = cause.getCause()) {
                if (cause instanceof InvalidValueException refused) {
                    // A domain rule refused a value: name the field and the rule, not Jackson's view of it.
                    throw new IllegalArgumentException("the " + type.getSimpleName() + " document's " + refused.field()
                            + " breaks rule " + refused.ruleId() + ": " + refused.getMessage(), e);
                }
            }
            throw new IllegalArgumentException("not a " + type.getSimpleName() + " document of format " + FORMAT + ": "
                    + e.getOriginalMessage(), e);
        }
    }

    private String serialise(Object value) {
        Objects.requireNonNull(value, "value");
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write a " + value.getClass().getSimpleName() + " document: "
                    + e.getOriginalMessage(), e);
        }
    }

    @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "kind")
    private interface KindMember {
    }
}
