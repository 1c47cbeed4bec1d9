package org.supportplan.adapter.web.security;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import static org.supportplan.adapter.web.security.Role.CARE_MANAGER;
import static org.supportplan.adapter.web.security.Role.CARE_WORKER;
import static org.supportplan.adapter.web.security.Role.FINANCE_AUDITOR;
import static org.supportplan.adapter.web.security.Role.PERSON;
import static org.supportplan.adapter.web.security.Role.REPRESENTATIVE;

/**
 * Who may call which route: one {@link Rule} per method and path template (as registered with Javalin). Default
 * deny: a route with no rule stops the service from starting ({@link #requireEvery}), and a role not named in a
 * rule is refused. {@code docs/security.md} holds the same table for people to read; a test keeps the two equal.
 */
public final class RoutePolicy {

    /** What in the request ties it to plans, and so to whom the caller must be linked. */
    public enum Scope {
        /** Nothing: council profiles, checking a document. */
        NONE,
        /** The person and council in the body of a new plan (checked by the route itself, 403 when not linked). */
        DRAFT,
        /** The plan {@code {id}}: 404 unless the caller is linked to it. */
        PLAN,
        /** The direct-payment account {@code {id}}: 404 unless the caller is linked to its plan. */
        ACCOUNT,
        /** The audit report {@code {reportId}}: 404 unless the caller is linked to its plan. */
        REPORT,
        /** The council {@code {id}}: 403 unless the caller works for it (council profiles are not secret). */
        COUNCIL
    }

    /**
     * One route's rule.
     *
     * @param method the HTTP method, such as {@code GET}
     * @param path the path template, such as {@code /plans/{id}}
     * @param isPublic whether the route needs no token at all (health, API description)
     * @param roles the roles that may call it (empty for a public route)
     * @param scope what the caller must be linked to
     */
    public record Rule(String method, String path, boolean isPublic, Set<Role> roles, Scope scope) {

        /** Requires a method, a path, and roles unless public. */
        public Rule {
            Objects.requireNonNull(method, "method");
            Objects.requireNonNull(path, "path");
            Objects.requireNonNull(scope, "scope");
            roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
            if (isPublic != roles.isEmpty()) {
                throw new IllegalArgumentException(method + " " + path + ": a route is public or names its roles, not both");
            }
        }

        /** {@code METHOD /path}. */
        public String route() {
            return key(method, path);
        }
    }

    // Everyone who works with plans; the monitoring role reads metrics only.
    private static final Set<Role> EVERYONE = EnumSet.of(PERSON, REPRESENTATIVE, CARE_WORKER, CARE_MANAGER, FINANCE_AUDITOR);
    private static final Set<Role> OPERATIONS = EnumSet.of(Role.MONITORING);
    private static final Set<Role> DRAFTERS = EnumSet.of(PERSON, REPRESENTATIVE, CARE_WORKER, CARE_MANAGER);
    private static final Set<Role> READERS = EnumSet.of(PERSON, REPRESENTATIVE, CARE_WORKER, CARE_MANAGER, FINANCE_AUDITOR);
    private static final Set<Role> STAFF = EnumSet.of(CARE_WORKER, CARE_MANAGER);
    private static final Set<Role> MANAGER = EnumSet.of(CARE_MANAGER);
    private static final Set<Role> FINANCE = EnumSet.of(FINANCE_AUDITOR);
    private static final Set<Role> ACCOUNT_STAFF = EnumSet.of(CARE_MANAGER, FINANCE_AUDITOR);
    private static final Set<Role> ACCOUNT_READERS = EnumSet.of(PERSON, REPRESENTATIVE, CARE_MANAGER, FINANCE_AUDITOR);

    private final Map<String, Rule> rules;
    private final List<String> order;

    private RoutePolicy(Collection<Rule> rules) {
        Map<String, Rule> byRoute = new LinkedHashMap<>();
        for (Rule rule : rules) {
            if (byRoute.put(rule.route(), rule) != null) {
                throw new IllegalArgumentException(rule.route() + " has two rules");
            }
        }
        this.rules = Map.copyOf(byRoute);
        this.order = List.copyOf(byRoute.keySet());
    }

