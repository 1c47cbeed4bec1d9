package org.supportplan.adapter.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.supportplan.adapter.web.TestApp.COMPLETE;
import static org.supportplan.adapter.web.TestApp.app;
import static org.supportplan.adapter.web.TestApp.errors;
import static org.supportplan.adapter.web.TestApp.etag;
import static org.supportplan.adapter.web.TestApp.ok;
import static org.supportplan.adapter.web.TestApp.problem;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;

import io.javalin.testtools.HttpClient;
import io.javalin.testtools.Response;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.supportplan.adapter.web.TestApp.PlanClient;
import org.supportplan.application.audit.AuditAction;
import org.supportplan.application.audit.AuditEntry;
import org.supportplan.application.audit.AuditEvent;
import org.supportplan.application.port.Revision;
import org.supportplan.application.port.StoredPlan;
import org.supportplan.application.port.out.PlanRepository;
import org.supportplan.application.testdata.InMemoryStore;
import org.supportplan.domain.plan.PlanId;
import org.supportplan.domain.plan.SupportPlan;

/**
 * Optimistic concurrency over HTTP: every plan answer carries the plan's revision as a strong ETag, and
 * every change must be conditional on it with If-Match (RFC 9110), so no change can overwrite one its
 * author has not seen.
 */
class ConditionalRequestsHttpTest {

    private static final String SIGN_OFF = "{\"signedOffBy\": \"CM-0042\", \"finalBudgetAnnual\": \"16000.00\"}";

    /** Each route that changes a plan, with a body it accepts and the steps that bring a plan to where it succeeds. */
    enum Change {
        EDIT("/content", COMPLETE, 200),
        SUBMIT("/submit", "", 200),
        RETURN("/return", "{\"reasons\": [\"Please say who covers weekends.\"]}", 200),
        SIGN_OFF("/sign-off", ConditionalRequestsHttpTest.SIGN_OFF, 200),
        ACTIVATE("/activate", "{\"supportStart\": \"2026-05-04\"}", 200),
        END("/end", "{\"endedOn\": \"2027-01-31\"}", 200),
        REVISE("/revise", "", 201);

        final String step;
        final String body;
        final int success;

        Change(String step, String body, int success) {
            this.step = step;
            this.body = body;
            this.success = success;
        }

        List<Change> before() {
            return switch (this) {
                case EDIT, SUBMIT -> List.of();
                case RETURN, SIGN_OFF -> List.of(SUBMIT);
                case ACTIVATE, END, REVISE -> List.of(SUBMIT, SIGN_OFF);
            };
        }

        /** Sends this change to {@code plan} with {@code ifMatch}, or with no If-Match when it is null. */
        Response send(HttpClient client, String plan, String ifMatch) {
            return client.request(plan + step, b -> {
                b.header("Content-Type", "application/json");
                if (ifMatch != null) {
                    b.header("If-Match", ifMatch);
                }
                if (this == EDIT) {
                    b.put(BodyPublishers.ofString(body));
                } else {
                    b.post(BodyPublishers.ofString(body));
                }
            });
        }
    }

    @Test
    void everyAnswerCarryingThePlanHasItsRevisionAsAStrongETagThatChangesWithEveryChange() {
        TestApp.test(app(), (server, client) -> {
            PlanClient plan = PlanClient.create(client, COMPLETE);
            List<String> tags = new ArrayList<>(List.of(plan.etag()));
            List<Change> life = List.of(Change.SUBMIT, Change.RETURN, Change.EDIT, Change.SUBMIT, Change.SIGN_OFF,
                    Change.ACTIVATE, Change.REVISE, Change.EDIT, Change.SUBMIT, Change.SIGN_OFF, Change.END);
            for (Change change : life) {
                Response answer = change.send(client, plan.path(), tags.get(tags.size() - 1));
                ok(answer, change.success);
                assertThat(answer.headers().get("Content-Location")).as(change.name()).containsExactly(plan.path());
                tags.add(etag(answer));
                Response read = client.get(plan.path());
                assertThat(read.code()).isEqualTo(200);
                assertThat(etag(read)).as("GET after " + change).isEqualTo(tags.get(tags.size() - 1));
            }

            // One tag per revision, in order: the plan was written once when created and once per change.
            assertThat(tags).containsExactly("\"1\"", "\"2\"", "\"3\"", "\"4\"", "\"5\"", "\"6\"", "\"7\"", "\"8\"",
                    "\"9\"", "\"10\"", "\"11\"", "\"12\"");
        });
    }

