package org.supportplan.domain.profile;

import org.supportplan.domain.rule.RuleSource;
import org.supportplan.domain.validation.Check;

/**
 * One value of a council profile with where it comes from, so a default is never presented as the
 * council's own rule. A value a profile inherits is the parent's setting unchanged: a council's value
 * stays the council's (citing that council), a national default stays a national default.
 *
 * @param value the value in force
 * @param provenance a council's own, or the national default
 * @param source the law, guidance or page the value comes from
 * @param <T> the value's type
 */
public record Setting<T>(T value, Provenance provenance, RuleSource source) {

    /** Validates presence. */
    public Setting {
        Check.present(value, "value");
        Check.present(provenance, "provenance");
        Check.present(source, "source");
    }

    /** True when the value is the national default rather than a council's own. */
    public boolean isDefault() {
        return provenance == Provenance.NATIONAL_DEFAULT;
    }
}