    /** The service's table. */
    public static RoutePolicy standard() {
        List<Rule> rules = new ArrayList<>();
        // Public: probes and the API's own description hold no personal data.
        rules.add(open("GET", "/health/live"));
        rules.add(open("GET", "/health/ready"));
        rules.add(open("GET", "/openapi.json"));
        rules.add(open("GET", "/docs"));
        rules.add(open("GET", "/docs/{asset}"));
        // Operations: request counts, latencies and pool usage by route template, never by id; still not public.
        rules.add(rule("GET", "/metrics", Scope.NONE, OPERATIONS));
        // Plans.
        rules.add(rule("POST", "/plans", Scope.DRAFT, DRAFTERS));
        rules.add(rule("GET", "/plans/{id}", Scope.PLAN, READERS));
        rules.add(rule("GET", "/plans/{id}/versions", Scope.PLAN, READERS));
        rules.add(rule("GET", "/plans/{id}/versions/{version}", Scope.PLAN, READERS));
        rules.add(rule("PUT", "/plans/{id}/content", Scope.PLAN, DRAFTERS));
        rules.add(rule("POST", "/plans/{id}/submit", Scope.PLAN, DRAFTERS));
        rules.add(rule("POST", "/plans/{id}/return", Scope.PLAN, MANAGER));
        rules.add(rule("POST", "/plans/{id}/sign-off", Scope.PLAN, MANAGER));
        rules.add(rule("POST", "/plans/{id}/activate", Scope.PLAN, MANAGER));
        rules.add(rule("POST", "/plans/{id}/end", Scope.PLAN, MANAGER));
        rules.add(rule("POST", "/plans/{id}/revise", Scope.PLAN, DRAFTERS));
        rules.add(rule("GET", "/plans/{id}/check", Scope.PLAN, DRAFTERS));
        // Reviews.
        rules.add(rule("POST", "/plans/{id}/reviews", Scope.PLAN, STAFF));
        rules.add(rule("GET", "/plans/{id}/reviews", Scope.PLAN, DRAFTERS));
        rules.add(rule("GET", "/plans/{id}/reviews/{reviewId}", Scope.PLAN, DRAFTERS));
        rules.add(rule("POST", "/plans/{id}/review-requests", Scope.PLAN, DRAFTERS));
        rules.add(rule("PUT", "/plans/{id}/review-interval", Scope.PLAN, STAFF));
        rules.add(rule("GET", "/plans/{id}/review-schedule", Scope.PLAN, DRAFTERS));
        rules.add(rule("GET", "/councils/{id}/reviews/due", Scope.COUNCIL, MANAGER));
        // Direct-payment accounts and audits.
        rules.add(rule("POST", "/plans/{id}/accounts", Scope.PLAN, ACCOUNT_STAFF));
        rules.add(rule("GET", "/accounts/{id}", Scope.ACCOUNT, ACCOUNT_READERS));
        rules.add(rule("PUT", "/accounts/{id}/monitoring", Scope.ACCOUNT, ACCOUNT_STAFF));
        rules.add(rule("POST", "/accounts/{id}/transactions", Scope.ACCOUNT, FINANCE));
        rules.add(rule("POST", "/accounts/{id}/audits", Scope.ACCOUNT, FINANCE));
        rules.add(rule("GET", "/accounts/{id}/audits", Scope.ACCOUNT, ACCOUNT_STAFF));
        rules.add(rule("GET", "/audits/{reportId}", Scope.REPORT, ACCOUNT_STAFF));
        // Reference data and checking a document: nothing of anyone's plan.
        rules.add(rule("POST", "/checks", Scope.NONE, EVERYONE));
        rules.add(rule("GET", "/councils", Scope.NONE, EVERYONE));
        rules.add(rule("GET", "/councils/{id}", Scope.NONE, EVERYONE));
        return new RoutePolicy(rules);
    }

    private static Rule open(String method, String path) {
        return new Rule(method, path, true, Set.of(), Scope.NONE);
    }

    private static Rule rule(String method, String path, Scope scope, Set<Role> roles) {
        return new Rule(method, path, false, roles, scope);
    }

    /** The rule of a route, if it has one. */
    public Optional<Rule> rule(String method, String path) {
        return Optional.ofNullable(rules.get(key(method, path)));
    }

    /** Every rule, in the table's order. */
    public List<Rule> rules() {
        return order.stream().map(rules::get).toList();
    }

    /** This table without the rule of one route (to show that the service then refuses to start). */
    public RoutePolicy without(String method, String path) {
        return new RoutePolicy(rules().stream().filter(rule -> !rule.route().equals(key(method, path))).toList());
    }

    /**
     * Requires a rule for every one of {@code routes} ({@code METHOD /path} each).
     *
     * @throws UndeclaredRoutesException naming every route without one
     */
    public void requireEvery(Collection<String> routes) {
        List<String> undeclared = routes.stream().filter(route -> !rules.containsKey(route)).sorted().toList();
        if (!undeclared.isEmpty()) {
            throw new UndeclaredRoutesException(undeclared);
        }
    }

    static String key(String method, String path) {
        return method + " " + path;
    }

    /** Routes were registered that the policy says nothing about; the service must not start. */
    public static final class UndeclaredRoutesException extends IllegalStateException {

        private static final long serialVersionUID = 1L;

        UndeclaredRoutesException(List<String> routes) {
            super("every route must say who may call it (RoutePolicy); these do not: " + String.join(", ", routes));
        }
    }
}
