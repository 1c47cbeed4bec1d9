package org.supportplan.adapter.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.supportplan.adapter.web.TestApp.COMPLETE;
import static org.supportplan.adapter.web.TestApp.app;
import static org.supportplan.adapter.web.TestApp.errors;
import static org.supportplan.adapter.web.TestApp.findings;
import static org.supportplan.adapter.web.TestApp.ok;
import static org.supportplan.adapter.web.TestApp.post;
import static org.supportplan.adapter.web.TestApp.problem;
import static org.supportplan.adapter.web.TestApp.put;

import java.net.http.HttpRequest.BodyPublishers;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;

import io.javalin.testtools.Response;

import org.junit.jupiter.api.Test;
import org.supportplan.adapter.web.TestApp.PlanClient;

/** A plan's whole life over HTTP, and the lifecycle refusals. */
class PlanLifecycleHttpTest {

    private static final String SIGN_OFF = "{\"signedOffBy\": \"CM-0042\", \"finalBudgetAnnual\": \"16000.00\"}";

    @Test
    void aPlanLivesItsWholeLifeOverHttp() {
        TestApp.test(app(), (server, client) -> {
            PlanClient plan = PlanClient.create(client, COMPLETE);

            JsonNode check = ok(plan.get("/check"), 200);
            assertThat(check.get("agreeable").asBoolean()).isTrue();

            assertThat(ok(plan.post("/submit", ""), 200).get("status").asText()).isEqualTo("SUBMITTED");

            JsonNode agreed = ok(plan.post("/sign-off", SIGN_OFF), 200);
            assertThat(agreed.get("status").asText()).isEqualTo("AGREED");
            assertThat(agreed.get("signOff").get("signedOffBy").asText()).isEqualTo("CM-0042");
            assertThat(agreed.get("signOff").get("at").asText()).isEqualTo("2026-03-02T09:30:00Z");
            assertThat(agreed.get("signOff").get("finalBudgetAnnual").asText()).isEqualTo("16000.00");
            assertThat(agreed.get("budget").get("finalAnnual").asText()).isEqualTo("16000.00");

            JsonNode active = ok(plan.post("/activate", "{\"supportStart\": \"2026-05-04\"}"), 200);
            assertThat(active.get("status").asText()).isEqualTo("ACTIVE");
            assertThat(active.get("supportStart").asText()).isEqualTo("2026-05-04");

            Response revised = plan.post("/revise", "");
            JsonNode v2 = ok(revised, 201);
            assertThat(revised.headers().get("Location")).containsExactly(plan.path() + "/versions/2");
            assertThat(revised.headers().get("Content-Location")).containsExactly(plan.path());
            assertThat(v2.get("version").asInt()).isEqualTo(2);
            assertThat(v2.get("status").asText()).isEqualTo("DRAFT");
            assertThat(v2.get("budget").get("indicativeAnnual").asText()).isEqualTo("16000.00");

            // The person's budget goes up and a second contingency plan is added; person and council are omitted.
            String edited = COMPLETE.replace("\"personId\": \"P-100234\",", "").replace("\"councilId\": \"derbyshire\",", "")
                    .replace("\"16000.00\"", "\"17000.00\"")
                    .replace("covers the morning call.\"]", "covers the morning call.\", \"My neighbour has a key.\"]");
            JsonNode v2Edited = ok(plan.putContent(edited), 200);
            assertThat(v2Edited.get("version").asInt()).isEqualTo(2);
            assertThat(v2Edited.get("contingencyPlans")).hasSize(2);
            assertThat(ok(plan.get("/versions/1"), 200).get("status").asText()).isEqualTo("ACTIVE");

            ok(plan.post("/submit", ""), 200);
            JsonNode v2Agreed = ok(plan.post("/sign-off", SIGN_OFF.replace("16000.00", "17000.00")), 200);
            assertThat(v2Agreed.get("status").asText()).isEqualTo("AGREED");

            JsonNode history = ok(plan.get("/versions"), 200);
            assertThat(statuses(history)).containsExactly("1 REPLACED", "2 AGREED");
            assertThat(history.get(0).get("supportStart").asText()).isEqualTo("2026-05-04");
            assertThat(ok(plan.get(""), 200).get("version").asInt()).isEqualTo(2);

            JsonNode ended = ok(plan.post("/end", "{\"endedOn\": \"2027-01-31\"}"), 200);
            assertThat(ended.get("status").asText()).isEqualTo("ENDED");
            assertThat(ended.get("endedOn").asText()).isEqualTo("2027-01-31");
        });
    }

