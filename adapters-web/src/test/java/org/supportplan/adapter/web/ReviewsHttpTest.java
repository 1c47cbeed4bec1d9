package org.supportplan.adapter.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.supportplan.adapter.web.TestApp.COMPLETE;
import static org.supportplan.adapter.web.TestApp.actions;
import static org.supportplan.adapter.web.TestApp.app;
import static org.supportplan.adapter.web.TestApp.errors;
import static org.supportplan.adapter.web.TestApp.etag;
import static org.supportplan.adapter.web.TestApp.json;
import static org.supportplan.adapter.web.TestApp.ok;
import static org.supportplan.adapter.web.TestApp.post;
import static org.supportplan.adapter.web.TestApp.problem;

import java.io.IOException;
import java.net.http.HttpRequest.BodyPublishers;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;

import io.javalin.testtools.HttpClient;
import io.javalin.testtools.Response;

import org.junit.jupiter.api.Test;
import org.supportplan.adapter.web.TestApp.PlanClient;
import org.supportplan.application.audit.AuditAction;
import org.supportplan.application.audit.AuditEntry;
import org.supportplan.application.testdata.InMemoryStore;
import org.supportplan.domain.testdata.PlanFixtures;

/**
 * Reviews over HTTP: recording one (conditional on the plan's ETag), listing them, requests and agreed intervals,
 * and a plan's schedule. Plans are agreed on 2 March 2026 with support from 16 March; reviews happen on 1 June 2026.
 */
class ReviewsHttpTest {

    private static final String SIGN_OFF = "{\"signedOffBy\": \"CM-0042\", \"finalBudgetAnnual\": \"16000.00\"}";
    private static final String NO_CHANGE = "{\"kind\": \"NO_CHANGE\"}";
    private static final String MINOR_CHANGE = "{\"kind\": \"MINOR_CHANGE\", \"whatChanges\": \"Move the day centre to Tuesdays\"}";
    private static final String SIGNIFICANT_CHANGE =
            "{\"kind\": \"SIGNIFICANT_CHANGE\", \"why\": \"Two falls since March; needs help at night\"}";

    private final InMemoryStore store = new InMemoryStore();
    private final TestClock clock = new TestClock(PlanFixtures.CREATED_AT);

    /** A review held on {@code heldOn} with the person and the care manager, deciding {@code outcome}. */
    private static String review(String heldOn, String outcome) {
        return """
                {"heldOn": "%s", "trigger": "SCHEDULED_INITIAL", "method": "HOME_VISIT",
                 "participants": ["CARE_MANAGER", "PERSON"],
                 "budgetUse": [{"need": "n1", "howUsed": "The PA comes every morning"},
                               {"outcome": "o2", "howUsed": "Day centre twice a week with friends"}],
                 "outcome": %s, "coversDirectPayment": true}
                """.formatted(heldOn, outcome);
    }

    /** A plan of {@code council} agreed and active; the clock then moves to 1 June 2026. */
    private PlanClient activePlan(HttpClient client, String council) throws IOException {
        PlanClient plan = PlanClient.create(client, COMPLETE.replace("\"councilId\": \"derbyshire\"", "\"councilId\": \"" + council + "\""));
        ok(plan.post("/submit", ""), 200);
        ok(plan.post("/sign-off", SIGN_OFF), 200);
        ok(plan.post("/activate", "{\"supportStart\": \"2026-03-16\"}"), 200);
        clock.set("2026-06-01");
        return plan;
    }

