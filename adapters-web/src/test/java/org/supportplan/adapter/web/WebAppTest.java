package org.supportplan.adapter.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.supportplan.adapter.web.TestApp.COMPLETE;
import static org.supportplan.adapter.web.TestApp.JSON;
import static org.supportplan.adapter.web.TestApp.app;
import static org.supportplan.adapter.web.TestApp.errors;
import static org.supportplan.adapter.web.TestApp.ok;
import static org.supportplan.adapter.web.TestApp.problem;

import java.net.http.HttpRequest.BodyPublishers;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;

import io.javalin.testtools.Response;

import org.junit.jupiter.api.Test;
import org.supportplan.adapter.web.security.PlanDirectory;
import org.supportplan.adapter.web.security.PlanOwner;
import org.supportplan.application.audit.Actor;
import org.supportplan.application.port.out.AccountRepository.ReportId;
import org.supportplan.domain.account.AccountId;
import org.supportplan.application.port.StoredPlan;
import org.supportplan.application.port.in.DraftPlanUseCase;
import org.supportplan.application.port.in.FindPlanUseCase;
import org.supportplan.application.testdata.InMemoryStore;
import org.supportplan.domain.plan.PlanId;
import org.supportplan.domain.plan.SupportPlan;
import org.supportplan.domain.testdata.PlanFixtures;

/** Drafting and reading plans over HTTP, and every kind of refusal. */
class WebAppTest {

    @Test
    void createsAPlanAndAnswersWithItsLocationAndBody() {
        TestApp.test(app(), (server, client) -> {
            Response response = client.post("/plans", COMPLETE);

            assertThat(response.headers().get("Cache-Control")).containsExactly("no-store");
            JsonNode body = ok(response, 201);
            String id = body.get("id").asText();
            assertThat(UUID.fromString(id).toString()).isEqualTo(id);
            assertThat(response.headers().get("Location")).containsExactly("/plans/" + id);
            assertThat(response.headers().get("Content-Location")).containsExactly("/plans/" + id);
            assertThat(response.headers().get("ETag")).containsExactly("\"1\"");
            assertThat(body.get("version").asInt()).isEqualTo(1);
            assertThat(body.get("personId").asText()).isEqualTo("P-100234");
            assertThat(body.get("councilId").asText()).isEqualTo("derbyshire");
            assertThat(body.get("status").asText()).isEqualTo("DRAFT");
            assertThat(body.get("createdAt").asText()).isEqualTo("2026-03-02T09:30:00Z");
            assertThat(body.get("returnReasons")).isEmpty();
            assertThat(body.get("signOff").isNull()).isTrue();
            assertThat(body.get("supportStart").isNull()).isTrue();
            JsonNode first = body.get("supportItems").get(0);
            assertThat(first.get("quantity").isTextual()).isTrue();
            assertThat(first.get("quantity").asText()).isEqualTo("10.5");
            assertThat(first.get("unitCost").asText()).isEqualTo("18.40");
            assertThat(first.get("paidPerson").get("livesInSameHousehold").isBoolean()).isTrue();
            JsonNode budget = body.get("budget");
            assertThat(budget.get("indicativeAnnual").asText()).isEqualTo("16000.00");
            assertThat(budget.get("finalAnnual").isNull()).isTrue();
            assertThat(budget.get("councilAmountAnnual").asText()).isEqualTo("13660.00");
        });
    }

    @Test
    void readsACreatedPlanBack() {
        TestApp.test(app(), (server, client) -> {
            Response created = client.post("/plans", COMPLETE);
            String location = created.headers().get("Location").get(0);

            Response read = client.get(location);

            assertThat(read.headers().get("Cache-Control")).containsExactly("no-store");
            assertThat(read.headers().get("ETag")).isEqualTo(created.headers().get("ETag")).containsExactly("\"1\"");
            assertThat(ok(read, 200)).isEqualTo(JSON.readTree(created.body().string()));
        });
    }

