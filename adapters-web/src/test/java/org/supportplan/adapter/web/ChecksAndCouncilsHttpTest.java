package org.supportplan.adapter.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.supportplan.adapter.web.TestApp.COMPLETE;
import static org.supportplan.adapter.web.TestApp.app;
import static org.supportplan.adapter.web.TestApp.findings;
import static org.supportplan.adapter.web.TestApp.ok;
import static org.supportplan.adapter.web.TestApp.problem;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;

import io.javalin.testtools.Response;

import org.junit.jupiter.api.Test;

/** The sign-off check of plan files and stored plans, and the council profiles, over HTTP. */
class ChecksAndCouncilsHttpTest {

    // A third item paid from the budget that Bury's page rules out: food is an everyday living cost.
    private static final String FOOD = """
            {"id": "i3", "description": "Weekly food shop", "provider": "Local supermarket", "route": "DIRECT_PAYMENT",
             "quantity": "1", "unit": "PER_WEEK", "unitCost": "10.00", "category": "food", "needs": ["n3"]}""";

    @Test
    void aCompletePlanFileIsAgreeableWithItsBudgetBrokenDown() {
        TestApp.test(app(), (server, client) -> {
            Response response = client.post("/checks", COMPLETE);

            assertThat(response.headers().get("Cache-Control")).containsExactly("no-store");
            JsonNode report = ok(response, 200);
            assertThat(report.fieldNames()).toIterable().containsExactly("agreeable", "council", "findings", "budget");
            assertThat(report.get("agreeable").asBoolean()).isTrue();
            assertThat(report.get("council").asText()).isEqualTo("derbyshire");
            assertThat(report.get("findings")).isEmpty();
            JsonNode budget = report.get("budget");
            assertThat(budget.get("weeksPerYear").asText()).isEqualTo("52.143");
            assertThat(budget.get("rounding").asText()).isEqualTo("HALF_UP");
            JsonNode line = budget.get("lines").get(0);
            assertThat(line.fieldNames()).toIterable()
                    .containsExactly("item", "path", "route", "weekly", "fourWeekly", "annual", "oneOff");
            assertThat(line.get("item").asText()).isEqualTo("i1");
            assertThat(line.get("path").asText()).isEqualTo("$.supportItems[0]");
            assertThat(line.get("weekly").asText()).isEqualTo("193.20");
            assertThat(line.get("fourWeekly").asText()).isEqualTo("772.80");
            assertThat(line.get("annual").asText()).isEqualTo("10074.03");
            assertThat(line.get("oneOff").asText()).isEqualTo("0.00");
            assertThat(budget.get("budgetFunded").fieldNames()).toIterable()
                    .containsExactly("weekly", "fourWeekly", "annual", "oneOff", "firstYear");
            assertThat(budget.get("total").get("firstYear").asText()).isEqualTo("14454.04");
            assertThat(budget.get("topUpFunded").get("annual").asText()).isEqualTo("0.00");
            JsonNode sufficiency = budget.get("sufficiency");
            assertThat(sufficiency.get("status").asText()).isEqualTo("SUFFICIENT");
            assertThat(sufficiency.get("budgetInForce").asText()).isEqualTo("16000.00");
            assertThat(sufficiency.get("budgetCost").asText()).isEqualTo("14454.04");
            assertThat(sufficiency.get("budgetShortfall").asText()).isEqualTo("0.00");
            assertThat(sufficiency.get("budgetHeadroom").asText()).isEqualTo("1545.96");
        });
    }

    @Test
    void buryRefusesFoodFromTheBudgetCitingItsOwnPage() {
        TestApp.test(app(), (server, client) -> {
            String bury = COMPLETE.replace("\"derbyshire\"", "\"bury\"")
                    .replace("\"paidPerson\": null}", "\"paidPerson\": null},\n    " + FOOD);

            JsonNode report = ok(client.post("/checks", bury), 200);

            assertThat(report.get("agreeable").asBoolean()).isFalse();
            assertThat(report.get("council").asText()).isEqualTo("bury");
            assertThat(findings(report)).containsExactly("spend.everyday-living-costs $.supportItems[2]");
            JsonNode finding = report.get("findings").get(0);
            assertThat(finding.get("source").asText()).isEqualTo("test council page");
            assertThat(finding.get("sourceKind").asText()).isEqualTo("COUNCIL_PAGE");
            assertThat(finding.get("message").asText()).contains("Weekly food shop", "food");
        });
    }

    @Test
    void checkingAFileNeverStoresIt() {
        TestApp.test(app(), (server, client) -> {
            JsonNode report = ok(client.post("/checks", COMPLETE), 200);

            assertThat(report.has("id")).isFalse();
            problem(client.get("/plans/" + UUID.randomUUID()), 404, WebApp.NOT_FOUND);
        });
    }