    @Test
    void aReviewIsRecordedWithItsAddressAndThePlansNewETagAndListedAfterwards() {
        TestApp.test(app(store, clock), (server, client) -> {
            PlanClient plan = activePlan(client, "derbyshire");
            assertThat(plan.etag()).isEqualTo("\"4\"");

            Response answer = plan.post("/reviews", review("2026-05-28", NO_CHANGE));

            JsonNode review = ok(answer, 201);
            String id = review.get("id").asText();
            assertThat(UUID.fromString(id).toString()).isEqualTo(id);
            assertThat(answer.headers().get("Location")).containsExactly(plan.path() + "/reviews/" + id);
            assertThat(etag(answer)).isEqualTo("\"5\"");
            assertThat(answer.headers().get("Cache-Control")).containsExactly("no-store");
            assertThat(review.get("planId").asText()).isEqualTo(plan.path().substring("/plans/".length()));
            assertThat(review.get("planVersion").asInt()).isEqualTo(1);
            assertThat(review.get("heldOn").asText()).isEqualTo("2026-05-28");
            assertThat(review.get("trigger").asText()).isEqualTo("SCHEDULED_INITIAL");
            assertThat(review.get("method").asText()).isEqualTo("HOME_VISIT");
            assertThat(review.get("participants")).extracting(JsonNode::asText).containsExactly("PERSON", "CARE_MANAGER");
            assertThat(review.get("budgetUse")).extracting(u -> u.get("need").asText(null), u -> u.get("outcome").asText(null),
                    u -> u.get("howUsed").asText()).containsExactly(tuple("n1", null, "The PA comes every morning"),
                    tuple(null, "o2", "Day centre twice a week with friends"));
            assertThat(review.get("outcome").get("kind").asText()).isEqualTo("NO_CHANGE");
            assertThat(review.get("outcome").get("whatChanges").isNull()).isTrue();
            assertThat(review.get("coversDirectPayment").asBoolean()).isTrue();
            assertThat(review.get("reassessmentRequested").asBoolean()).isFalse();

            // The ETag is the plan's: reading the plan gives the same one, and the plan itself is as it was.
            JsonNode latest = ok(plan.get(""), 200);
            assertThat(plan.etag()).isEqualTo("\"5\"");
            assertThat(latest.get("version").asInt()).isEqualTo(1);
            assertThat(latest.get("status").asText()).isEqualTo("ACTIVE");

            int before = store.entries().size();
            Response list = plan.get("/reviews");
            assertThat(list.headers().get("Cache-Control")).containsExactly("no-store");
            assertThat(ok(list, 200)).containsExactly(review);
            assertThat(ok(client.get(plan.path() + "/reviews/" + id), 200)).isEqualTo(review);
            assertThat(actions(store).subList(before, store.entries().size()))
                    .containsExactly(AuditAction.PLAN_READ, AuditAction.PLAN_READ);
            assertThat(actions(store)).containsOnlyOnce(AuditAction.REVIEW_RECORDED);
            assertThat(store.entries()).extracting(e -> e.event().actor().id()).containsOnly("http:care-manager:cm-test");
        });
    }

    @Test
    void aMinorChangeStartsANewDraftVersionWhoseETagTheAnswerCarries() {
        TestApp.test(app(store, clock), (server, client) -> {
            PlanClient plan = activePlan(client, "derbyshire");

            Response answer = plan.post("/reviews", review("2026-05-28", MINOR_CHANGE));

            JsonNode review = ok(answer, 201);
            assertThat(review.get("outcome").get("kind").asText()).isEqualTo("MINOR_CHANGE");
            assertThat(review.get("outcome").get("whatChanges").asText()).isEqualTo("Move the day centre to Tuesdays");
            assertThat(review.get("planVersion").asInt()).isEqualTo(1);
            JsonNode latest = ok(client.get(plan.path()), 200);
            assertThat(latest.get("version").asInt()).isEqualTo(2);
            assertThat(latest.get("status").asText()).isEqualTo("DRAFT");
            assertThat(etag(client.get(plan.path()))).isEqualTo(etag(answer));
            // The client goes on with the ETag it was given.
            assertThat(ok(plan.post("/submit", ""), 200).get("version").asInt()).isEqualTo(2);
        });
    }

    @Test
    void aSignificantChangeAsksForAReassessmentAndLeavesThePlanAsItIs() {
        TestApp.test(app(store, clock), (server, client) -> {
            PlanClient plan = activePlan(client, "bury");

            JsonNode review = ok(plan.post("/reviews", review("2026-05-28", SIGNIFICANT_CHANGE)), 201);

            assertThat(review.get("reassessmentRequested").asBoolean()).isTrue();
            assertThat(review.get("outcome").get("why").asText()).isEqualTo("Two falls since March; needs help at night");
            assertThat(ok(plan.get("/versions"), 200)).hasSize(1);
        });
    }