    @Test
    void aMinimalPlanFileIsADraftWithEmptyParts() {
        TestApp.test(app(), (server, client) -> {
            JsonNode body = ok(client.post("/plans", "{\"personId\":\"P-1\",\"councilId\":\"bury\"}"), 201);

            assertThat(body.get("whatIsImportant").isNull()).isTrue();
            assertThat(body.get("needs")).isEmpty();
            assertThat(body.get("supportItems")).isEmpty();
            assertThat(body.get("budget").isNull()).isTrue();
        });
    }

    @Test
    void anUnknownPlanIsNotFound() {
        TestApp.test(app(), (server, client) -> {
            String path = "/plans/" + UUID.randomUUID();
            JsonNode problem = problem(client.get(path), 404, WebApp.NOT_FOUND);
            assertThat(problem.get("instance").asText()).isEqualTo(path);
        });
    }

    @Test
    void anIdThatIsNotAUuidIsNotFoundEither() {
        TestApp.test(app(), (server, client) ->
                problem(client.get("/plans/not-a-uuid"), 404, WebApp.NOT_FOUND));
    }

    @Test
    void aBadUnitCostInTheSecondItemIsNamedByItsPath() {
        TestApp.test(app(), (server, client) -> {
            JsonNode problem = problem(client.post("/plans", COMPLETE.replace("\"42.00\"", "\"42.005\"")),
                    400, WebApp.INVALID_REQUEST);

            assertThat(errors(problem)).containsExactly("$.supportItems[1].unitCost Pattern");
        });
    }

    @Test
    void aNegativeUnitCostIsRefused() {
        TestApp.test(app(), (server, client) -> {
            JsonNode problem = problem(client.post("/plans", COMPLETE.replace("\"18.40\"", "\"-18.40\"")),
                    400, WebApp.INVALID_REQUEST);

            assertThat(errors(problem)).containsExactly("$.supportItems[0].unitCost Pattern");
        });
    }

    @Test
    void aDomainRuleRefusalIsNamedByItsPathToo() {
        TestApp.test(app(), (server, client) -> {
            // Matches the pattern but is above the domain's largest amount.
            JsonNode problem = problem(client.post("/plans", COMPLETE.replace("\"42.00\"", "\"9999999999999\"")),
                    400, WebApp.INVALID_REQUEST);

            assertThat(errors(problem)).containsExactly("$.supportItems[1].unitCost money.range");
        });
    }

    @Test
    void nestedFieldsAreNamedByTheirJsonPaths() {
        TestApp.test(app(), (server, client) -> {
            String body = COMPLETE.replace("\"PERSONAL_HYGIENE\"", "\"HYGIENE\"")
                    .replace("\"16000.00\"", "\"16,000\"");

            JsonNode problem = problem(client.post("/plans", body), 400, WebApp.INVALID_REQUEST);

            assertThat(errors(problem)).containsExactly("$.budget.indicativeAnnual Pattern", "$.needs[0].outcome EnumName");
        });
    }

    @Test
    void aLinkToANeedThatIsNotInThePlanIsNamedByItsPath() {
        TestApp.test(app(), (server, client) -> {
            String body = COMPLETE.replace("\"needs\": [\"n2\"], \"outcomes\": [\"o2\"]", "\"needs\": [\"n9\"], \"outcomes\": [\"o2\"]");

            JsonNode problem = problem(client.post("/plans", body), 400, WebApp.INVALID_REQUEST);

            assertThat(errors(problem)).containsExactly("$.supportItems[1].needs plan.link-exists");
            assertThat(problem.get("errors").get(0).get("message").asText()).contains("n9");
        });
    }

    @Test
    void domainRulesAcrossFieldsAreNamedByTheirPaths() {
        TestApp.test(app(), (server, client) -> {
            assertThat(errors(problem(client.post("/plans", COMPLETE.replace("\"2340.00\"", "\"16000.01\"")),
                    400, WebApp.INVALID_REQUEST)))
                    .containsExactly("$.budget.assessedContributionAnnual budget.contribution-within-cost");
            assertThat(errors(problem(client.post("/plans", COMPLETE.replace("{\"id\": \"n2\"", "{\"id\": \"n1\"")),
                    400, WebApp.INVALID_REQUEST)))
                    .containsExactly("$.needs[1].id plan.unique-id");
            assertThat(errors(problem(client.post("/plans", COMPLETE.replace("\"2026-04-01\"", "\"2026-02-30\"")),
                    400, WebApp.INVALID_REQUEST)))
                    .containsExactly("$.actionPlan[0].byWhen date.valid");
        });
    }

