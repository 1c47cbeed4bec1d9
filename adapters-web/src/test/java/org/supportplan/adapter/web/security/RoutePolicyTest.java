package org.supportplan.adapter.web.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

/** The route table in code, and the same table in {@code docs/security.md}. */
class RoutePolicyTest {

    private static final List<Role> COLUMNS = List.of(Role.PERSON, Role.REPRESENTATIVE, Role.CARE_WORKER, Role.CARE_MANAGER,
            Role.FINANCE_AUDITOR, Role.MONITORING);

    @Test
    void theDocumentedTableIsTheTableInForce() throws Exception {
        List<String> documented = new ArrayList<>();
        boolean inTable = false;
        for (String line : Files.readAllLines(Path.of("..", "docs", "security.md"))) {
            if (line.startsWith("## ")) {
                inTable = line.equals("## Route table");
            } else if (inTable && line.startsWith("| `")) {
                String[] cells = line.substring(1, line.length() - 1).split("\\|");
                List<String> row = new ArrayList<>();
                for (String cell : cells) {
                    row.add(cell.strip().replace("`", ""));
                }
                documented.add(String.join(" | ", row));
            }
        }
        List<String> inForce = RoutePolicy.standard().rules().stream().map(rule -> {
            List<String> row = new ArrayList<>();
            row.add(rule.route());
            row.add(rule.isPublic() ? "public" : rule.scope().name().toLowerCase(Locale.ROOT));
            for (Role role : COLUMNS) {
                row.add(rule.isPublic() ? "public" : rule.roles().contains(role) ? "yes" : "-");
            }
            return String.join(" | ", row);
        }).toList();

        assertThat(documented).containsExactlyElementsOf(inForce);
    }

    @Test
    void everyRouteMustHaveARuleAndEachRouteOnlyOne() {
        RoutePolicy policy = RoutePolicy.standard();
        policy.requireEvery(List.of("GET /plans/{id}", "GET /health/live"));

        assertThatThrownBy(() -> policy.requireEvery(List.of("GET /plans/{id}", "DELETE /plans/{id}", "GET /admin")))
                .isInstanceOf(RoutePolicy.UndeclaredRoutesException.class)
                .hasMessageEndingWith("these do not: DELETE /plans/{id}, GET /admin");
        assertThat(policy.rule("GET", "/plans/{id}")).isPresent();
        assertThat(policy.rule("DELETE", "/plans/{id}")).isEmpty();
        assertThatThrownBy(() -> new RoutePolicy.Rule("GET", "/x", true, java.util.Set.of(Role.PERSON), RoutePolicy.Scope.NONE))
                .hasMessageContaining("public or names its roles");
        assertThatThrownBy(() -> new RoutePolicy.Rule("GET", "/x", false, java.util.Set.of(), RoutePolicy.Scope.NONE))
                .hasMessageContaining("public or names its roles");
    }

    @Test
    void theGatesNotFoundIsTheRoutesNotFound() {
        assertThat(Access.NOT_FOUND).isEqualTo(org.supportplan.adapter.web.WebApp.NOT_FOUND);
    }
}
