package org.supportplan.adapter.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.supportplan.adapter.web.TestApp.COMPLETE;
import static org.supportplan.adapter.web.TestApp.ok;
import static org.supportplan.adapter.web.TestApp.problem;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.supportplan.adapter.web.TestApp.PlanClient;
import org.supportplan.application.port.in.DraftPlanUseCase;
import org.supportplan.application.testdata.InMemoryStore;

/**
 * No personal data in the logs. This class runs after every other one in the module (junit-platform.properties orders
 * classes by {@link Order}): it drives a session of its own with named test people through successes, refusals and a
 * failure whose exception message carries a name, then scans the whole run's captured log ({@code target/test-run.log},
 * written by logback-test.xml) for those names and person ids.
 */
@Order(Integer.MAX_VALUE)
class PersonalDataInLogsTest {

    /** The test people: this class's by name and id, and the person ids the other classes' plans carry. */
    private static final List<String> PERSONAL = List.of("Amara Whitfield", "Tobias Whitfield", "Rosalind Whitfield",
            "Whitfield", "P-770001", "P-770002", "P-100234", "P-100235", "P-OWN", "P-OTHER");

    private static final String NAMED = COMPLETE
            .replace("Seeing my grandchildren every week and keeping my allotment.",
                    "Seeing my grandchildren Amara Whitfield and Tobias Whitfield every week.")
            .replace("my daughter", "my daughter Rosalind Whitfield")
            .replace("P-100234", "P-770001");

    private static final Path LOG = Path.of("target", "test-run.log");

    @Test
    void theLogOfTheWholeRunHoldsNoTestPersonsNameOrId() throws Exception {
        assertThat(NAMED).contains("Amara Whitfield").contains("Rosalind Whitfield").contains("P-770001");
        InMemoryStore store = new InMemoryStore();
        TestApp.test(TestApp.app(store, Clock.systemUTC()), (server, client) -> {
            PlanClient plan = PlanClient.create(client, NAMED);
            ok(plan.get(""), 200);
            // Refusals of every kind: bad values echoing names, an unknown field, a stale change, a forbidden caller.
            problem(client.post("/plans", NAMED.replace("\"derbyshire\"", "\"Rosalind Whitfield\"")), 400, WebApp.INVALID_REQUEST);
            problem(client.post("/plans", NAMED.replace("{", "{\"Tobias Whitfield\": 1, ")), 400, WebApp.MALFORMED_JSON);
            problem(TestApp.put(client, plan.path() + "/content", NAMED, "\"99\""), 412, WebApp.STALE);
            problem(TestApp.as(client, TestApp.FINANCE_AUDITOR).post("/plans", NAMED.replace("P-770001", "P-770002")), 403,
                    "urn:supportplan:problem:forbidden");
            problem(TestApp.as(client, "Amara Whitfield").get(plan.path()), 401, "urn:supportplan:problem:unauthenticated");
        });
        // A failure deep down whose message holds a name, as a database's duplicate-key message would.
        DraftPlanUseCase failing = (command, actor) -> {
            throw new IllegalStateException("duplicate key (person)=(P-770001, Amara Whitfield)",
                    new java.sql.SQLException("Key (person_id)=(P-770002) already exists: Tobias Whitfield", "23505"));
        };
        InMemoryStore other = new InMemoryStore();
        WebApp.UseCases real = TestApp.useCases(other.plans(), other.auditTrail(), other, Clock.systemUTC());
        WebApp.UseCases broken = new WebApp.UseCases(failing, real.finder(), real.lifecycle(), real.checks(), real.councils(),
                real.reviews(), real.accounts(), real.transactions());
        TestApp.test(WebApp.create(broken, TestApp.security(other.plans(), other.accounts())), (server, client) ->
                problem(client.post("/plans", NAMED), 500, WebApp.INTERNAL));

        String log = Files.readString(LOG, StandardCharsets.UTF_8);

        // The log is the run's: other classes' lines are in it, and this class's failure was logged.
        assertThat(log).contains("access refused").contains("unexpected failure answering POST /plans")
                .contains("java.lang.IllegalStateException <- caused by java.sql.SQLException");
        assertThat(found(log)).as("personal data in " + LOG.toAbsolutePath()).isEmpty();
    }

    @Test
    void theScanFindsANameWhereThereIsOne() {
        assertThat(found("12:00:01 INFO x - saved the plan of amara whitfield\n")).containsExactly("Amara Whitfield", "Whitfield");
        assertThat(found("12:00:01 INFO x - saved plan 3f2a\n")).isEmpty();
        assertThat(found("12:00:01 WARN x - refused P-OWN\n")).containsExactly("P-OWN");
    }

    private static List<String> found(String log) {
        String lower = log.toLowerCase(Locale.ROOT);
        return PERSONAL.stream().filter(value -> lower.contains(value.toLowerCase(Locale.ROOT))).toList();
    }
}
