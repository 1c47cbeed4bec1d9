package org.supportplan.adapter.persistence.transfer;

import static org.supportplan.adapter.persistence.transfer.PlanLines.required;

import java.time.Instant;

import org.supportplan.application.audit.Actor;
import org.supportplan.application.audit.AuditAction;
import org.supportplan.application.audit.AuditEntry;
import org.supportplan.application.audit.AuditEvent;
import org.supportplan.domain.plan.PersonId;
import org.supportplan.domain.plan.PlanId;
import org.supportplan.domain.plan.PlanStatus;

/** Converts an audit entry to its export line and back, hashes and all, without recomputing anything. */
final class AuditLines {

    private AuditLines() {
    }

    static ExportLines.Audit toLine(AuditEntry entry) {
        AuditEvent event = entry.event();
        return new ExportLines.Audit(ExportLines.AUDIT, entry.sequence(), event.at().toString(), event.actor().id(),
                event.action().name(), event.plan().toString(), event.person().value(),
                event.before().map(AuditLines::toLine).orElse(null), toLine(event.to()), entry.previousHash(), entry.hash());
    }

    /**
     * The entry a line holds, exactly; its hash is not checked here (a damaged trail is reported, not refused).
     *
     * @throws RuntimeException naming the value that breaks a rule
     */
    static AuditEntry fromLine(ExportLines.Audit line) {
        AuditEvent event = new AuditEvent(Instant.parse(required(line.at(), "at")), Actor.of(line.actor()),
                AuditAction.valueOf(required(line.action(), "action")), PlanId.parse(line.plan()),
                PersonId.of(required(line.person(), "person")), line.from() == null ? null : toState(line.from()),
                toState(required(line.to(), "to")));
        return new AuditEntry(line.sequence(), event, line.previousHash(), line.hash());
    }

    private static ExportLines.State toLine(AuditEvent.VersionState state) {
        return new ExportLines.State(state.version(), state.status().name());
    }

    private static AuditEvent.VersionState toState(ExportLines.State state) {
        return new AuditEvent.VersionState(state.version(), PlanStatus.valueOf(required(state.status(), "status")));
    }
}