    @Test
    void aRevisedVersionCannotCutTheBudgetAtSignOffWithoutACompletedReassessment() {
        TestApp.test(app(store, clock), (server, client) -> {
            PlanClient plan = activePlan(client, "bury");
            ok(plan.post("/reviews", review("2026-05-28", MINOR_CHANGE)), 201);
            ok(plan.post("/submit", ""), 200);
            int writes = store.writes();
            int entries = store.entries().size();

            String cut = "{\"signedOffBy\": \"CM-0042\", \"finalBudgetAnnual\": \"15000.00\"";
            JsonNode refused = problem(plan.post("/sign-off", cut + "}"), 409, WebApp.REFUSED);
            assertThat(refused.get("rule").asText()).isEqualTo("review.budget-cut-needs-reassessment");
            assertThat(refused.get("source").asText()).isNotBlank();
            JsonNode invalid = problem(plan.post("/sign-off", cut + ", \"reassessment\": {\"reference\": \" \", \"completedOn\": \"30/05/2026\"}}"),
                    400, WebApp.INVALID_REQUEST);
            assertThat(errors(invalid)).containsExactly("$.reassessment.completedOn Pattern", "$.reassessment.reference NotBlank");
            JsonNode unreal = problem(plan.post("/sign-off", cut + ", \"reassessment\": {\"reference\": \"RA-2026-118\", \"completedOn\": \"2026-02-30\"}}"),
                    400, WebApp.INVALID_REQUEST);
            assertThat(errors(unreal)).containsExactly("$.reassessment.completedOn date.valid");
            assertThat(store.writes()).isEqualTo(writes);
            assertThat(store.entries()).hasSize(entries);

            JsonNode agreed = ok(plan.post("/sign-off",
                    cut + ", \"reassessment\": {\"reference\": \"RA-2026-118\", \"completedOn\": \"2026-05-30\"}}"), 200);
            assertThat(agreed.get("status").asText()).isEqualTo("AGREED");
            assertThat(agreed.get("budget").get("finalAnnual").asText()).isEqualTo("15000.00");
        });
    }

    @Test
    void recordingAReviewIsConditionalOnThePlansETagAndNothingIsWrittenWithoutIt() {
        TestApp.test(app(store, clock), (server, client) -> {
            PlanClient plan = activePlan(client, "derbyshire");
            int writes = store.writes();
            List<AuditEntry> entries = store.entries();
            String body = review("2026-05-28", NO_CHANGE);

            problem(client.request(plan.path() + "/reviews", b -> b.post(BodyPublishers.ofString(body))
                    .header("Content-Type", "application/json")), 428, WebApp.PRECONDITION_REQUIRED);
            Response stale = post(client, plan.path() + "/reviews", body, "\"1\"");
            assertThat(problem(stale, 412, WebApp.STALE).get("currentETag").asText()).isEqualTo("\"4\"");
            assertThat(etag(stale)).isEqualTo("\"4\"");
            assertThat(errors(problem(post(client, plan.path() + "/reviews", body, "4"), 400, WebApp.INVALID_REQUEST)))
                    .containsExactly("If-Match http.if-match");
            assertThat(errors(problem(client.request(plan.path() + "/reviews", b -> b.post(BodyPublishers.ofString(body))
                    .header("Content-Type", "application/json").header("If-Match", "\"4\"").header("If-None-Match", "*")),
                    400, WebApp.INVALID_REQUEST))).containsExactly("If-None-Match http.if-none-match");

            assertThat(store.writes()).isEqualTo(writes);
            assertThat(store.entries()).isEqualTo(entries);
            assertThat(ok(client.get(plan.path() + "/reviews"), 200)).isEmpty();

            assertThat(etag(post(client, plan.path() + "/reviews", body, "*"))).isEqualTo("\"5\"");
        });
    }