    @Test
    void aPlanWithoutABudgetCannotBeJudgedSufficient() {
        TestApp.test(app(), (server, client) -> {
            String noBudget = COMPLETE.replace(
                    "\"budget\": {\"indicativeAnnual\": \"16000.00\", \"assessedContributionAnnual\": \"2340.00\"}", "\"budget\": null");

            JsonNode report = ok(client.post("/checks", noBudget), 200);

            assertThat(findings(report)).contains("signoff.no-budget $.budget");
            JsonNode sufficiency = report.get("budget").get("sufficiency");
            assertThat(sufficiency.get("status").asText()).isEqualTo("NO_BUDGET");
            assertThat(sufficiency.get("budgetInForce").isNull()).isTrue();
            assertThat(sufficiency.get("budgetShortfall").isNull()).isTrue();
            assertThat(sufficiency.get("budgetCost").asText()).isEqualTo("14454.04");
            assertThat(sufficiency.has("budgetHeadroom")).isFalse();
        });
    }

    @Test
    void aPlanFileForACouncilWithoutAProfileNamesTheKnownCouncils() {
        TestApp.test(app(), (server, client) -> {
            JsonNode problem = problem(client.post("/checks", COMPLETE.replace("\"derbyshire\"", "\"rutland\"")),
                    422, WebApp.UNKNOWN_COUNCIL);

            List<String> councils = new ArrayList<>();
            problem.get("councils").forEach(c -> councils.add(c.asText()));
            assertThat(councils).containsExactly("bury", "derbyshire", "england-default");
            assertThat(problem.get("detail").asText()).contains("rutland");
        });
    }

    @Test
    void aStoredPlanIsCheckedUnderItsOwnCouncil() {
        TestApp.test(app(), (server, client) -> {
            String bury = COMPLETE.replace("\"derbyshire\"", "\"bury\"")
                    .replace("\"paidPerson\": null}", "\"paidPerson\": null},\n    " + FOOD);
            String plan = "/plans/" + ok(client.post("/plans", bury), 201).get("id").asText();

            JsonNode report = ok(client.get(plan + "/check"), 200);

            assertThat(report.get("council").asText()).isEqualTo("bury");
            assertThat(findings(report)).containsExactly("spend.everyday-living-costs $.supportItems[2]");
            problem(client.get("/plans/" + UUID.randomUUID() + "/check"), 404, WebApp.NOT_FOUND);
        });
    }

    @Test
    void listsTheInstalledCouncils() {
        TestApp.test(app(), (server, client) -> {
            JsonNode councils = ok(client.get("/councils"), 200);

            assertThat(councils).hasSize(3);
            JsonNode derbyshire = councils.get(1);
            assertThat(derbyshire.fieldNames()).toIterable().containsExactly("id", "name", "questions", "spendRules");
            assertThat(derbyshire.get("id").asText()).isEqualTo("derbyshire");
            assertThat(derbyshire.get("name").asText()).isEqualTo("Derbyshire County Council");
            assertThat(derbyshire.get("questions").asInt()).isEqualTo(7);
            assertThat(derbyshire.get("spendRules").get(0).asText()).isEqualTo("spend.illegal");
        });
    }

    @Test
    void showsACouncilWithWhereEachValueComesFrom() {
        TestApp.test(app(), (server, client) -> {
            JsonNode bury = ok(client.get("/councils/bury"), 200);

            assertThat(bury.get("questions").get(0).get("answeredBy").toString()).isEqualTo("[\"NEEDS\",\"OUTCOMES\"]");
            JsonNode rule = bury.get("spendRules").get(0);
            assertThat(rule.get("id").asText()).isEqualTo("spend.everyday-living-costs");
            assertThat(rule.get("summary").asText()).isNotBlank();
            assertThat(rule.get("sourceKind").asText()).isEqualTo("COUNCIL_PAGE");
            assertThat(bury.get("weeksPerYear").get("value").asText()).isEqualTo("52.143");
            assertThat(bury.get("weeksPerYear").get("provenance").asText()).isEqualTo("NATIONAL_DEFAULT");
            assertThat(bury.get("rounding").get("value").asText()).isEqualTo("HALF_UP");
            JsonNode initial = bury.get("reviews").get("initialReview");
            assertThat(initial.get("provenance").asText()).isEqualTo("COUNCIL");
            assertThat(initial.get("value").toString()).isEqualTo("{\"amount\":12,\"unit\":\"WEEKS\",\"anchor\":\"SUPPORT_START\"}");
            assertThat(bury.get("unspentBalanceWeeks").get("value").asText()).isEqualTo("8");

            problem(client.get("/councils/rutland"), 404, WebApp.NOT_FOUND);
            problem(client.get("/councils/Not%20A%20Council"), 404, WebApp.NOT_FOUND);
        });
    }
}
