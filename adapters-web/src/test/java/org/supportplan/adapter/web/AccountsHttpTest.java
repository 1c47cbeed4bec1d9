package org.supportplan.adapter.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.supportplan.adapter.web.TestApp.COMPLETE;
import static org.supportplan.adapter.web.TestApp.actions;
import static org.supportplan.adapter.web.TestApp.app;
import static org.supportplan.adapter.web.TestApp.errors;
import static org.supportplan.adapter.web.TestApp.json;
import static org.supportplan.adapter.web.TestApp.ok;
import static org.supportplan.adapter.web.TestApp.problem;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpRequest.BodyPublishers;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.HexFormat;
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
 * Direct-payment accounts over HTTP: opening one, its monitoring level, uploading its transactions as CSV and
 * auditing it. The plan is Bury's (which forbids spending the budget on food), agreed on 2 March 2026; the
 * transactions are from April; uploads and audits happen on 1 June 2026.
 */
class AccountsHttpTest {

    private static final String SIGN_OFF = "{\"signedOffBy\": \"CM-0042\", \"finalBudgetAnnual\": \"16000.00\"}";
    private static final String OPEN = """
            {"accountId": "DP-100234", "monitoringLevel": "standard", "assessedOn": "2026-03-01", "assessedBy": "CM-0042"}""";
    private static final String ACCOUNT = "/accounts/DP-100234";
    /** A payment in, the PA's wages, a food shop, and two rows that cannot be read (lines 5 and 6). */
    private static final String CSV = """
            date,payee,amount,category,reference
            2026-04-06,Bury Council,772.80,,DP-260406
            2026-04-08,J. Carter,-193.20,personal-assistant,FP-260408
            2026-04-20,Corner Shop,-23.45,food,CARD-260420
            2026-04-2x,Corner Shop,-10.00,food,CARD-X
            2026-04-22,Corner Shop,12.3.4,food,CARD-Y
            """;

    private final InMemoryStore store = new InMemoryStore();
    private final TestClock clock = new TestClock(PlanFixtures.CREATED_AT);
    private final CsvFake reader = new CsvFake();

    /**
     * Bury's agreed plan, drafted and signed off by a care manager; the clock then moves to 1 June 2026. The tests'
     * own client is a finance auditor's, who handles accounts, transactions and audits.
     */
    private PlanClient buryPlan(HttpClient client) throws IOException {
        PlanClient plan = PlanClient.create(TestApp.as(client, TestApp.CARE_MANAGER), COMPLETE.replace("\"councilId\": \"derbyshire\"", "\"councilId\": \"bury\""));
        ok(plan.post("/submit", ""), 200);
        ok(plan.post("/sign-off", SIGN_OFF), 200);
        clock.set("2026-06-01");
        return plan;
    }

    /** Bury's agreed plan with its account open. */
    private PlanClient withAccount(HttpClient client) throws IOException {
        PlanClient plan = buryPlan(client);
        ok(json(client, "POST", plan.path() + "/accounts", OPEN), 201);
        return plan;
    }

    private static Response upload(HttpClient client, String path, String contentType, String body) {
        return client.request(path, b -> b.post(BodyPublishers.ofString(body)).header("Content-Type", contentType));
    }

