package org.supportplan.domain.spend;

import java.util.List;

/**
 * Service-provider interface for spend rules that need code, found with {@link java.util.ServiceLoader}.
 * A council ships a jar listing its implementation in
 * {@code META-INF/services/org.supportplan.domain.spend.SpendRuleProvider}, and switches each rule on by
 * id in its profile. Rules from a provider carry their own source.
 */
public interface SpendRuleProvider {

    /** The rules this provider offers. */
    List<SpendRule> rules();
}