    @Test
    void aReturnedPlanCarriesItsReasonsUntilItIsChangedAndSubmittedAgain() {
        TestApp.test(app(), (server, client) -> {
            PlanClient plan = PlanClient.create(client, COMPLETE);
            ok(plan.post("/submit", ""), 200);

            JsonNode returned = ok(plan.post("/return", "{\"reasons\": [\"Please say who covers weekends.\"]}"), 200);
            assertThat(returned.get("status").asText()).isEqualTo("RETURNED");
            assertThat(returned.get("returnReasons").get(0).asText()).isEqualTo("Please say who covers weekends.");

            assertThat(ok(plan.putContent(COMPLETE), 200).get("status").asText()).isEqualTo("DRAFT");
            assertThat(ok(plan.post("/submit", ""), 200).get("returnReasons")).isEmpty();
        });
    }

    @Test
    void signingOffADraftIsRefusedNamingTheRule() {
        TestApp.test(app(), (server, client) -> {
            PlanClient plan = PlanClient.create(client, COMPLETE);

            JsonNode problem = problem(plan.post("/sign-off", SIGN_OFF), 409, WebApp.REFUSED);

            assertThat(problem.get("rule").asText()).isEqualTo("lifecycle.agree");
            assertThat(problem.get("source").asText()).startsWith("supportplan plan lifecycle");
            assertThat(problem.get("sourceKind").asText()).isEqualTo("SUPPORTPLAN_DEFAULT");
            assertThat(problem.get("detail").asText()).contains("draft");
            assertThat(ok(plan.get(""), 200).get("status").asText()).isEqualTo("DRAFT");
        });
    }

    @Test
    void signingOffAPlanWithFindingsListsThemAll() {
        TestApp.test(app(), (server, client) -> {
            String withoutContingency = COMPLETE.replaceAll("\"contingencyPlans\": \\[[^\\]]*\\]", "\"contingencyPlans\": []")
                    .replace("\"mitigation\": \"Grab rails fitted; PA present when showering\"", "\"mitigation\": null");
            PlanClient plan = PlanClient.create(client, withoutContingency);
            ok(plan.post("/submit", ""), 200);

            JsonNode problem = problem(plan.post("/sign-off", SIGN_OFF), 422, WebApp.NOT_AGREEABLE);

            assertThat(findings(problem)).contains("signoff.no-contingency-plan $.contingencyPlans",
                    "signoff.risk-unmanaged $.risks[0]");
            JsonNode first = problem.get("findings").get(0);
            assertThat(first.fieldNames()).toIterable().containsExactly("rule", "source", "sourceKind", "message", "path");
            assertThat(ok(plan.get(""), 200).get("status").asText()).isEqualTo("SUBMITTED");
        });
    }

    @Test
    void aFinalBudgetBelowTheCostIsNotAgreeable() {
        TestApp.test(app(), (server, client) -> {
            PlanClient plan = PlanClient.create(client, COMPLETE);
            ok(plan.post("/submit", ""), 200);

            // The support costs 14454.04 a year.
            JsonNode problem = problem(plan.post("/sign-off", SIGN_OFF.replace("16000.00", "14000.00")),
                    422, WebApp.NOT_AGREEABLE);

            assertThat(findings(problem)).containsExactly("signoff.cost-above-budget $.budget");
            assertThat(problem.get("findings").get(0).get("message").asText()).contains("14454.04", "454.04");
        });
    }

    @Test
    void aRevisedPlanCannotBeEditedInPlaceOnceAgreed() {
        TestApp.test(app(), (server, client) -> {
            PlanClient plan = PlanClient.create(client, COMPLETE);
            ok(plan.post("/submit", ""), 200);
            ok(plan.post("/sign-off", SIGN_OFF), 200);

            JsonNode problem = problem(plan.putContent(COMPLETE), 409, WebApp.REFUSED);

            assertThat(problem.get("rule").asText()).isEqualTo("lifecycle.edit");
            assertThat(problem.get("detail").asText()).contains("revise");
        });
    }

    @Test
    void newContentCannotMoveThePlanToAnotherPersonOrCouncil() {
        TestApp.test(app(), (server, client) -> {
            PlanClient plan = PlanClient.create(client, COMPLETE);
            String moved = COMPLETE.replace("\"P-100234\"", "\"P-999\"").replace("\"derbyshire\"", "\"bury\"");

            JsonNode problem = problem(plan.putContent(moved), 400, WebApp.INVALID_REQUEST);

            assertThat(errors(problem)).containsExactly("$.councilId plan.council-unchanged", "$.personId plan.person-unchanged");
        });
    }

