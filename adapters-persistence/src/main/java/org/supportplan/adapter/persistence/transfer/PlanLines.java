package org.supportplan.adapter.persistence.transfer;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.supportplan.adapter.persistence.document.PlanDocuments;
import org.supportplan.application.port.Revision;
import org.supportplan.domain.money.Money;
import org.supportplan.domain.plan.CouncilId;
import org.supportplan.domain.plan.PersonId;
import org.supportplan.domain.plan.PlanId;
import org.supportplan.domain.plan.PlanStatus;
import org.supportplan.domain.plan.SignOff;
import org.supportplan.domain.plan.SupportPlan;

/**
 * Converts a plan's history to its export line and back. The content goes through the stored plan
 * document mapping ({@link PlanDocuments}); the lifecycle fields are converted by hand because
 * {@link SupportPlan} is rebuilt through {@link SupportPlan#restore}, which the domain validates.
 */
final class PlanLines {

    private final PlanDocuments documents;

    PlanLines(PlanDocuments documents) {
        this.documents = documents;
    }

    ExportLines.Plan toLine(PlanId id, StoreTransfer.PlanHistory history) {
        SupportPlan first = history.versions().get(0);
        List<ExportLines.Version> versions = new ArrayList<>(history.versions().size());
        for (SupportPlan plan : history.versions()) {
            SignOff signOff = plan.signOff().orElse(null);
            versions.add(new ExportLines.Version(plan.version(), plan.status().name(), plan.createdAt().toString(),
                    plan.returnReasons(),
                    signOff == null ? null : new ExportLines.SignOff(signOff.signedOffBy(), signOff.at().toString(),
                            signOff.finalBudgetAnnual().format()),
                    plan.supportStart().map(LocalDate::toString).orElse(null), plan.endedOn().map(LocalDate::toString).orElse(null),
                    documents.writeTree(plan.content())));
        }
        return new ExportLines.Plan(ExportLines.PLAN, id.toString(), first.person().value(), first.council().value(),
                history.revision().value(), versions);
    }

    /**
     * Rebuilds the history of a plan line, oldest first.
     *
     * @throws RuntimeException (such as {@link IllegalArgumentException}) naming the value that breaks a rule
     */
    StoreTransfer.PlanHistory fromLine(ExportLines.Plan line) {
        PlanId id = PlanId.parse(line.id());
        PersonId person = PersonId.of(required(line.person(), "person"));
        CouncilId council = CouncilId.of(required(line.council(), "council"));
        Revision revision = new Revision(line.revision());
        if (line.versions() == null || line.versions().isEmpty()) {
            throw new IllegalArgumentException("it has no versions; every plan has at least one");
        }
        List<SupportPlan> history = new ArrayList<>(line.versions().size());
        int previous = 0;
        for (ExportLines.Version version : line.versions()) {
            Objects.requireNonNull(version, "a version is null");
            if (version.version() <= previous) {
                throw new IllegalArgumentException("its versions are not in ascending order without repeats (version "
                        + version.version() + " after " + previous + ")");
            }
            previous = version.version();
            try {
                history.add(toPlan(id, person, council, version));
            } catch (RuntimeException e) {
                throw new IllegalArgumentException("version " + version.version() + ": " + e.getMessage(), e);
            }
        }
        return new StoreTransfer.PlanHistory(history, revision);
    }

    private SupportPlan toPlan(PlanId id, PersonId person, CouncilId council, ExportLines.Version version) {
        ExportLines.SignOff signOff = version.signOff();
        return SupportPlan.restore(id, version.version(), person, council,
                PlanStatus.valueOf(required(version.status(), "status")), Instant.parse(required(version.createdAt(), "createdAt")),
                documents.read(version.content()), required(version.returnReasons(), "returnReasons"),
                signOff == null ? null : new SignOff(signOff.by(), Instant.parse(required(signOff.at(), "signOff.at")),
                        Money.parse(required(signOff.finalBudgetAnnual(), "signOff.finalBudgetAnnual"))),
                version.supportStart() == null ? null : LocalDate.parse(version.supportStart()),
                version.endedOn() == null ? null : LocalDate.parse(version.endedOn()));
    }

    static <T> T required(T value, String field) {
        if (value == null) {
            throw new IllegalArgumentException(field + " is missing");
        }
        return value;
    }
}