    @Test
    void anAccountIsOpenedForAPlanWithADirectPaymentAndItsMonitoringAssessedAgain() {
        TestApp.test(app(store, clock, reader), TestApp.FINANCE_AUDITOR, (server, client) -> {
            PlanClient plan = buryPlan(client);

            Response opened = json(client, "POST", plan.path() + "/accounts", OPEN);

            JsonNode account = ok(opened, 201);
            assertThat(opened.headers().get("Location")).containsExactly(ACCOUNT);
            assertThat(opened.headers().get("Cache-Control")).containsExactly("no-store");
            assertThat(account.get("id").asText()).isEqualTo("DP-100234");
            assertThat("/plans/" + account.get("planId").asText()).isEqualTo(plan.path());
            assertThat(account.get("firstPayment").isNull()).isTrue();
            JsonNode monitoring = account.get("monitoring");
            assertThat(monitoring.get("level").asText()).isEqualTo("standard");
            assertThat(monitoring.get("auditIntervalMonths").asInt()).isEqualTo(6);
            assertThat(monitoring.get("evidence")).extracting(JsonNode::asText).containsExactly("BANK_STATEMENTS", "RECEIPTS", "INVOICES");
            assertThat(monitoring.get("levelSourceKind").asText()).isEqualTo("SUPPORTPLAN_DEFAULT");
            assertThat(monitoring.get("assessedOn").asText()).isEqualTo("2026-03-01");
            assertThat(monitoring.get("assessedBy").asText()).isEqualTo("CM-0042");
            assertThat(monitoring.get("sourceKind").asText()).isEqualTo("COUNCIL_PAGE");
            assertThat(ok(client.get(ACCOUNT), 200)).isEqualTo(account);

            JsonNode enhanced = ok(json(client, "PUT", ACCOUNT + "/monitoring",
                    "{\"monitoringLevel\": \"enhanced\", \"assessedOn\": \"2026-05-20\", \"assessedBy\": \"CM-0077\"}"), 200);
            assertThat(enhanced.get("monitoring").get("level").asText()).isEqualTo("enhanced");
            assertThat(enhanced.get("monitoring").get("auditIntervalMonths").asInt()).isEqualTo(3);
            assertThat(enhanced.get("monitoring").get("evidence")).hasSize(5);
            assertThat(enhanced.get("monitoring").get("assessedBy").asText()).isEqualTo("CM-0077");
            assertThat(ok(client.get(ACCOUNT), 200)).isEqualTo(enhanced);
            assertThat(actions(store)).endsWith(AuditAction.ACCOUNT_OPENED, AuditAction.ACCOUNT_READ, AuditAction.ACCOUNT_MONITORING_SET,
                    AuditAction.ACCOUNT_READ);
        });
    }

    @Test
    void anAccountTheRulesRefuseIsAConflictAndNothingIsWritten() {
        TestApp.test(app(store, clock, reader), TestApp.FINANCE_AUDITOR, (server, client) -> {
            PlanClient plan = withAccount(client);
            PlanClient noDirectPayment = PlanClient.create(TestApp.as(client, TestApp.CARE_MANAGER), "{\"personId\": \"P-2\", \"councilId\": \"bury\"}");
            List<AuditEntry> entries = store.entries();

            Map<String, String> refusals = Map.of(
                    plan.path() + "/accounts", "account.unique-id",
                    noDirectPayment.path() + "/accounts", "account.plan-has-direct-payment");
            for (Map.Entry<String, String> refused : refusals.entrySet()) {
                JsonNode problem = problem(json(client, "POST", refused.getKey(), OPEN), 409, WebApp.REFUSED);
                assertThat(problem.get("rule").asText()).isEqualTo(refused.getValue());
                assertThat(problem.get("sourceKind").asText()).isEqualTo("ACT");
            }
            JsonNode level = problem(json(client, "POST", plan.path() + "/accounts", OPEN.replace("DP-100234", "DP-2")
                    .replace("standard", "platinum")), 409, WebApp.REFUSED);
            assertThat(level.get("rule").asText()).isEqualTo("account.monitoring-level");
            assertThat(level.get("detail").asText()).contains("light, standard, enhanced");
            assertThat(problem(json(client, "PUT", ACCOUNT + "/monitoring",
                    "{\"monitoringLevel\": \"platinum\", \"assessedOn\": \"2026-05-20\", \"assessedBy\": \"CM-0077\"}"), 409, WebApp.REFUSED)
                    .get("rule").asText()).isEqualTo("account.monitoring-level");

            assertThat(store.entries()).isEqualTo(entries);
            problem(client.get("/accounts/DP-2"), 404, WebApp.NOT_FOUND);
            assertThat(ok(client.get(ACCOUNT), 200).get("monitoring").get("level").asText()).isEqualTo("standard");
        });
    }

