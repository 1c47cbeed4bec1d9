package org.supportplan.adapter.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.supportplan.adapter.web.TestApp.app;
import static org.supportplan.adapter.web.TestApp.errors;
import static org.supportplan.adapter.web.TestApp.json;
import static org.supportplan.adapter.web.TestApp.ok;
import static org.supportplan.adapter.web.TestApp.post;
import static org.supportplan.adapter.web.TestApp.problem;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;

import io.javalin.testtools.Response;

import org.junit.jupiter.api.Test;
import org.supportplan.application.audit.AuditEntry;
import org.supportplan.application.testdata.InMemoryStore;
import org.supportplan.domain.money.Money;
import org.supportplan.domain.plan.CouncilId;
import org.supportplan.domain.plan.PersonId;
import org.supportplan.domain.plan.PlanContent;
import org.supportplan.domain.plan.PlanId;
import org.supportplan.domain.plan.PlanStatus;
import org.supportplan.domain.plan.SignOff;
import org.supportplan.domain.plan.SupportPlan;
import org.supportplan.domain.testdata.PlanFixtures;

/** A council's caseload of reviews due and overdue over HTTP, on 1 June 2026. */
class CaseloadHttpTest {

    private final InMemoryStore store = new InMemoryStore();
    private final TestClock clock = new TestClock(Instant.parse("2026-06-01T09:00:00Z"));

    /** Plan {@code n} of {@code council}, agreed on {@code signedOff} and active from {@code supportStart}, stored at revision 1. */
    private String active(long n, String council, String signedOff, String supportStart) {
        Instant at = Instant.parse(signedOff + "T10:00:00Z");
        PlanContent content = PlanFixtures.completeContent();
        content = content.toBuilder().budget(content.budget().withFinal(Money.parse("16000.00"))).build();
        PlanId id = new PlanId(new UUID(0, n));
        store.put(SupportPlan.restore(id, 1, PersonId.of("P-" + n), CouncilId.of(council), PlanStatus.ACTIVE, at, content, List.of(),
                new SignOff("CM-0042", at, Money.parse("16000.00")), LocalDate.parse(supportStart), null));
        return id.toString();
    }

    @Test
    void burysCaseloadShowsTheTwelveWeekInitialReviewsAndTheOverdueRequestSortedByDueDate() {
        String first = active(1, "bury", "2026-03-02", "2026-03-16");
        String later = active(2, "bury", "2026-03-02", "2026-04-20");
        String asked = active(3, "bury", "2026-03-02", "2026-03-16");
        active(4, "derbyshire", "2026-03-02", "2026-03-16");
        TestApp.test(app(store, clock), (server, client) -> {
            ok(json(client, "POST", "/plans/" + asked + "/review-requests", "{\"requestedOn\": \"2026-05-20\", \"requestedBy\": \"PERSON\"}"), 201);
            List<AuditEntry> entries = store.entries();

            Response answer = client.get("/councils/bury/reviews/due?within=30d");

            JsonNode caseload = ok(answer, 200);
            assertThat(answer.headers().get("Cache-Control")).containsExactly("no-store");
            assertThat(caseload.get("council").asText()).isEqualTo("bury");
            assertThat(caseload.get("today").asText()).isEqualTo("2026-06-01");
            assertThat(caseload.get("within").asText()).isEqualTo("30d");
            assertThat(caseload.get("lastDay").asText()).isEqualTo("2026-07-01");
            assertThat(lines(caseload.get("overdue"))).containsExactly(asked + " ON_REQUEST 2026-05-20 review.on-request REQUESTED");
            assertThat(lines(caseload.get("dueInWindow"))).containsExactly(
                    first + " INITIAL 2026-06-08 review.initial COUNCIL",
                    asked + " INITIAL 2026-06-08 review.initial COUNCIL");
            JsonNode initial = caseload.get("dueInWindow").get(0);
            assertThat(initial.get("countedFrom").asText()).isEqualTo("2026-03-16");
            assertThat(initial.get("setByLabel").asText()).isEqualTo("council's own");
            assertThat(initial.get("setting").asText()).isEqualTo("initialReview");
            assertThat(initial.get("source").asText()).isNotBlank();
            assertThat(initial.get("sourceKind").asText()).isEqualTo("COUNCIL_PAGE");
            assertThat(caseload.get("overdue").get(0).get("setByLabel").asText()).isEqualTo("requested");
            assertThat(caseload.get("overdue").get(0).get("sourceKind").asText()).isEqualTo("ACT");

            // Six weeks reach the plan whose support started in April: due 12 weeks later, on the window's last day.
            JsonNode wider = ok(client.get("/councils/bury/reviews/due?within=6w"), 200);
            assertThat(wider.get("lastDay").asText()).isEqualTo("2026-07-13");
            assertThat(lines(wider.get("dueInWindow"))).endsWith(later + " INITIAL 2026-07-13 review.initial COUNCIL");
            assertThat(store.entries()).isEqualTo(entries);
        });
    }