    @Test
    void earlierVersionsAndTheHistoryCarryNoETagSinceTheTagNamesTheCurrentPlan() {
        TestApp.test(app(), (server, client) -> {
            PlanClient plan = PlanClient.create(client, COMPLETE);
            ok(plan.post("/submit", ""), 200);
            ok(plan.post("/sign-off", SIGN_OFF), 200);
            ok(plan.post("/revise", ""), 201);

            for (String below : List.of("/versions", "/versions/1", "/versions/2")) {
                Response response = plan.get(below);
                assertThat(response.code()).isEqualTo(200);
                assertThat(response.headers().get("ETag")).as(below).isNullOrEmpty();
            }
            assertThat(etag(plan.get(""))).isEqualTo("\"4\"");
        });
    }

    @ParameterizedTest
    @EnumSource(Change.class)
    void aChangeWithoutIfMatchIsRefusedAsPreconditionRequiredAndNothingIsWritten(Change change) {
        InMemoryStore store = new InMemoryStore();
        TestApp.test(app(store), (server, client) -> {
            PlanClient plan = readyFor(client, change);
            int writes = store.writes();
            List<AuditEntry> entries = store.entries();

            JsonNode problem = problem(change.send(client, plan.path(), null), 428, WebApp.PRECONDITION_REQUIRED);

            assertThat(problem.get("detail").asText()).contains("If-Match", plan.path());
            assertThat(store.writes()).isEqualTo(writes);
            assertThat(store.entries()).isEqualTo(entries);
            assertThat(etag(plan.get(""))).isEqualTo(plan.etag());
        });
    }

    @ParameterizedTest
    @EnumSource(Change.class)
    void aStaleTagIsRefusedAsPreconditionFailedNamingTheCurrentTagAndNothingIsWritten(Change change) {
        InMemoryStore store = new InMemoryStore();
        TestApp.test(app(store), (server, client) -> {
            PlanClient plan = readyFor(client, change);
            String current = plan.etag();
            int writes = store.writes();
            int entries = store.entries().size();

            Response answer = change.send(client, plan.path(), "\"1\"");

            JsonNode problem = problem(answer, 412, WebApp.STALE);
            assertThat(etag(answer)).isEqualTo(current);
            assertThat(problem.get("currentETag").asText()).isEqualTo(current);
            assertThat(problem.get("currentRevision").asLong()).isEqualTo(Long.parseLong(current.replace("\"", "")));
            assertThat(problem.get("detail").asText()).contains(current);
            assertNothingWritten(store, writes, entries);
            assertThat(etag(plan.get(""))).isEqualTo(current);
        });
    }

    @ParameterizedTest
    @EnumSource(Change.class)
    void aWeakOrForeignTagNeverMatchesEvenWhenItNamesTheCurrentRevision(Change change) {
        InMemoryStore store = new InMemoryStore();
        TestApp.test(app(store), (server, client) -> {
            PlanClient plan = readyFor(client, change);
            String current = plan.etag();
            int writes = store.writes();
            int entries = store.entries().size();

            // If-Match compares strongly (RFC 9110 8.8.3.2): W/"n" is not "n", and "0n" or "abc" are tags the API never issues.
            for (String tag : List.of("W/" + current, "\"0" + current.substring(1), "\"abc\"", "\"0\"",
                    "\"99999999999999999999999\"")) {
                Response answer = change.send(client, plan.path(), tag);
                assertThat(problem(answer, 412, WebApp.STALE).get("currentETag").asText()).as(tag).isEqualTo(current);
                assertThat(etag(answer)).isEqualTo(current);
            }
            assertNothingWritten(store, writes, entries);
        });
    }

