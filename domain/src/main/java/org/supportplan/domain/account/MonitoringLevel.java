package org.supportplan.domain.account;

import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.supportplan.domain.rule.RuleSource;
import org.supportplan.domain.validation.Check;
import org.supportplan.domain.validation.InvalidValueException;

/**
 * How closely a direct-payment account is monitored: how often its account is audited and what
 * evidence the holder must show. Which level applies is decided by an additional assessment
 * (Derbyshire seed); the levels themselves are council policy. {@link #defaults()} are supportplan's
 * own figures, marked as such, for a council that has not set its own.
 *
 * @param id a short lower-case code such as {@code standard}
 * @param auditIntervalMonths how many months each audit period covers (1 to 24)
 * @param evidence what the holder must show at each audit; at least one kind
 * @param source where the level's figures come from
 */
public record MonitoringLevel(String id, int auditIntervalMonths, Set<Evidence> evidence, RuleSource source) {

    // Declared first: the default levels below are validated against it as the class initialises.
    private static final Pattern ID = Pattern.compile("[a-z][a-z0-9-]{1,39}");

    /** Where the default levels come from: nowhere in law or the seed pages, so they are marked as supportplan's own. */
    public static final RuleSource DEFAULT_SOURCE = RuleSource.of(RuleSource.Kind.SUPPORTPLAN_DEFAULT,
            "supportplan default monitoring levels; a council should set its own (Derbyshire's page says only that an "
                    + "additional assessment decides the level of monitoring and financial audit)");

    /** Audited once a year from bank statements alone. */
    public static final MonitoringLevel LIGHT = new MonitoringLevel("light", 12, EnumSet.of(Evidence.BANK_STATEMENTS),
            DEFAULT_SOURCE);
    /** Audited every six months from statements, receipts and invoices. */
    public static final MonitoringLevel STANDARD = new MonitoringLevel("standard", 6,
            EnumSet.of(Evidence.BANK_STATEMENTS, Evidence.RECEIPTS, Evidence.INVOICES), DEFAULT_SOURCE);
    /** Audited every three months from all evidence, timesheets and payroll records included. */
    public static final MonitoringLevel ENHANCED = new MonitoringLevel("enhanced", 3, EnumSet.allOf(Evidence.class),
            DEFAULT_SOURCE);

    /** Validates. */
    public MonitoringLevel {
        if (id == null || !ID.matcher(id).matches()) {
            throw InvalidValueException.of("id", "monitoring-level.id-format",
                    "a monitoring level id is a lower-case code such as standard (2 to 40 letters, digits or hyphens)");
        }
        Check.that(auditIntervalMonths >= 1 && auditIntervalMonths <= 24, "auditIntervalMonths",
                "monitoring-level.interval", "an account is audited at least every 24 months and at most every month");
        Check.present(evidence, "evidence").forEach(e -> Check.present(e, "evidence"));
        Check.that(!evidence.isEmpty(), "evidence", "monitoring-level.evidence", "an audit needs at least one kind of evidence");
        evidence = Collections.unmodifiableSet(EnumSet.copyOf(evidence));
        Check.present(source, "source");
    }

    /** The default levels: light, standard and enhanced, all marked {@link RuleSource.Kind#SUPPORTPLAN_DEFAULT}. */
    public static List<MonitoringLevel> defaults() {
        return List.of(LIGHT, STANDARD, ENHANCED);
    }

    /** The audit period this level gives starting on {@code from}: {@link #auditIntervalMonths} calendar months. */
    public AuditPeriod periodFrom(LocalDate from) {
        Check.present(from, "from");
        return new AuditPeriod(from, from.plusMonths(auditIntervalMonths).minusDays(1));
    }
}