    @Test
    void anAccountBodyIsReadStrictlyAndAnAccountOrPlanThatIsNotThereIsNotFound() {
        TestApp.test(app(store, clock, reader), TestApp.FINANCE_AUDITOR, (server, client) -> {
            PlanClient plan = withAccount(client);
            List<AuditEntry> entries = store.entries();

            assertThat(errors(problem(json(client, "POST", plan.path() + "/accounts", "{}"), 400, WebApp.INVALID_REQUEST)))
                    .containsExactly("$.accountId NotNull", "$.assessedBy NotBlank", "$.assessedOn NotNull", "$.monitoringLevel NotNull");
            assertThat(errors(problem(json(client, "POST", plan.path() + "/accounts", OPEN.replace("DP-100234", "DP 1")
                    .replace("2026-03-01", "2026-02-30").replace("standard", "Gold")), 400, WebApp.INVALID_REQUEST)))
                    .containsExactly("$.accountId Pattern", "$.monitoringLevel Pattern");
            assertThat(errors(problem(json(client, "POST", plan.path() + "/accounts", OPEN.replace("2026-03-01", "2026-02-30")),
                    400, WebApp.INVALID_REQUEST))).containsExactly("$.assessedOn date.valid");
            assertThat(errors(problem(json(client, "PUT", ACCOUNT + "/monitoring", "{\"monitoringLevel\": \"light\"}"),
                    400, WebApp.INVALID_REQUEST))).containsExactly("$.assessedBy NotBlank", "$.assessedOn NotNull");
            problem(json(client, "POST", plan.path() + "/accounts", OPEN.replace("}", ", \"iban\": \"GB00\"}")), 400, WebApp.MALFORMED_JSON);

            problem(json(client, "POST", "/plans/" + UUID.randomUUID() + "/accounts", OPEN.replace("DP-100234", "DP-3")), 404,
                    WebApp.NOT_FOUND);
            problem(json(client, "POST", "/plans/not-a-plan/accounts", OPEN), 404, WebApp.NOT_FOUND);
            problem(client.get("/accounts/DP-404"), 404, WebApp.NOT_FOUND);
            problem(client.get("/accounts/-not-an-account"), 404, WebApp.NOT_FOUND);
            problem(json(client, "PUT", "/accounts/DP-404/monitoring",
                    "{\"monitoringLevel\": \"light\", \"assessedOn\": \"2026-05-20\", \"assessedBy\": \"CM-0077\"}"), 404, WebApp.NOT_FOUND);
            assertThat(store.entries()).isEqualTo(entries);
        });
    }

    @Test
    void anUploadStoresEveryReadableRowAndReportsTheBadOnesByLine() {
        TestApp.test(app(store, clock, reader), TestApp.FINANCE_AUDITOR, (server, client) -> {
            withAccount(client);

            Response answer = upload(client, ACCOUNT + "/transactions", "text/csv; charset=utf-8", CSV);

            JsonNode imported = ok(answer, 201);
            assertThat(answer.headers().get("Cache-Control")).containsExactly("no-store");
            assertThat(imported.get("account").asText()).isEqualTo("DP-100234");
            assertThat(imported.get("fileSha256").asText()).isEqualTo(sha256(CSV));
            assertThat(imported.get("importedAt").asText()).isEqualTo("2026-06-01T09:00:00Z");
            assertThat(imported.get("rows").asLong()).isEqualTo(5);
            assertThat(imported.get("accepted").asLong()).isEqualTo(3);
            assertThat(imported.get("rejected").asLong()).isEqualTo(2);
            assertThat(imported.get("firstRejected")).extracting(r -> r.get("line").asLong()).containsExactly(5L, 6L);
            assertThat(imported.get("firstRejected").get(0).get("reason").asText()).contains("date", "transactions-csv.date-format");
            assertThat(imported.get("firstRejected").get(1).get("reason").asText()).contains("amount", "transactions-csv.amount-format");
            // The first payment in starts the direct-payment review clock and the audit's payment cycles.
            assertThat(ok(client.get(ACCOUNT), 200).get("firstPayment").asText()).isEqualTo("2026-04-06");
            assertThat(actions(store)).contains(AuditAction.TRANSACTIONS_IMPORTED);
        });
    }

    @Test
    void theSameFileTwiceIsAConflictAndNothingIsImportedAgain() {
        TestApp.test(app(store, clock, reader), TestApp.FINANCE_AUDITOR, (server, client) -> {
            withAccount(client);
            JsonNode first = ok(upload(client, ACCOUNT + "/transactions", "text/csv", CSV), 201);
            List<AuditEntry> entries = store.entries();
            clock.set("2026-06-02");

            JsonNode again = problem(upload(client, ACCOUNT + "/transactions", "text/csv", CSV), 409, WebApp.ALREADY_IMPORTED);

            assertThat(again.get("fileSha256").asText()).isEqualTo(first.get("fileSha256").asText());
            assertThat(again.get("importedAt").asText()).isEqualTo("2026-06-01T09:00:00Z");
            assertThat(store.entries()).isEqualTo(entries);
            // One more row makes another file.
            assertThat(ok(upload(client, ACCOUNT + "/transactions", "text/csv", CSV + "2026-04-27,Bury Council,772.80,,DP-260427\n"), 201)
                    .get("accepted").asLong()).isEqualTo(4);
        });
    }

