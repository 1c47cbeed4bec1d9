package org.supportplan.adapter.web.security;

import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

import org.supportplan.application.audit.Actor;
import org.supportplan.domain.plan.CouncilId;
import org.supportplan.domain.plan.PersonId;

/**
 * An authenticated caller, as its token says. The subject is the identity provider's opaque id (never a name or
 * an e-mail address, so it may be logged and recorded as the actor); {@code people} and {@code councils} link
 * the caller to plans (see {@link #sees}).
 *
 * @param subject the token's subject: 1 to 64 letters, digits, {@code . _ -}
 * @param role the one role the token names
 * @param people the people the caller is linked to: exactly themself for {@link Role#PERSON}, the people they
 *               represent or have on their caseload for the other roles linked by people
 * @param councils the councils whose plans a care manager or finance auditor sees (at least one for those roles)
 */
public record Principal(String subject, Role role, Set<PersonId> people, Set<CouncilId> councils) {

    // No '@': an e-mail address is personal data and would end up in logs and the audit trail.
    private static final Pattern SUBJECT = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");

    /** Validates the subject and that the links suit the role. */
    public Principal {
        Objects.requireNonNull(role, "role");
        people = Set.copyOf(Objects.requireNonNull(people, "people"));
        councils = Set.copyOf(Objects.requireNonNull(councils, "councils"));
        if (subject == null || !SUBJECT.matcher(subject).matches()) {
            throw new IllegalArgumentException("a subject is an opaque id of 1 to 64 letters, digits, '.', '_' or '-'");
        }
        if (role == Role.PERSON && people.size() != 1) {
            throw new IllegalArgumentException("a person is linked to exactly one person, themself");
        }
        if (role.link() == Role.Link.COUNCILS && councils.isEmpty()) {
            throw new IllegalArgumentException("a " + role.wire() + " must name at least one council");
        }
        if (role.link() == Role.Link.NONE && !(people.isEmpty() && councils.isEmpty())) {
            throw new IllegalArgumentException("a " + role.wire() + " token is linked to no people and no councils");
        }
    }

    /** Whether the token's subject is a well-formed opaque id. */
    public static boolean isSubject(String subject) {
        return subject != null && SUBJECT.matcher(subject).matches();
    }

    /** The actor recorded in the audit trail: {@code http:<role>:<subject>}, no personal data. */
    public Actor actor() {
        return Actor.of("http:" + role.wire() + ":" + subject);
    }

    /**
     * Whether the caller may see this plan at all: a person, representative or care worker when linked to its
     * person; a care manager or finance auditor when it is one of their councils' plans.
     */
    public boolean sees(PlanOwner owner) {
        return switch (role.link()) {
            case PEOPLE -> people.contains(owner.person());
            case COUNCILS -> councils.contains(owner.council());
            case NONE -> false;
        };
    }

    /** Whether the caller works for this council. */
    public boolean covers(CouncilId council) {
        return councils.contains(council);
    }
}