    @ParameterizedTest
    @EnumSource(Change.class)
    void aMalformedIfMatchIsABadRequestNamingTheHeaderAndNothingIsWritten(Change change) {
        InMemoryStore store = new InMemoryStore();
        TestApp.test(app(store), (server, client) -> {
            PlanClient plan = readyFor(client, change);
            int writes = store.writes();
            List<AuditEntry> entries = store.entries();
            String unquoted = plan.etag().replace("\"", "");

            JsonNode problem = problem(change.send(client, plan.path(), unquoted), 400, WebApp.INVALID_REQUEST);

            assertThat(errors(problem)).containsExactly("If-Match http.if-match");
            assertThat(problem.get("errors").get(0).get("message").asText()).contains("*", "double quotes");
            assertThat(store.writes()).isEqualTo(writes);
            assertThat(store.entries()).isEqualTo(entries);
        });
    }

    @ParameterizedTest
    @EnumSource(Change.class)
    void theCurrentTagMakesTheChangeAndTheAnswerCarriesTheNextTag(Change change) {
        InMemoryStore store = new InMemoryStore();
        TestApp.test(app(store), (server, client) -> {
            PlanClient plan = readyFor(client, change);
            long revision = Long.parseLong(plan.etag().replace("\"", ""));
            int writes = store.writes();

            Response answer = change.send(client, plan.path(), plan.etag());

            ok(answer, change.success);
            assertThat(etag(answer)).isEqualTo("\"" + (revision + 1) + "\"");
            assertThat(store.writes()).isEqualTo(writes + 1);
            assertThat(etag(plan.get(""))).isEqualTo(etag(answer));
        });
    }

    @ParameterizedTest
    @EnumSource(Change.class)
    void ifMatchStarMakesTheChangeWhateverTheCurrentRevision(Change change) {
        InMemoryStore store = new InMemoryStore();
        TestApp.test(app(store), (server, client) -> {
            PlanClient plan = readyFor(client, change);
            long revision = Long.parseLong(plan.etag().replace("\"", ""));
            int writes = store.writes();

            Response answer = change.send(client, plan.path(), "*");

            ok(answer, change.success);
            assertThat(etag(answer)).isEqualTo("\"" + (revision + 1) + "\"");
            assertThat(store.writes()).isEqualTo(writes + 1);
        });
    }

    @Test
    void everyMalformedFormIsABadRequest() {
        InMemoryStore store = new InMemoryStore();
        TestApp.test(app(store), (server, client) -> {
            PlanClient plan = PlanClient.create(client, COMPLETE);
            for (String value : List.of("1", "\"1", "1\"", "w/\"1\"", "W/1", "*, \"1\"", "\"1\" \"2\"", "\"1\";", "\"a\"b\"",
                    "\"1\"x", "**", ",", " , ")) {
                JsonNode problem = problem(Change.SUBMIT.send(client, plan.path(), value), 400, WebApp.INVALID_REQUEST);
                assertThat(errors(problem)).as(value).containsExactly("If-Match http.if-match");
            }
            assertThat(store.writes()).isEqualTo(1);
        });
    }

    @Test
    void aChangeWithIfNoneMatchIsRefusedSoItCannotBeMadeAndAnsweredNotModified() {
        InMemoryStore store = new InMemoryStore();
        TestApp.test(app(store), (server, client) -> {
            PlanClient plan = PlanClient.create(client, COMPLETE);

            for (String ifNoneMatch : List.of("\"2\"", "*")) {
                Response answer = client.request(plan.path() + "/submit", b -> b.post(BodyPublishers.noBody())
                        .header("If-Match", plan.etag()).header("If-None-Match", ifNoneMatch));
                assertThat(errors(problem(answer, 400, WebApp.INVALID_REQUEST))).containsExactly("If-None-Match http.if-none-match");
            }
            assertThat(store.writes()).isEqualTo(1);
        });
    }