    @Test
    void aReviewBodyIsReadStrictlyEachRefusalNamingItsFieldAndNothingIsWritten() {
        TestApp.test(app(store, clock), (server, client) -> {
            PlanClient plan = activePlan(client, "derbyshire");
            int writes = store.writes();
            List<AuditEntry> entries = store.entries();
            Map<String, List<String>> invalid = Map.of(
                    "{}", List.of("$.coversDirectPayment NotNull", "$.heldOn NotNull", "$.method NotNull", "$.outcome NotNull",
                            "$.participants NotEmpty", "$.trigger NotNull"),
                    review("2026-05-28", NO_CHANGE).replace("SCHEDULED_INITIAL", "WEEKLY").replace("HOME_VISIT", "LETTER"),
                    List.of("$.method EnumName", "$.trigger EnumName"),
                    review("2026-02-30", NO_CHANGE), List.of("$.heldOn date.valid"),
                    review("28/05/2026", NO_CHANGE), List.of("$.heldOn Pattern"),
                    review("2026-05-28", NO_CHANGE).replace("{\"need\": \"n1\",", "{\"need\": \"n1\", \"outcome\": \"o1\","),
                    List.of("$.budgetUse[0] review.budget-use-target"),
                    review("2026-05-28", "{\"kind\": \"MINOR_CHANGE\"}"), List.of("$.outcome.whatChanges review.outcome-detail"),
                    review("2026-05-28", "{\"kind\": \"NO_CHANGE\", \"why\": \"Nothing\"}"), List.of("$.outcome.why review.outcome-detail"),
                    review("2026-05-28", "{\"kind\": \"SOME_CHANGE\"}"), List.of("$.outcome.kind EnumName"),
                    review("2026-05-28", NO_CHANGE).replace("\"o2\"", "\"n1\"").replace("\"outcome\": \"n1\"", "\"need\": \"n1\""),
                    List.of("$.budgetUse[1] review.budget-use-duplicate"),
                    review("2026-05-28", NO_CHANGE).replace("[\"CARE_MANAGER\", \"PERSON\"]", "[\"CARE_MANAGER\", \"PROVIDER\"]"),
                    List.of("$.participants review.person-involved"));
            for (Map.Entry<String, List<String>> body : invalid.entrySet()) {
                JsonNode refused = problem(post(client, plan.path() + "/reviews", body.getKey(), plan.etag()), 400, WebApp.INVALID_REQUEST);
                assertThat(errors(refused)).as(body.getKey()).containsExactlyElementsOf(body.getValue());
            }
            for (String malformed : List.of("", "[]", review("2026-05-28", NO_CHANGE).replace("true}", "\"true\"}"),
                    review("2026-05-28", NO_CHANGE).replace("\"method\"", "\"venue\": \"home\", \"method\""))) {
                problem(post(client, plan.path() + "/reviews", malformed, plan.etag()), 400, WebApp.MALFORMED_JSON);
            }
            problem(client.request(plan.path() + "/reviews", b -> b.post(BodyPublishers.ofString(review("2026-05-28", NO_CHANGE)))
                    .header("Content-Type", "text/plain").header("If-Match", plan.etag())), 415, WebApp.UNSUPPORTED_MEDIA_TYPE);

            assertThat(store.writes()).isEqualTo(writes);
            assertThat(store.entries()).isEqualTo(entries);
        });
    }

    @Test
    void aReviewTheRulesRefuseIsAConflictNamingTheRuleAndNothingIsWritten() {
        TestApp.test(app(store, clock), (server, client) -> {
            PlanClient plan = activePlan(client, "derbyshire");
            int writes = store.writes();
            List<AuditEntry> entries = store.entries();

            JsonNode future = problem(plan.post("/reviews", review("2026-06-02", NO_CHANGE)), 409, WebApp.REFUSED);
            assertThat(future.get("rule").asText()).isEqualTo("review.held-in-future");
            assertThat(future.get("sourceKind").asText()).isEqualTo("STATUTORY_GUIDANCE");
            assertThat(future.get("detail").asText()).contains("2026-06-02", "2026-06-01");
            JsonNode before = problem(plan.post("/reviews", review("2026-02-01", NO_CHANGE)), 409, WebApp.REFUSED);
            assertThat(before.get("rule").asText()).isEqualTo("review.plan-in-force");

            assertThat(store.writes()).isEqualTo(writes);
            assertThat(store.entries()).isEqualTo(entries);
        });
    }

    @Test
    void everyReviewAddressOfAPlanThatIsNotThereIsNotFound() {
        TestApp.test(app(store, clock), (server, client) -> {
            String missing = "/plans/" + UUID.randomUUID();
            problem(post(client, missing + "/reviews", review("2026-05-28", NO_CHANGE), "\"1\""), 404, WebApp.NOT_FOUND);
            problem(post(client, "/plans/not-a-plan/reviews", review("2026-05-28", NO_CHANGE), "\"1\""), 404, WebApp.NOT_FOUND);
            problem(client.get(missing + "/reviews"), 404, WebApp.NOT_FOUND);
            problem(client.get(missing + "/reviews/" + UUID.randomUUID()), 404, WebApp.NOT_FOUND);
            problem(client.get(missing + "/review-schedule"), 404, WebApp.NOT_FOUND);
            problem(client.get("/plans/42/review-schedule"), 404, WebApp.NOT_FOUND);
            problem(json(client, "POST", missing + "/review-requests", "{\"requestedOn\": \"2026-05-30\", \"requestedBy\": \"PERSON\"}"),
                    404, WebApp.NOT_FOUND);
            problem(json(client, "PUT", missing + "/review-interval", "{\"amount\": 3, \"unit\": \"MONTHS\"}"), 404, WebApp.NOT_FOUND);

            PlanClient plan = activePlan(client, "derbyshire");
            problem(client.get(plan.path() + "/reviews/" + UUID.randomUUID()), 404, WebApp.NOT_FOUND);
            problem(client.get(plan.path() + "/reviews/not-a-review"), 404, WebApp.NOT_FOUND);
            assertThat(actions(store)).doesNotContain(AuditAction.REVIEW_RECORDED, AuditAction.REVIEW_REQUESTED,
                    AuditAction.REVIEW_INTERVAL_AGREED);
        });
    }