    @Test
    void derbyshiresCaseloadShowsTheAnnualReviewByItsOwnRuleAndInitialReviewsByTheNationalDefault() {
        String reviewed = active(1, "derbyshire", "2025-05-01", "2025-05-01");
        String recent = active(2, "derbyshire", "2026-05-01", "2026-05-01");
        String neglected = active(3, "derbyshire", "2025-01-10", "2025-01-10");
        active(4, "bury", "2026-03-02", "2026-03-16");
        TestApp.test(app(store, clock), (server, client) -> {
            ok(post(client, "/plans/" + reviewed + "/reviews", """
                    {"heldOn": "2025-06-20", "trigger": "SCHEDULED_INITIAL", "method": "MEETING", "participants": ["PERSON"],
                     "outcome": {"kind": "NO_CHANGE"}, "coversDirectPayment": false}
                    """, "\"1\""), 201);

            JsonNode caseload = ok(client.get("/councils/derbyshire/reviews/due?within=30d"), 200);

            assertThat(lines(caseload.get("overdue"))).containsExactly(
                    neglected + " INITIAL 2025-03-07 review.initial NATIONAL_DEFAULT");
            assertThat(lines(caseload.get("dueInWindow"))).containsExactly(
                    reviewed + " REGULAR 2026-06-20 review.regular COUNCIL",
                    recent + " INITIAL 2026-06-26 review.initial NATIONAL_DEFAULT");
            JsonNode annual = caseload.get("dueInWindow").get(0);
            assertThat(annual.get("countedFrom").asText()).isEqualTo("2025-06-20");
            assertThat(annual.get("setting").asText()).isEqualTo("regularReview");
            assertThat(annual.get("setByLabel").asText()).isEqualTo("council's own");
            JsonNode byDefault = caseload.get("dueInWindow").get(1);
            assertThat(byDefault.get("setByLabel").asText()).isEqualTo("national default");
            assertThat(byDefault.get("sourceKind").asText()).isEqualTo("SUPPORTPLAN_DEFAULT");
        });
    }

    @Test
    void theWindowIsThirtyDaysUnlessGivenAndABadOneNamesTheParameter() {
        active(1, "bury", "2026-03-02", "2026-03-16");
        TestApp.test(app(store, clock), (server, client) -> {
            JsonNode byDefault = ok(client.get("/councils/bury/reviews/due"), 200);
            assertThat(byDefault.get("within").asText()).isEqualTo("30d");
            assertThat(byDefault.get("dueInWindow")).hasSize(1);

            for (String within : List.of("abc", "731d", "105w", "30", "-1d", "")) {
                JsonNode refused = problem(client.get("/councils/bury/reviews/due?within=" + within), 400, WebApp.INVALID_REQUEST);
                assertThat(errors(refused)).as(within).containsExactly("within caseload.window");
            }
            assertThat(errors(problem(client.get("/councils/bury/reviews/due?within=30d&within=6w"), 400, WebApp.INVALID_REQUEST)))
                    .containsExactly("within http.query-once");
            assertThat(ok(client.get("/councils/bury/reviews/due?within=0d"), 200).get("lastDay").asText()).isEqualTo("2026-06-01");
        });
    }

    @Test
    void aCouncilWithNoProfileHasNoCaseload() {
        TestApp.test(app(store, clock), (server, client) -> {
            problem(client.get("/councils/kent/reviews/due?within=30d"), 404, WebApp.NOT_FOUND);
            problem(client.get("/councils/Not_A_Council/reviews/due"), 404, WebApp.NOT_FOUND);
        });
    }

    /** Each review as "plan kind dueOn rule setBy". */
    private static List<String> lines(JsonNode reviews) {
        List<String> out = new ArrayList<>();
        reviews.forEach(r -> out.add(r.get("planId").asText() + " " + r.get("kind").asText() + " " + r.get("dueOn").asText() + " "
                + r.get("rule").asText() + " " + r.get("setBy").asText()));
        return out;
    }
}