    @Test
    void aReadWhoseIfNoneMatchIsTheCurrentTagIsNotModified() {
        TestApp.test(app(), (server, client) -> {
            PlanClient plan = PlanClient.create(client, COMPLETE);

            Response unchanged = client.get(plan.path(), b -> b.header("If-None-Match", plan.etag()));
            assertThat(unchanged.code()).isEqualTo(304);
            assertThat(unchanged.body().string()).isEmpty();
            assertThat(etag(unchanged)).isEqualTo(plan.etag());

            ok(plan.post("/submit", ""), 200);
            Response changed = client.get(plan.path(), b -> b.header("If-None-Match", "\"1\""));
            assertThat(ok(changed, 200).get("status").asText()).isEqualTo("SUBMITTED");
            assertThat(etag(changed)).isEqualTo("\"2\"");
        });
    }

    @Test
    void aListOfTagsMatchesWhenAnyStrongTagInItIsCurrent() {
        InMemoryStore store = new InMemoryStore();
        TestApp.test(app(store), (server, client) -> {
            PlanClient first = PlanClient.create(client, COMPLETE);
            PlanClient second = PlanClient.create(client, COMPLETE);
            PlanClient third = PlanClient.create(client, COMPLETE);

            // The current revision is 1: the higher tag is tried first, found stale, and the change made on "1".
            Response answer = Change.SUBMIT.send(client, first.path(), "\"1\", \"2\"");
            assertThat(ok(answer, 200).get("status").asText()).isEqualTo("SUBMITTED");
            assertThat(etag(answer)).isEqualTo("\"2\"");

            Response weakAndStrong = Change.SUBMIT.send(client, second.path(), " W/\"1\" ,, \"1\" ");
            assertThat(ok(weakAndStrong, 200).get("status").asText()).isEqualTo("SUBMITTED");

            Response none = Change.SUBMIT.send(client, third.path(), "\"2\", \"3\", W/\"1\"");
            assertThat(problem(none, 412, WebApp.STALE).get("currentETag").asText()).isEqualTo("\"1\"");
            assertThat(store.writes()).isEqualTo(5);
        });
    }

    @Test
    void aListSplitOverSeveralFieldLinesIsOneList() {
        TestApp.test(app(), (server, client) -> {
            PlanClient plan = PlanClient.create(client, COMPLETE);
            HttpRequest request = HttpRequest.newBuilder(URI.create(client.getOrigin() + plan.path() + "/submit"))
                    .header("Authorization", "Bearer " + TestApp.CARE_MANAGER)
                    .header("Content-Type", "application/json").header("If-Match", "\"7\"").header("If-Match", "\"1\"")
                    .POST(BodyPublishers.noBody()).build();

            HttpResponse<String> answer = TestApp.CONTRACT_CLIENT.send(request, HttpResponse.BodyHandlers.ofString());

            assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
            assertThat(answer.headers().allValues("ETag")).containsExactly("\"2\"");
        });
    }

    @Test
    void twoClientsChangingTheSameRevisionCannotLoseAnUpdate() {
        InMemoryStore store = new InMemoryStore();
        TestApp.test(app(store), (server, client) -> {
            String plan = PlanClient.create(client, COMPLETE).path();
            String alice = etag(client.get(plan));
            String bob = etag(client.get(plan));
            assertThat(alice).isEqualTo(bob);

            Response alicesEdit = TestApp.put(client, plan + "/content", COMPLETE.replace("16000.00", "17000.00"), alice);
            Response bobsEdit = TestApp.put(client, plan + "/content", COMPLETE.replace("16000.00", "18000.00"), bob);

            ok(alicesEdit, 200);
            JsonNode refused = problem(bobsEdit, 412, WebApp.STALE);
            assertThat(refused.get("currentETag").asText()).isEqualTo(etag(alicesEdit));
            JsonNode stored = ok(client.get(plan), 200);
            assertThat(stored.get("budget").get("indicativeAnnual").asText()).isEqualTo("17000.00");
            assertThat(store.writes()).isEqualTo(2);

            // Bob reads the plan again, sees Alice's change, and decides again.
            Response again = TestApp.put(client, plan + "/content", COMPLETE.replace("16000.00", "18000.00"),
                    etag(client.get(plan)));
            assertThat(ok(again, 200).get("budget").get("indicativeAnnual").asText()).isEqualTo("18000.00");
        });
    }

