package org.supportplan.adapter.persistence.jdbc;

import java.time.Instant;
import java.time.LocalDate;

import org.supportplan.adapter.persistence.document.PlanDocuments;
import org.supportplan.domain.money.Money;
import org.supportplan.domain.plan.CouncilId;
import org.supportplan.domain.plan.PersonId;
import org.supportplan.domain.plan.PlanId;
import org.supportplan.domain.plan.PlanStatus;
import org.supportplan.domain.plan.SignOff;
import org.supportplan.domain.plan.SupportPlan;

/**
 * Converts between plan versions and rows. The content goes through the document mapping
 * ({@link PlanDocuments}); the lifecycle fields are columns so queries can use them. The aggregate is
 * converted by hand because {@link SupportPlan} is rebuilt through {@link SupportPlan#restore}.
 */
final class PlanVersionRows {

    private final PlanDocuments documents = new PlanDocuments();

    PlanVersionRow toRow(SupportPlan plan) {
        SignOff signOff = plan.signOff().orElse(null);
        // ISO-8601 text keeps nanoseconds and reads the same on SQLite and PostgreSQL.
        return new PlanVersionRow(plan.id().toString(), plan.version(), plan.person().value(), plan.council().value(),
                plan.status().name(), plan.createdAt().toString(),
                signOff == null ? null : signOff.signedOffBy(),
                signOff == null ? null : signOff.at().toString(),
                signOff == null ? null : signOff.finalBudgetAnnual().pence(),
                plan.supportStart().map(LocalDate::toString).orElse(null),
                plan.endedOn().map(LocalDate::toString).orElse(null),
                documents.writeTexts(plan.returnReasons()), PlanDocuments.FORMAT, documents.write(plan.content()));
    }

    /**
     * Rebuilds a stored version.
     *
     * @throws IllegalStateException when the row cannot be read back (a format this code does not know,
     *         or damaged values), naming the plan and version
     */
    SupportPlan toPlan(PlanVersionRow row) {
        if (row.contentFormat() != PlanDocuments.FORMAT) {
            throw new IllegalStateException("plan " + row.planId() + " version " + row.version() + " is stored in document format "
                    + row.contentFormat() + ", but this supportplan reads format " + PlanDocuments.FORMAT
                    + "; open the store with the supportplan release that wrote it");
        }
        try {
            SignOff signOff = row.signedOffBy() == null ? null : new SignOff(row.signedOffBy(),
                    Instant.parse(row.signedOffAt()), Money.ofPence(row.finalBudgetPence()));
            return SupportPlan.restore(PlanId.parse(row.planId()), row.version(), PersonId.of(row.personId()),
                    CouncilId.of(row.councilId()), PlanStatus.valueOf(row.status()), Instant.parse(row.createdAt()),
                    documents.read(row.content()), documents.readTexts(row.returnReasons()), signOff,
                    row.supportStart() == null ? null : LocalDate.parse(row.supportStart()),
                    row.endedOn() == null ? null : LocalDate.parse(row.endedOn()));
        } catch (RuntimeException e) {
            throw new IllegalStateException("plan " + row.planId() + " version " + row.version()
                    + " cannot be read from the store: " + e.getMessage(), e);
        }
    }
}