    @Test
    void aFileThatCannotBeReadIsABadRequestAndNothingIsImported() {
        TestApp.test(app(store, clock, reader), TestApp.FINANCE_AUDITOR, (server, client) -> {
            withAccount(client);
            List<AuditEntry> entries = store.entries();

            JsonNode unreadable = problem(upload(client, ACCOUNT + "/transactions", "text/csv", "when,who,how much\n2026-04-06,x,1\n"),
                    400, WebApp.UNREADABLE_TRANSACTIONS);
            assertThat(unreadable.get("detail").asText()).contains("nothing was imported", "header");
            assertThat(problem(upload(client, ACCOUNT + "/transactions", "text/csv", ""), 400, WebApp.UNREADABLE_TRANSACTIONS)
                    .get("detail").asText()).contains("empty");
            for (String contentType : List.of("application/json", "text/plain", "text/csv; charset=iso-8859-1")) {
                assertThat(problem(upload(client, ACCOUNT + "/transactions", contentType, CSV), 415, WebApp.UNSUPPORTED_MEDIA_TYPE)
                        .get("detail").asText()).as(contentType).contains("text/csv");
            }

            assertThat(store.entries()).isEqualTo(entries);
            assertThat(ok(client.get(ACCOUNT), 200).get("firstPayment").isNull()).isTrue();
        });
    }

    @Test
    void anUploadToNoAccountIsNotFoundAndTheFileIsNeverRead() {
        TestApp.test(app(store, clock, reader), TestApp.FINANCE_AUDITOR, (server, client) -> {
            withAccount(client);
            List<AuditEntry> entries = store.entries();

            problem(upload(client, "/accounts/DP-404/transactions", "text/csv", CSV), 404, WebApp.NOT_FOUND);
            problem(upload(client, "/accounts/-x/transactions", "text/csv", CSV), 404, WebApp.NOT_FOUND);

            assertThat(reader.reads()).isZero();
            assertThat(store.entries()).isEqualTo(entries);
        });
    }