    @Test
    void manyClientsChangingTheSameRevisionAtOnceMakeExactlyOneChange() {
        InMemoryStore store = new InMemoryStore();
        TestApp.test(app(store), (server, client) -> {
            String plan = PlanClient.create(client, COMPLETE).path();
            String seen = etag(client.get(plan));
            int clients = 8;
            CountDownLatch start = new CountDownLatch(1);
            ExecutorService pool = Executors.newFixedThreadPool(clients);
            try {
                List<Future<Response>> answers = new ArrayList<>();
                for (int i = 0; i < clients; i++) {
                    String budget = (16001 + i) + ".00";
                    Callable<Response> edit = () -> {
                        start.await();
                        return TestApp.put(client, plan + "/content", COMPLETE.replace("16000.00", budget), seen);
                    };
                    answers.add(pool.submit(edit));
                }
                start.countDown();
                List<Integer> codes = new ArrayList<>();
                List<String> winners = new ArrayList<>();
                for (Future<Response> answer : answers) {
                    Response response = answer.get(30, TimeUnit.SECONDS);
                    codes.add(response.code());
                    if (response.code() == 200) {
                        winners.add(ok(response, 200).get("budget").get("indicativeAnnual").asText());
                    } else {
                        assertThat(problem(response, 412, WebApp.STALE).get("currentETag").asText()).isEqualTo("\"2\"");
                    }
                }

                assertThat(codes).containsOnly(200, 412).filteredOn(code -> code == 200).hasSize(1);
                assertThat(store.writes()).isEqualTo(2);
                assertThat(ok(client.get(plan), 200).get("budget").get("indicativeAnnual").asText()).isEqualTo(winners.get(0));
            } finally {
                pool.shutdownNow();
            }
        });
    }

    @Test
    void aWriterWhoWinsBetweenTheReadAndTheWriteMakesTheChangeStale() {
        InMemoryStore store = new InMemoryStore();
        RivalWriter plans = new RivalWriter(store.plans());
        TestApp.test(app(plans, store.auditTrail()), (server, client) -> {
            PlanClient plan = PlanClient.create(client, COMPLETE);
            plans.rivals = 1;

            // The If-Match is current when the request arrives; a rival's write lands before this one's.
            Response answer = Change.SUBMIT.send(client, plan.path(), plan.etag());

            JsonNode problem = problem(answer, 412, WebApp.STALE);
            assertThat(problem.get("currentETag").asText()).isEqualTo("\"2\"");
            assertThat(etag(answer)).isEqualTo("\"2\"");
            assertThat(plans.rivalWrites).isEqualTo(1);
            assertThat(store.writes()).isEqualTo(2); // the creation and the rival's write; nothing of this request
        });
    }

    @Test
    void aChangeIsDecidedAgainWhenTheRevisionALaterWriterMadeIsOneItsIfMatchAllows() {
        InMemoryStore store = new InMemoryStore();
        RivalWriter plans = new RivalWriter(store.plans());
        TestApp.test(app(plans, store.auditTrail()), (server, client) -> {
            PlanClient plan = PlanClient.create(client, COMPLETE);

            // "*" holds for whatever revision is current when the write is made.
            plans.rivals = 1;
            Response any = Change.EDIT.send(client, plan.path(), "*");
            ok(any, 200);
            assertThat(etag(any)).isEqualTo("\"3\"");

            // The rival's revision 4 is in the list: the edit is made on it.
            plans.rivals = 1;
            Response listed = Change.EDIT.send(client, plan.path(), "\"3\", \"4\"");
            ok(listed, 200);
            assertThat(etag(listed)).isEqualTo("\"5\"");
            assertThat(plans.rivalWrites).isEqualTo(2);
            assertThat(store.writes()).isEqualTo(5);
        });
    }