    @Test
    void lifecycleBodiesAreCheckedLikePlans() {
        TestApp.test(app(), (server, client) -> {
            PlanClient plan = PlanClient.create(client, COMPLETE);

            assertThat(errors(problem(plan.post("/return", "{\"reasons\": []}"), 400, WebApp.INVALID_REQUEST)))
                    .containsExactly("$.reasons NotEmpty");
            assertThat(errors(problem(plan.post("/sign-off", ""), 400, WebApp.MALFORMED_JSON)))
                    .containsExactly("$ json.single-object");
            assertThat(errors(problem(plan.post("/sign-off", "{\"signedOffBy\": \"CM-1\", \"finalBudgetAnnual\": 16000}"),
                    400, WebApp.MALFORMED_JSON))).containsExactly("$.finalBudgetAnnual json.type");
            assertThat(errors(problem(plan.post("/sign-off", "{\"signedOffBy\": \" \"}"), 400, WebApp.INVALID_REQUEST)))
                    .containsExactly("$.finalBudgetAnnual NotNull", "$.signedOffBy NotBlank");
            assertThat(errors(problem(plan.post("/activate", "{\"supportStart\": \"2026-02-30\"}"),
                    400, WebApp.INVALID_REQUEST))).containsExactly("$.supportStart date.valid");
            assertThat(errors(problem(plan.post("/end", "{\"endedOn\": \"31/01/2027\"}"), 400, WebApp.INVALID_REQUEST)))
                    .containsExactly("$.endedOn Pattern");
            problem(client.request(plan.path() + "/return", b -> b.post(BodyPublishers.ofString("{\"reasons\": [\"x\"]}"))
                    .header("Content-Type", "text/plain").header("If-Match", plan.etag())), 415, WebApp.UNSUPPORTED_MEDIA_TYPE);
        });
    }

    @Test
    void aControlCharacterInAReturnReasonIsRefusedByTheDomainNamingTheField() {
        TestApp.test(app(), (server, client) -> {
            PlanClient plan = PlanClient.create(client, COMPLETE);
            ok(plan.post("/submit", ""), 200);

            JsonNode problem = problem(plan.post("/return", "{\"reasons\": [\"bad \\u0007 bell\"]}"),
                    400, WebApp.INVALID_REQUEST);

            assertThat(errors(problem)).containsExactly("$.reasons text.no-control-characters");
        });
    }

    @Test
    void everyLifecycleRouteAnswers404ForAnUnknownPlan() {
        TestApp.test(app(), (server, client) -> {
            String plan = "/plans/" + UUID.randomUUID();
            // Whatever the If-Match: a precondition on a plan that does not exist is not evaluated (RFC 9110 13.2.1).
            for (String ifMatch : List.of("\"1\"", "*", "W/\"1\"")) {
                for (String step : List.of("/submit", "/revise")) {
                    problem(post(client, plan + step, "", ifMatch), 404, WebApp.NOT_FOUND);
                }
                problem(post(client, plan + "/sign-off", SIGN_OFF, ifMatch), 404, WebApp.NOT_FOUND);
                problem(post(client, plan + "/return", "{\"reasons\": [\"x\"]}", ifMatch), 404, WebApp.NOT_FOUND);
                problem(post(client, plan + "/activate", "{\"supportStart\": \"2026-05-04\"}", ifMatch), 404, WebApp.NOT_FOUND);
                problem(post(client, plan + "/end", "{\"endedOn\": \"2026-05-04\"}", ifMatch), 404, WebApp.NOT_FOUND);
                problem(put(client, plan + "/content", COMPLETE, ifMatch), 404, WebApp.NOT_FOUND);
            }
            problem(client.get(plan + "/versions"), 404, WebApp.NOT_FOUND);
            problem(client.post("/plans/not-a-uuid/submit", ""), 404, WebApp.NOT_FOUND);
        });
    }

    @Test
    void onlyExistingVersionNumbersAreFound() {
        TestApp.test(app(), (server, client) -> {
            PlanClient plan = PlanClient.create(client, COMPLETE);

            assertThat(ok(plan.get("/versions/1"), 200).get("version").asInt()).isEqualTo(1);
            for (String version : List.of("0", "2", "01", "x", "99999999999")) {
                problem(plan.get("/versions/" + version), 404, WebApp.NOT_FOUND);
            }
        });
    }

    private static List<String> statuses(JsonNode history) {
        List<String> out = new ArrayList<>();
        history.forEach(v -> out.add(v.get("version").asInt() + " " + v.get("status").asText()));
        return out;
    }
}