    @Test
    void aMissingPersonIdIsRefused() {
        TestApp.test(app(), (server, client) -> {
            JsonNode problem = problem(client.post("/plans", COMPLETE.replace("\"personId\": \"P-100234\",", "")),
                    400, WebApp.INVALID_REQUEST);

            assertThat(errors(problem)).containsExactly("$.personId NotNull");
            assertThat(problem.get("errors").get(0).get("message").asText()).isEqualTo("personId is required");
        });
    }

    @Test
    void everyInvalidFieldIsReportedAtOnce() {
        TestApp.test(app(), (server, client) -> {
            String body = COMPLETE.replace("\"derbyshire\"", "\"Derbyshire!\"").replace("\"HOURS_PER_WEEK\"", "\"HOURS\"");

            JsonNode problem = problem(client.post("/plans", body), 400, WebApp.INVALID_REQUEST);

            assertThat(errors(problem)).containsExactly("$.councilId Pattern", "$.supportItems[0].unit EnumName");
        });
    }

    @Test
    void malformedJsonSaysWhere() {
        TestApp.test(app(), (server, client) -> {
            JsonNode problem = problem(client.post("/plans", "{\"personId\": \"P-1\",\n \"councilId\": derbyshire}"),
                    400, WebApp.MALFORMED_JSON);

            JsonNode error = problem.get("errors").get(0);
            assertThat(error.get("field").asText()).isEqualTo("$.councilId");
            assertThat(error.get("rule").asText()).isEqualTo("json.syntax");
            assertThat(error.get("message").asText()).contains("line 2");
            assertThat(problem.toString()).doesNotContain("derbyshire");
        });
    }

    @Test
    void anUnknownFieldIsRefused() {
        TestApp.test(app(), (server, client) -> {
            JsonNode problem = problem(client.post("/plans", COMPLETE.replace("\"unit\": \"SESSIONS_PER_WEEK\"",
                    "\"unit\": \"SESSIONS_PER_WEEK\", \"colour\": \"blue\"")), 400, WebApp.MALFORMED_JSON);

            assertThat(errors(problem)).containsExactly("$.supportItems[1].colour unknown-field");
        });
    }

    @Test
    void anAmountWrittenAsAJsonNumberIsRefused() {
        TestApp.test(app(), (server, client) -> {
            JsonNode problem = problem(client.post("/plans", COMPLETE.replace("\"18.40\"", "18.40")),
                    400, WebApp.MALFORMED_JSON);

            assertThat(errors(problem)).containsExactly("$.supportItems[0].unitCost json.type");
            assertThat(problem.get("errors").get(0).get("message").asText()).contains("\"18.40\"");
        });
    }

    @Test
    void aBooleanWrittenAsTextIsRefused() {
        TestApp.test(app(), (server, client) -> {
            JsonNode problem = problem(client.post("/plans", COMPLETE.replace("\"livesInSameHousehold\": false",
                    "\"livesInSameHousehold\": \"false\"")), 400, WebApp.MALFORMED_JSON);

            assertThat(errors(problem)).containsExactly("$.supportItems[0].paidPerson.livesInSameHousehold json.type");
        });
    }

    @Test
    void aBodyThatIsNotJsonIsUnsupported() {
        TestApp.test(app(), (server, client) -> {
            Response response = client.request("/plans", b -> b.post(BodyPublishers.ofString(COMPLETE))
                    .header("Content-Type", "text/plain"));

            problem(response, 415, WebApp.UNSUPPORTED_MEDIA_TYPE);
        });
    }

    @Test
    void anEmptyBodyIsMalformed() {
        TestApp.test(app(), (server, client) -> {
            JsonNode problem = problem(client.post("/plans", ""), 400, WebApp.MALFORMED_JSON);

            assertThat(errors(problem)).containsExactly("$ json.single-object");
        });
    }

    @Test
    void jsonWithACharsetIsAccepted() {
        TestApp.test(app(), (server, client) -> {
            Response response = client.request("/plans", b -> b.post(BodyPublishers.ofString(COMPLETE))
                    .header("Content-Type", "application/json; charset=UTF-8"));

            assertThat(response.code()).isEqualTo(201);
        });
    }

