package org.supportplan.domain.profile;

import org.supportplan.domain.spend.RuleSource;
import org.supportplan.domain.validation.Check;

/**
 * One value of a council profile with where it comes from, so a default is never presented as the
 * council's own rule.
 *
 * @param value the value in force
 * @param provenance the council's own, or the national default
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

    /** The same value, marked as inherited from the national default. */
    public Setting<T> asNationalDefault() {
        return new Setting<>(value, Provenance.NATIONAL_DEFAULT, source);
    }

    /** True when the value is the national default rather than the council's own. */
    public boolean isDefault() {
        return provenance == Provenance.NATIONAL_DEFAULT;
    }
}