    @Test
    void aRequestForAReviewMakesOneDueTheDayItWasMade() {
        TestApp.test(app(store, clock), (server, client) -> {
            PlanClient plan = activePlan(client, "bury");

            Response answer = json(client, "POST", plan.path() + "/review-requests",
                    "{\"requestedOn\": \"2026-05-30\", \"requestedBy\": \"CARER\"}");

            JsonNode request = ok(answer, 201);
            assertThat(answer.headers().get("Cache-Control")).containsExactly("no-store");
            assertThat(request.get("requestedOn").asText()).isEqualTo("2026-05-30");
            assertThat(request.get("requestedBy").asText()).isEqualTo("CARER");
            assertThat(request.get("rule").asText()).isEqualTo("review.on-request");
            assertThat(request.get("source").asText()).contains("s.27(1)(b)");
            assertThat(request.get("sourceKind").asText()).isEqualTo("ACT");
            assertThat(actions(store)).endsWith(AuditAction.REVIEW_REQUESTED);

            JsonNode onRequest = due(ok(plan.get("/review-schedule"), 200), "ON_REQUEST");
            assertThat(onRequest.get("dueOn").asText()).isEqualTo("2026-05-30");
            assertThat(onRequest.get("setBy").asText()).isEqualTo("REQUESTED");
            assertThat(onRequest.get("setByLabel").asText()).isEqualTo("requested");
            assertThat(onRequest.has("setting")).isFalse();

            int entries = store.entries().size();
            JsonNode refused = problem(json(client, "POST", plan.path() + "/review-requests",
                    "{\"requestedOn\": \"2026-05-30\", \"requestedBy\": \"CARE_MANAGER\"}"), 400, WebApp.INVALID_REQUEST);
            assertThat(errors(refused)).containsExactly("$.requestedBy review.request-by");
            assertThat(errors(problem(json(client, "POST", plan.path() + "/review-requests", "{\"requestedBy\": \"SOMEONE\"}"),
                    400, WebApp.INVALID_REQUEST))).containsExactly("$.requestedBy EnumName", "$.requestedOn NotNull");
            assertThat(store.entries()).hasSize(entries);
        });
    }

    @Test
    void anIntervalAgreedWithThePersonSetsTheNextRegularReviewWhenItFallsSooner() {
        TestApp.test(app(store, clock), (server, client) -> {
            PlanClient plan = activePlan(client, "derbyshire");
            ok(plan.post("/reviews", review("2026-05-28", NO_CHANGE)), 201);

            JsonNode agreed = ok(json(client, "PUT", plan.path() + "/review-interval", "{\"amount\": 3, \"unit\": \"MONTHS\"}"), 200);

            assertThat(agreed.get("interval").toString()).isEqualTo("{\"amount\":3,\"unit\":\"MONTHS\",\"anchor\":\"PREVIOUS_REVIEW\"}");
            assertThat(agreed.get("agreedOn").asText()).isEqualTo("2026-06-01");
            assertThat(agreed.get("source").asText()).isNotBlank();
            JsonNode regular = due(ok(plan.get("/review-schedule"), 200), "REGULAR");
            // Counted from the later of the last review and the day it was agreed.
            assertThat(regular.get("dueOn").asText()).isEqualTo("2026-09-01");
            assertThat(regular.get("countedFrom").asText()).isEqualTo("2026-06-01");
            assertThat(regular.get("setBy").asText()).isEqualTo("AGREED");
            assertThat(regular.get("setByLabel").asText()).isEqualTo("agreed with the person");
            assertThat(actions(store)).contains(AuditAction.REVIEW_INTERVAL_AGREED);

            int entries = store.entries().size();
            JsonNode notShorter = problem(json(client, "PUT", plan.path() + "/review-interval", "{\"amount\": 12, \"unit\": \"MONTHS\"}"),
                    409, WebApp.REFUSED);
            assertThat(notShorter.get("rule").asText()).isEqualTo("review.agreed-interval-not-shorter");
            assertThat(errors(problem(json(client, "PUT", plan.path() + "/review-interval", "{\"amount\": 0, \"unit\": \"DAYS\"}"),
                    400, WebApp.INVALID_REQUEST))).containsExactly("$.amount Min", "$.unit EnumName");
            for (String malformed : List.of("{\"amount\": 2.5, \"unit\": \"WEEKS\"}", "{\"amount\": \"3\", \"unit\": \"WEEKS\"}")) {
                JsonNode problem = problem(json(client, "PUT", plan.path() + "/review-interval", malformed), 400, WebApp.MALFORMED_JSON);
                assertThat(errors(problem)).containsExactly("$.amount json.type");
                assertThat(problem.get("errors").get(0).get("message").asText()).isEqualTo("expected a whole number");
            }
            assertThat(store.entries()).hasSize(entries);
        });
    }