    @Test
    void anUnknownAddressIsAProblem() {
        TestApp.test(app(), (server, client) -> problem(client.get("/nothing-here"), 404, WebApp.NOT_FOUND));
    }

    @Test
    void aWrongMethodIsAProblem() {
        TestApp.test(app(), (server, client) -> {
            Response response = client.get("/plans");

            problem(response, 405, WebApp.METHOD_NOT_ALLOWED);
            assertThat(response.headers().get("Allow")).containsExactly("POST");
        });
    }

    @Test
    void aBodyOverTheLimitIsTooLarge() {
        TestApp.test(app(), (server, client) -> {
            String huge = COMPLETE.replace("Seeing my grandchildren every week and keeping my allotment.", "x".repeat(1_100_000));
            problem(client.post("/plans", huge), 413, WebApp.TOO_LARGE);
        });
    }

    @Test
    void anUnexpectedFailureSaysNothingAboutItself() {
        DraftPlanUseCase failing = (command, actor) -> {
            throw new IllegalStateException("secret-detail from the database");
        };
        TestApp.test(WebApp.create(useCases(failing, new FailingFinder()), TestApp.security(new FailingDirectory())), (server, client) -> {
            JsonNode created = problem(client.post("/plans", COMPLETE), 500, WebApp.INTERNAL);
            JsonNode found = problem(client.get("/plans/" + UUID.randomUUID()), 500, WebApp.INTERNAL);

            assertThat(created.toString()).doesNotContain("secret-detail");
            assertThat(found.toString()).doesNotContain("secret-detail");
        });
    }

    @Test
    void anErrorThatIsNotAnExceptionIsStillAProblem() {
        DraftPlanUseCase failing = (command, actor) -> {
            throw new LinkageError("secret-detail from a class loader");
        };
        TestApp.test(WebApp.create(useCases(failing, new FailingFinder()), TestApp.security(new FailingDirectory())), (server, client) -> {
            Response response = client.post("/plans", COMPLETE);

            assertThat(response.code()).isEqualTo(500);
            assertThat(response.headers().get("Content-Type").get(0)).startsWith("application/problem+json");
            JsonNode problem = JSON.readTree(response.body().string());
            assertThat(problem.get("type").asText()).isEqualTo(WebApp.INTERNAL);
            assertThat(problem.toString()).doesNotContain("secret-detail", "Error");
        });
    }

    private static WebApp.UseCases useCases(DraftPlanUseCase drafts, FindPlanUseCase finder) {
        InMemoryStore store = new InMemoryStore();
        WebApp.UseCases real = TestApp.useCases(store.plans(), store.auditTrail(), store,
                Clock.fixed(PlanFixtures.CREATED_AT, ZoneOffset.UTC));
        return new WebApp.UseCases(drafts, finder, real.lifecycle(), real.checks(), real.councils(), real.reviews(),
                real.accounts(), real.transactions());
    }

    /** A directory whose storage has failed, like the finder's. */
    private static final class FailingDirectory implements PlanDirectory {
        @Override
        public Optional<PlanOwner> ownerOfPlan(PlanId plan) {
            throw new IllegalStateException("secret-detail from the database");
        }

        @Override
        public Optional<PlanOwner> ownerOfAccount(AccountId account) {
            throw new IllegalStateException("secret-detail from the database");
        }

        @Override
        public Optional<PlanOwner> ownerOfReport(ReportId report) {
            throw new IllegalStateException("secret-detail from the database");
        }
    }

    /** A finder whose storage has failed. */
    private static final class FailingFinder implements FindPlanUseCase {
        @Override
        public Optional<StoredPlan> findPlan(PlanId id, Actor reader) {
            throw new IllegalStateException("secret-detail from the database");
        }

        @Override
        public Optional<SupportPlan> findVersion(PlanId id, int version, Actor reader) {
            throw new IllegalStateException("secret-detail from the database");
        }

        @Override
        public List<SupportPlan> history(PlanId id, Actor reader) {
            throw new IllegalStateException("secret-detail from the database");
        }
    }
}