    @Test
    void aFileAboveTheUploadLimitIsTooLargeWhetherItsLengthIsDeclaredOrNot() {
        TestApp.test(app(store, clock, reader), TestApp.FINANCE_AUDITOR, (server, client) -> {
            withAccount(client);
            List<AuditEntry> entries = store.entries();
            byte[] huge = new byte[(int) WebSettings.DEFAULT_MAX_UPLOAD_BYTES + 1];
            Arrays.fill(huge, (byte) 'x');

            problem(client.request(ACCOUNT + "/transactions", b -> b.post(BodyPublishers.ofByteArray(huge))
                    .header("Content-Type", "text/csv")), 413, WebApp.TOO_LARGE);
            // Streamed without a Content-Length, it is counted as it is read.
            problem(client.request(ACCOUNT + "/transactions", b -> b.post(BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(huge)))
                    .header("Content-Type", "text/csv")), 413, WebApp.TOO_LARGE);

            assertThat(reader.reads()).isZero();
            assertThat(store.entries()).isEqualTo(entries);
            // A file above the JSON routes' 1 MB limit but within this one is read: 2 MB of one account's rows.
            StringBuilder big = new StringBuilder("date,payee,amount,category,reference\n");
            for (int i = 0; big.length() < 2_000_000; i++) {
                big.append("2026-04-06,Bury Council,1.00,,REF-").append(i).append('\n');
            }
            assertThat(ok(upload(client, ACCOUNT + "/transactions", "text/csv", big.toString()), 201).get("rejected").asLong()).isZero();
        });
    }

    @Test
    void anAuditUnderBuryFindsTheFoodShopAndStoresTheReportAtItsAddress() {
        TestApp.test(app(store, clock, reader), TestApp.FINANCE_AUDITOR, (server, client) -> {
            PlanClient plan = withAccount(client);
            ok(upload(client, ACCOUNT + "/transactions", "text/csv", CSV), 201);

            Response answer = json(client, "POST", ACCOUNT + "/audits", "{\"from\": \"2026-04-06\", \"to\": \"2026-05-03\"}");

            JsonNode report = ok(answer, 201);
            String id = report.get("id").asText();
            assertThat(answer.headers().get("Location")).containsExactly("/audits/" + id);
            assertThat(answer.headers().get("Cache-Control")).containsExactly("no-store");
            assertThat(report.get("auditedAt").asText()).isEqualTo("2026-06-01T09:00:00Z");
            assertThat(report.get("account").asText()).isEqualTo("DP-100234");
            assertThat("/plans/" + report.get("planId").asText()).isEqualTo(plan.path());
            assertThat(report.get("period").toString()).isEqualTo("{\"from\":\"2026-04-06\",\"to\":\"2026-05-03\"}");
            assertThat(report.get("monitoring").get("level").asText()).isEqualTo("standard");
            assertThat(report.get("monitoring").get("auditIntervalMonths").asInt()).isEqualTo(6);
            assertThat(report.get("cycleAnchor").asText()).isEqualTo("2026-04-06");
            assertThat(report.get("openingBalance").asText()).isEqualTo("0.00");
            assertThat(report.get("closingBalance").asText()).isEqualTo("556.15");
            JsonNode totals = report.get("totals");
            assertThat(totals.get("rowsRead").asLong()).isEqualTo(3);
            assertThat(totals.get("transactions").asLong()).isEqualTo(3);
            assertThat(totals.get("moneyIn").asText()).isEqualTo("772.80");
            assertThat(totals.get("moneyOut").asText()).isEqualTo("216.65");
            assertThat(totals.get("net").asText()).isEqualTo("556.15");
            assertThat(totals.get("refusedSpend").asText()).isEqualTo("23.45");
            assertThat(totals.get("plannedSpend").asText()).isEqualTo("193.20");
            assertThat(report.get("clean").asBoolean()).isFalse();
            assertThat(report.get("incomplete").asBoolean()).isFalse();
            assertThat(report.get("rejected")).isEmpty();
            assertThat(report.get("outsidePeriod")).isEmpty();

            assertThat(report.get("findings")).hasSize(1);
            JsonNode food = report.get("findings").get(0);
            assertThat(food.get("kind").asText()).isEqualTo("PROHIBITED_SPEND");
            assertThat(food.get("rule").asText()).isEqualTo("spend.everyday-living-costs");
            assertThat(food.get("source").asText()).isNotBlank();
            assertThat(food.get("sourceKind").asText()).isEqualTo("COUNCIL_PAGE");
            assertThat(food.get("message").asText()).contains("23.45", "spend.everyday-living-costs");
            assertThat(food.get("amount").asText()).isEqualTo("23.45");
            assertThat(food.get("transactions").asLong()).isEqualTo(1);
            assertThat(food.get("examples").toString()).isEqualTo("[{\"line\":4,\"reference\":\"CARD-260420\"}]");
            assertThat(food.get("from").asText()).isEqualTo("2026-04-06");
            assertThat(food.get("to").asText()).isEqualTo("2026-05-03");
            assertThat(food.has("planned")).isFalse();
            assertThat(actions(store)).endsWith(AuditAction.ACCOUNT_AUDITED);

            int entries = store.entries().size();
            Response read = client.get("/audits/" + id);
            assertThat(read.headers().get("Cache-Control")).containsExactly("no-store");
            assertThat(ok(read, 200)).isEqualTo(report);
            JsonNode list = ok(client.get(ACCOUNT + "/audits"), 200);
            assertThat(list.toString()).isEqualTo("[{\"id\":\"" + id + "\",\"auditedAt\":\"2026-06-01T09:00:00Z\","
                    + "\"period\":{\"from\":\"2026-04-06\",\"to\":\"2026-05-03\"},\"findings\":1,\"clean\":false,"
                    + "\"incomplete\":false,\"href\":\"/audits/" + id + "\"}]");
            assertThat(actions(store).subList(entries, store.entries().size()))
                    .containsExactly(AuditAction.AUDIT_REPORT_READ, AuditAction.AUDIT_REPORT_READ);
        });
    }

    @Test
    void withoutAPeriodTheAuditCoversTheMonitoringLevelsPeriodEndingToday() {
        TestApp.test(app(store, clock, reader), TestApp.FINANCE_AUDITOR, (server, client) -> {
            withAccount(client);
            ok(upload(client, ACCOUNT + "/transactions", "text/csv", CSV), 201);

            JsonNode noBody = ok(client.request(ACCOUNT + "/audits", b -> b.post(BodyPublishers.noBody())), 201);
            JsonNode emptyObject = ok(json(client, "POST", ACCOUNT + "/audits", "{}"), 201);

            for (JsonNode report : List.of(noBody, emptyObject)) {
                assertThat(report.get("period").toString()).isEqualTo("{\"from\":\"2025-12-02\",\"to\":\"2026-06-01\"}");
                assertThat(report.get("totals").get("transactions").asLong()).isEqualTo(3);
            }
            assertThat(ok(client.get(ACCOUNT + "/audits"), 200)).hasSize(2);
        });
    }

    @Test
    void anAuditThatCannotRunIsRefusedNamingTheFieldAndNothingIsStored() {
        TestApp.test(app(store, clock, reader), TestApp.FINANCE_AUDITOR, (server, client) -> {
            withAccount(client);
            List<AuditEntry> entries = store.entries();

            Map<String, List<String>> invalid = Map.of(
                    "{\"from\": \"2026-04-06\"}", List.of("$.to audit.period-both"),
                    "{\"to\": \"2026-04-06\"}", List.of("$.from audit.period-both"),
                    "{\"from\": \"2026-05-01\", \"to\": \"2026-04-01\"}", List.of("$.to audit-period.order"),
                    "{\"from\": \"2010-01-01\", \"to\": \"2026-04-01\"}", List.of("$.to audit-period.length"),
                    "{\"from\": \"2026-04-31\", \"to\": \"2026-05-01\"}", List.of("$.from date.valid"),
                    "{\"from\": \"April\", \"to\": \"May\"}", List.of("$.from Pattern", "$.to Pattern"));
            for (Map.Entry<String, List<String>> body : invalid.entrySet()) {
                JsonNode refused = problem(json(client, "POST", ACCOUNT + "/audits", body.getKey()), 400, WebApp.INVALID_REQUEST);
                assertThat(errors(refused)).as(body.getKey()).containsExactlyElementsOf(body.getValue());
            }
            problem(json(client, "POST", ACCOUNT + "/audits", "{\"since\": \"2026-04-06\"}"), 400, WebApp.MALFORMED_JSON);
            problem(upload(client, ACCOUNT + "/audits", "text/plain", "from 2026-04-06"), 415, WebApp.UNSUPPORTED_MEDIA_TYPE);
            problem(json(client, "POST", "/accounts/DP-404/audits", "{}"), 404, WebApp.NOT_FOUND);

            assertThat(store.entries()).isEqualTo(entries);
            assertThat(ok(client.get(ACCOUNT + "/audits"), 200)).isEmpty();
        });
    }

    @Test
    void anAccountWhosePlansCouncilHasNoProfileCannotBeAudited() {
        TestApp.test(app(store, clock, reader), TestApp.FINANCE_AUDITOR, (server, client) -> {
            PlanClient plan = PlanClient.create(TestApp.as(client, TestApp.CARE_MANAGER), COMPLETE.replace("\"councilId\": \"derbyshire\"", "\"councilId\": \"rutland\""));
            ok(json(client, "POST", plan.path() + "/accounts", OPEN), 201);
            List<AuditEntry> entries = store.entries();

            JsonNode unknown = problem(json(client, "POST", ACCOUNT + "/audits", "{}"), 422, WebApp.UNKNOWN_COUNCIL);

            assertThat(unknown.get("councils")).extracting(JsonNode::asText).containsExactly("bury", "derbyshire", "england-default");
            assertThat(store.entries()).isEqualTo(entries);
            assertThat(ok(client.get(ACCOUNT + "/audits"), 200)).isEmpty();
        });
    }

    @Test
    void reportsOfAnAccountOrAnIdThatIsNotThereAreNotFound() {
        TestApp.test(app(store, clock, reader), TestApp.FINANCE_AUDITOR, (server, client) -> {
            withAccount(client);

            problem(client.get("/accounts/DP-404/audits"), 404, WebApp.NOT_FOUND);
            problem(client.get("/audits/" + UUID.randomUUID()), 404, WebApp.NOT_FOUND);
            problem(client.get("/audits/not-a-report"), 404, WebApp.NOT_FOUND);
            // An account with no reports has an empty list, and nothing was read.
            int entries = store.entries().size();
            assertThat(ok(client.get(ACCOUNT + "/audits"), 200)).isEmpty();
            assertThat(store.entries()).hasSize(entries);
        });
    }

    private static String sha256(String text) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    }
}