    @Test
    void burysInitialReviewIsDueTwelveWeeksAfterSupportStartedSetByTheCouncilsOwnRule() {
        TestApp.test(app(store, clock), (server, client) -> {
            PlanClient plan = activePlan(client, "bury");
            int entries = store.entries().size();

            Response answer = plan.get("/review-schedule");

            JsonNode schedule = ok(answer, 200);
            assertThat(answer.headers().get("Cache-Control")).containsExactly("no-store");
            assertThat(schedule.get("inForce").asBoolean()).isTrue();
            JsonNode initial = due(schedule, "INITIAL");
            assertThat(initial.get("planId").asText()).isEqualTo(schedule.get("planId").asText());
            assertThat(initial.get("dueOn").asText()).isEqualTo("2026-06-08");
            assertThat(initial.get("countedFrom").asText()).isEqualTo("2026-03-16");
            assertThat(initial.get("rule").asText()).isEqualTo("review.initial");
            assertThat(initial.get("setBy").asText()).isEqualTo("COUNCIL");
            assertThat(initial.get("setByLabel").asText()).isEqualTo("council's own");
            assertThat(initial.get("setting").asText()).isEqualTo("initialReview");
            assertThat(initial.get("sourceKind").asText()).isEqualTo("COUNCIL_PAGE");
            // The plan pays a direct payment, but nothing has been paid into an account yet.
            assertThat(schedule.get("unscheduled").toString())
                    .isEqualTo("[{\"kind\":\"DIRECT_PAYMENT_FIRST\",\"waitingFor\":\"FIRST_PAYMENT\"}]");
            assertThat(actions(store).subList(entries, store.entries().size())).containsExactly(AuditAction.PLAN_READ);
        });
    }

    @Test
    void underDerbyshireTheInitialReviewIsTheNationalDefaultAndSaysSo() {
        TestApp.test(app(store, clock), (server, client) -> {
            PlanClient plan = activePlan(client, "derbyshire");

            JsonNode initial = due(ok(plan.get("/review-schedule"), 200), "INITIAL");

            assertThat(initial.get("dueOn").asText()).isEqualTo("2026-04-27");
            assertThat(initial.get("countedFrom").asText()).isEqualTo("2026-03-02");
            assertThat(initial.get("setBy").asText()).isEqualTo("NATIONAL_DEFAULT");
            assertThat(initial.get("setByLabel").asText()).isEqualTo("national default");
            assertThat(initial.get("sourceKind").asText()).isEqualTo("SUPPORTPLAN_DEFAULT");
        });
    }

    @Test
    void aPlanWithNoVersionInForceHasNothingScheduled() {
        TestApp.test(app(store, clock), (server, client) -> {
            PlanClient plan = PlanClient.create(client, COMPLETE);

            JsonNode schedule = ok(plan.get("/review-schedule"), 200);

            assertThat(schedule.get("inForce").asBoolean()).isFalse();
            assertThat(schedule.get("due")).isEmpty();
            assertThat(schedule.get("unscheduled")).isEmpty();
        });
    }

    /** The one review of {@code kind} in a schedule. */
    private static JsonNode due(JsonNode schedule, String kind) {
        List<JsonNode> found = new ArrayList<>();
        schedule.get("due").forEach(d -> {
            if (d.get("kind").asText().equals(kind)) {
                found.add(d);
            }
        });
        assertThat(found).as(schedule.toString()).hasSize(1);
        return found.get(0);
    }
}