    @Test
    void aPlanThatKeepsChangingEndsTheRetriesWithPreconditionFailed() {
        InMemoryStore store = new InMemoryStore();
        RivalWriter plans = new RivalWriter(store.plans());
        TestApp.test(app(plans, store.auditTrail()), (server, client) -> {
            PlanClient plan = PlanClient.create(client, COMPLETE);
            plans.rivals = 100;

            Response answer = Change.EDIT.send(client, plan.path(), "*");

            JsonNode problem = problem(answer, 412, WebApp.STALE);
            assertThat(plans.rivalWrites).isBetween(2, 99);
            assertThat(problem.get("currentETag").asText()).isEqualTo("\"" + (1 + plans.rivalWrites) + "\"");
            assertThat(store.writes()).isEqualTo(1 + plans.rivalWrites);
        });
    }

    @Test
    void readsAndChangesAreInTheAuditTrailUnderTheAnonymousHttpActor() {
        InMemoryStore store = new InMemoryStore();
        TestApp.test(app(store), (server, client) -> {
            PlanClient plan = PlanClient.create(client, COMPLETE);
            ok(plan.get(""), 200);
            ok(plan.get("/versions"), 200);
            ok(plan.get("/versions/1"), 200);
            ok(plan.get("/check"), 200);
            problem(client.get("/plans/" + UUID.randomUUID()), 404, WebApp.NOT_FOUND);
            ok(client.post("/checks", COMPLETE), 200);
            ok(plan.post("/submit", ""), 200);

            List<AuditEvent> events = store.entries().stream().map(AuditEntry::event).toList();
            assertThat(events).extracting(AuditEvent::action).containsExactly(AuditAction.PLAN_CREATED, AuditAction.PLAN_READ,
                    AuditAction.PLAN_READ, AuditAction.PLAN_READ, AuditAction.PLAN_READ, AuditAction.PLAN_SUBMITTED);
            assertThat(events).extracting(event -> event.actor().id()).containsOnly("http:care-manager:cm-test");
            assertThat(events).extracting(event -> "/plans/" + event.plan()).containsOnly(plan.path());
        });
    }

    /** A plan at revision 2 or more (so {@code "1"} is stale) where {@code change} would succeed. */
    private static PlanClient readyFor(HttpClient client, Change change) throws IOException {
        PlanClient plan = PlanClient.create(client, COMPLETE);
        ok(plan.putContent(COMPLETE), 200);
        for (Change before : change.before()) {
            ok(plan.post(before.step, before.body), 200);
        }
        return plan;
    }

    /** No plan was written, and the trail gained at most reads (editing reads the plan to check its person and council). */
    private static void assertNothingWritten(InMemoryStore store, int writes, int entries) {
        assertThat(store.writes()).isEqualTo(writes);
        assertThat(store.entries().subList(entries, store.entries().size()))
                .allSatisfy(entry -> assertThat(entry.event().action()).isEqualTo(AuditAction.PLAN_READ));
    }

    /** A repository where a rival writer's update lands just before each of the next {@code rivals} updates. */
    private static final class RivalWriter implements PlanRepository {

        private final PlanRepository store;
        volatile int rivals;
        volatile int rivalWrites;

        RivalWriter(PlanRepository store) {
            this.store = store;
        }

        @Override
        public Update update(PlanId id, Revision basedOn, List<SupportPlan> versions, AuditEvent event) {
            if (rivals > 0) {
                rivals--;
                assertThat(store.update(id, basedOn, versions, event)).isInstanceOf(Update.Written.class);
                rivalWrites++;
            }
            return store.update(id, basedOn, versions, event);
        }

        @Override
        public void create(SupportPlan plan, AuditEvent event) {
            store.create(plan, event);
        }

        @Override
        public Optional<StoredPlan> findById(PlanId id) {
            return store.findById(id);
        }

        @Override
        public Optional<SupportPlan> findVersion(PlanId id, int version) {
            return store.findVersion(id, version);
        }

        @Override
        public List<SupportPlan> history(PlanId id) {
            return store.history(id);
        }

        @Override
        public List<PlanId> ids(Optional<PlanId> after, int limit) {
            return store.ids(after, limit);
        }

        @Override
        public void restore(List<SupportPlan> history, Revision revision) {
            store.restore(history, revision);
        }
    }
}
