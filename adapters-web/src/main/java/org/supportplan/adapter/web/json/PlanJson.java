package org.supportplan.adapter.web.json;

import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.supportplan.adapter.web.dto.PlanRequest;
import org.supportplan.adapter.web.json.PlanDocumentException.Kind;
import org.supportplan.adapter.web.mapping.CouncilMapper;
import org.supportplan.adapter.web.mapping.PlanMapper;
import org.supportplan.adapter.web.mapping.ReportMapper;
import org.supportplan.application.port.in.CommandRejectedException;
import org.supportplan.application.port.in.DraftPlanCommand;
import org.supportplan.application.port.in.FieldViolation;
import org.supportplan.domain.plan.CouncilId;
import org.supportplan.domain.plan.PersonId;
import org.supportplan.domain.plan.PlanContent;
import org.supportplan.domain.plan.SupportPlan;
import org.supportplan.domain.profile.CouncilProfile;
import org.supportplan.domain.signoff.SignOffReport;
import org.supportplan.domain.validation.InvalidValueException;

/**
 * The plan JSON format shared by the HTTP API and the command line ({@code docs/http-api.md}): reads
 * plan documents into commands or content, and writes plans, plan histories, check reports and
 * council profiles. Thread-safe; build one and share it.
 */
public final class PlanJson {

    private final StrictReader reader = new StrictReader();
    private final PlanMapper plans = PlanMapper.INSTANCE;
    private final ReportMapper reports = ReportMapper.INSTANCE;
    private final CouncilMapper councils = CouncilMapper.INSTANCE;
    /** The text last written for each of the plans written most recently, by plan id. */
    private final java.util.Map<org.supportplan.domain.plan.PlanId, Written> written = new java.util.LinkedHashMap<>(512, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(java.util.Map.Entry<org.supportplan.domain.plan.PlanId, Written> eldest) {
            return size() > WRITTEN_KEPT;
        }
    };

    /** Enough for the plans a service is answering for at once. */
    private static final int WRITTEN_KEPT = 256;

    /** A plan object and its text; plans are immutable, so the same object always gives the same text. */
    private record Written(SupportPlan plan, String text) {
    }

    /** A codec with the strict reading rules described on {@link #readDraft(InputStream)}. */
    public PlanJson() {
    }

    /**
     * Reads one plan document (UTF-8 JSON, a single object) that starts a new plan: {@code personId}
     * and {@code councilId} are required. Refuses unknown fields (the server-set fields of a written
     * plan excepted), duplicate fields, trailing content, numbers or booleans where text is expected
     * and text where a boolean is expected; then applies the field rules and the domain's rules
     * (unique ids, links to needs and outcomes that exist, a contribution within the budget).
     *
     * @throws PlanDocumentException naming every offending field it can (the stream is not closed)
     * @throws UncheckedIOException when the stream itself fails
     */
    public DraftPlanCommand readDraft(InputStream in) {
        PlanRequest request = reader.read(in, PlanRequest.class, PlanRequest.NewPlan.class);
        try {
            return plans.toCommand(request);
        } catch (InvalidValueException e) {
            throw StrictReader.invalid(e);
        } catch (CommandRejectedException e) {
            throw StrictReader.invalid(e);
        }
    }

    /**
     * Reads a plan document as new content for an existing plan of {@code person} under
     * {@code council}. The document has the same shape as for {@link #readDraft}; {@code personId}
     * and {@code councilId} may be omitted, and when present must equal the plan's own (rules
     * {@code plan.person-unchanged} and {@code plan.council-unchanged}): a plan's person and council
     * never change.
     *
     * @throws PlanDocumentException as for {@link #readDraft}
     */
    public PlanContent readContent(InputStream in, PersonId person, CouncilId council) {
        Objects.requireNonNull(person, "person");
        Objects.requireNonNull(council, "council");
        PlanRequest request = reader.read(in, PlanRequest.class);
        List<FieldViolation> changed = new ArrayList<>(2);
        if (request.councilId() != null && !request.councilId().equals(council.value())) {
            changed.add(new FieldViolation("$.councilId", "plan.council-unchanged",
                    "councilId must be omitted or be the plan's own council: a plan's council never changes"));
        }
        if (request.personId() != null && !request.personId().equals(person.value())) {
            changed.add(new FieldViolation("$.personId", "plan.person-unchanged",
                    "personId must be omitted or be the plan's own person: a plan's person never changes"));
        }
        if (!changed.isEmpty()) {
            throw new PlanDocumentException(Kind.INVALID, changed);
        }
        try {
            return plans.toContent(request);
        } catch (InvalidValueException e) {
            throw StrictReader.invalid(e);
        }
    }

    /**
     * A plan document read only to be checked or costed: {@code personId} and {@code councilId} may be
     * omitted (the caller may name the council another way). Otherwise as strict as {@link #readDraft}.
     *
     * @param person the document's person, if given
     * @param council the document's council, if given
     * @param content the plan content
     */
    public record Document(Optional<PersonId> person, Optional<CouncilId> council, PlanContent content) {
    }

    /**
     * Reads a plan document to check or cost it, without requiring its person or council.
     *
     * @throws PlanDocumentException as for {@link #readDraft}
     */
    public Document readDocument(InputStream in) {
        PlanRequest request = reader.read(in, PlanRequest.class);
        try {
            return new Document(Optional.ofNullable(request.personId()).map(PersonId::of),
                    Optional.ofNullable(request.councilId()).map(CouncilId::of), plans.toContent(request));
        } catch (InvalidValueException e) {
            throw StrictReader.invalid(e);
        }
    }

    /**
     * One plan version, pretty-printed, in the response shape. The very plan object written last time (a store
     * hands out the object it read until the plan changes) gets the text written last time, not a new one.
     */
    public String write(SupportPlan plan) {
        synchronized (written) {
            Written last = written.get(plan.id());
            if (last != null && last.plan() == plan) {
                return last.text();
            }
        }
        String text = text(plans.toResponse(plan));
        synchronized (written) {
            written.put(plan.id(), new Written(plan, text));
        }
        return text;
    }

    /** Every version of a plan, oldest first, as a JSON array of plans in the response shape. */
    public String writeHistory(List<SupportPlan> versions) {
        return text(versions.stream().map(plans::toResponse).toList());
    }

    /** A sign-off check report: agreeable, council, findings and the budget breakdown. */
    public String writeReport(SignOffReport report) {
        return text(reports.toResponse(report));
    }

    /** Only the {@code budget} part of a report: the cost breakdown, the personal budget and sufficiency. */
    public String writeBudget(SignOffReport report) {
        return text(reports.toBudget(report));
    }

    /** A council profile in full, each setting with its provenance and source. */
    public String writeCouncil(CouncilProfile profile) {
        return text(councils.toResponse(profile));
    }

    /** The installed councils as a short JSON array: id, name, number of questions and spend rule ids. */
    public String writeCouncils(List<CouncilProfile> profiles) {
        return text(profiles.stream().map(councils::toSummary).toList());
    }

    /** A copy of the configured Jackson mapper, for writing other documents (such as problems) alike. */
    public ObjectMapper mapper() {
        return reader.mapper().copy();
    }

    private String text(Object document) {
        try {
            return reader.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(document);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write a document as JSON", e);
        }
    }
}
