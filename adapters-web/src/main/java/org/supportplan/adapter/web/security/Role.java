package org.supportplan.adapter.web.security;

import java.util.Arrays;
import java.util.Optional;

/**
 * What a caller is to the service. A token names exactly one role; who may call which route is
 * {@link RoutePolicy}'s table (written out in {@code docs/security.md}).
 */
public enum Role {

    /** The person the plan is for; linked to themself only. */
    PERSON("person", Link.PEOPLE),
    /** Someone the person trusts, an independent advocate or an authorised person; linked to the people they represent. */
    REPRESENTATIVE("representative", Link.PEOPLE),
    /** A care or social worker; linked to the people on their caseload. */
    CARE_WORKER("care-worker", Link.PEOPLE),
    /** Signs plans off and sets the final budget; sees the plans of their council(s). */
    CARE_MANAGER("care-manager", Link.COUNCILS),
    /** Handles direct-payment accounts, transactions and audits; sees the plans of their council(s). */
    FINANCE_AUDITOR("finance-auditor", Link.COUNCILS),
    /** The operations team's metrics scraper (Prometheus): reads {@code /metrics} and nothing of anyone's plan. */
    MONITORING("monitoring", Link.NONE);

    /** How a role is linked to plans: through the people it names, or through the councils. */
    public enum Link {
        /** The token's {@code people} claim. */
        PEOPLE,
        /** The token's {@code councils} claim. */
        COUNCILS,
        /** Linked to no plan at all. */
        NONE
    }

    private final String wire;
    private final Link link;

    Role(String wire, Link link) {
        this.wire = wire;
        this.link = link;
    }

    /** The name in tokens, the dev tokens file and actors, such as {@code care-manager}. */
    public String wire() {
        return wire;
    }

    /** How the role is linked to plans. */
    public Link link() {
        return link;
    }

    /** The role with this wire name, if any. */
    public static Optional<Role> fromWire(String name) {
        return Arrays.stream(values()).filter(role -> role.wire.equals(name)).findFirst();
    }
}
