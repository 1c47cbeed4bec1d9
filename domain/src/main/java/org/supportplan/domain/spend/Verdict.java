package org.supportplan.domain.spend;

import org.supportplan.domain.rule.RuleId;
import org.supportplan.domain.rule.RuleSource;
import org.supportplan.domain.validation.Check;

/** What a spend rule decided about one subject: allowed, or refused with the rule, reason, source and path. */
public sealed interface Verdict permits Verdict.Allowed, Verdict.Refused {

    /** The shared "allowed" verdict. */
    Allowed ALLOWED = new Allowed();

    /** The rule has no objection. */
    record Allowed() implements Verdict {
    }

    /**
     * The rule refuses the subject.
     *
     * @param rule which rule refused
     * @param reason why, in plain English
     * @param source where the rule comes from
     * @param path the offending subject's path
     */
    record Refused(RuleId rule, String reason, RuleSource source, String path) implements Verdict {

        /** Validates; the reason is kept without surrounding white space. */
        public Refused {
            Check.present(rule, "rule");
            reason = Check.text(reason, "reason", 1000);
            Check.present(source, "source");
            Check.present(path, "path");
        }
    }
}
