package org.supportplan.domain.plan;

import java.util.Optional;

import org.supportplan.domain.validation.Check;

/**
 * Who is paid for a support item when it is an individual (for example a personal assistant), as
 * far as the family-payment rule needs to know. Holds no name.
 *
 * @param relationship how the paid person is related to the person
 * @param livesInSameHousehold whether they live in the person's household
 * @param councilException the council's recorded decision that paying them is necessary, or null
 */
public record PaidPerson(Relationship relationship, boolean livesInSameHousehold, String councilException) {

    /** Validates; a blank exception reference counts as none. */
    public PaidPerson {
        Check.present(relationship, "relationship");
        councilException = councilException == null || councilException.isBlank()
                ? null : Check.text(councilException, "councilException", 200);
    }

    /** The council's recorded exception (a decision reference), if any. */
    public Optional<String> exception() {
        return Optional.ofNullable(councilException);
    }
}
