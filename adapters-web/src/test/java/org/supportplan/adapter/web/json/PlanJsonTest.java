package org.supportplan.adapter.web.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.quicktheories.QuickTheory.qt;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.supportplan.adapter.web.json.PlanDocumentException.Kind;
import org.supportplan.application.port.in.DraftPlanCommand;
import org.supportplan.application.port.in.FieldViolation;
import org.supportplan.domain.money.Money;
import org.supportplan.domain.plan.CouncilId;
import org.supportplan.domain.plan.PersonId;
import org.supportplan.domain.plan.PlanContent;
import org.supportplan.domain.plan.PlanStatus;
import org.supportplan.domain.plan.SignOff;
import org.supportplan.domain.plan.SupportPlan;
import org.supportplan.domain.plan.SupportUnit;
import org.supportplan.domain.signoff.SignOffCheck;
import org.supportplan.domain.testdata.PlanFixtures;
import org.supportplan.domain.testdata.PlanGenerators;
import org.supportplan.domain.testdata.ProfileFixtures;
import org.supportplan.domain.validation.InvalidValueException;

class PlanJsonTest {

    private static final PlanJson PLAN_JSON = new PlanJson();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String COMPLETE = resource("/plans/complete-derbyshire.json");

    private static final String ITEM = """
            {"id":"i1","description":"Gardening club","provider":"Allotment society","route":"DIRECT_PAYMENT",
             "quantity":"1","unit":"ITEMS_PER_YEAR","unitCost":"25","category":"leisure"}""";

    @Test
    void thePlanFileFormatReadsAsTheDomainContent() {
        DraftPlanCommand command = read(COMPLETE);

        assertThat(command.personId()).isEqualTo(PersonId.of("P-100234"));
        assertThat(command.councilId()).isEqualTo(CouncilId.of("derbyshire"));
        assertThat(command.content()).isEqualTo(PlanFixtures.completeContent());
    }

    @Test
    void aWrittenPlanReadsBackAsTheSameDraft() {
        SupportPlan plan = PlanFixtures.aDraftPlan();

        DraftPlanCommand command = read(PLAN_JSON.write(plan));

        assertThat(command).isEqualTo(new DraftPlanCommand(plan.person(), plan.council(), plan.content()));
    }

    @Test
    void anyGeneratedPlanSurvivesTheRoundTrip() {
        qt().withExamples(300).forAll(wellFormed(PlanGenerators.plans())).checkAssert(plan ->
                assertThat(read(PLAN_JSON.write(plan)))
                        .isEqualTo(new DraftPlanCommand(plan.person(), plan.council(), plan.content())));
    }

    @Test
    void aPlanWrittenAgainIsTheSameTextAndAChangedPlanOfTheSameIdIsWrittenAnew() {
        PlanJson json = new PlanJson();
        SupportPlan plan = PlanFixtures.aDraftPlan();
        SupportPlan changed = SupportPlan.draft(plan.id(), plan.person(), plan.council(),
                plan.content().toBuilder().whatIsImportant(org.supportplan.domain.plan.Narrative.of("Changed since")).build(),
                plan.createdAt());
        SupportPlan equalCopy = SupportPlan.draft(plan.id(), plan.person(), plan.council(), plan.content(), plan.createdAt());

        String first = json.write(plan);

        assertThat(json.write(plan)).isSameAs(first);
        assertThat(json.write(changed)).isNotEqualTo(first).contains("Changed since").isEqualTo(new PlanJson().write(changed));
        assertThat(json.write(equalCopy)).isEqualTo(first);
        assertThat(json.write(plan)).isEqualTo(first);
    }

    @Test
    void writesTheServerFactsThenTheContentWithAmountsAsDecimalStrings() throws Exception {
        JsonNode json = JSON.readTree(PLAN_JSON.write(PlanFixtures.aDraftPlan()));

        assertThat(json.fieldNames()).toIterable().containsExactly(
                "id", "version", "personId", "councilId", "status", "createdAt", "returnReasons", "signOff",
                "supportStart", "endedOn", "whatIsImportant", "needs", "outcomes", "supportItems", "circleOfSupport",
                "risks", "contingencyPlans", "decisionsAndControl", "authorship", "budgetManager", "budget",
                "deployments", "topUps", "actionPlan");
        JsonNode item = json.get("supportItems").get(0);
        assertThat(item.fieldNames()).toIterable().containsExactly("id", "description", "provider", "route", "quantity",
                "unit", "unitCost", "category", "needs", "outcomes", "paidPerson");
        assertThat(item.get("quantity").textValue()).isEqualTo("10.5");
        assertThat(item.get("unitCost").textValue()).isEqualTo("18.40");
        assertThat(json.get("budget").fieldNames()).toIterable()
                .containsExactly("indicativeAnnual", "finalAnnual", "assessedContributionAnnual", "councilAmountAnnual");
        assertThat(json.get("deployments").get(0).get("amount").textValue()).isEqualTo("772.80");
        assertThat(json.get("actionPlan").get(0).get("byWhen").textValue()).isEqualTo("2026-04-01");
        assertThat(json.get("id").textValue()).isEqualTo("7b0e1f52-3c1a-4d8e-9f00-1a2b3c4d5e6f");
        assertThat(json.get("createdAt").textValue()).isEqualTo("2026-03-02T09:30:00Z");
        // Same shape as the plan file, apart from the server's facts and the budget's computed figures.
        assertThat(withoutServerFacts(json)).isEqualTo(JSON.readTree(COMPLETE));
    }

    @Test
    void theFinalBudgetOfAnAgreedPlanIsNeverReadBack() throws Exception {
        SupportPlan draft = PlanFixtures.aDraftPlan();
        PlanContent agreedContent = draft.contentWithFinalBudget(Money.parse("17000.00"));
        SupportPlan agreed = SupportPlan.restore(draft.id(), 1, draft.person(), draft.council(), PlanStatus.AGREED,
                draft.createdAt(), agreedContent, List.of(), new SignOff("CM-0042", Instant.parse("2026-03-10T12:00:00Z"),
                        Money.parse("17000.00")), null, null);

        JsonNode written = JSON.readTree(PLAN_JSON.write(agreed));
        assertThat(written.get("budget").get("finalAnnual").textValue()).isEqualTo("17000.00");
        assertThat(written.get("budget").get("councilAmountAnnual").textValue()).isEqualTo("14660.00");
        assertThat(written.get("signOff").get("at").textValue()).isEqualTo("2026-03-10T12:00:00Z");

        assertThat(read(written.toString()).content()).isEqualTo(draft.content());
    }

    @Test
    void newContentMayOmitThePersonAndCouncilButNotChangeThem() {
        String bare = COMPLETE.replace("\"personId\": \"P-100234\",", "").replace("\"councilId\": \"derbyshire\",", "");

        assertThat(readContent(bare)).isEqualTo(PlanFixtures.completeContent());
        assertThat(readContent(COMPLETE)).isEqualTo(PlanFixtures.completeContent());
        assertThatThrownBy(() -> readContent(COMPLETE.replace("\"P-100234\"", "\"P-1\"")))
                .isInstanceOfSatisfying(PlanDocumentException.class, e -> assertThat(e.violations())
                        .extracting(FieldViolation::path, FieldViolation::rule)
                        .containsExactly(tuple("$.personId", "plan.person-unchanged")));
    }

    @Test
    void aNewPlanNeedsItsPersonAndCouncil() {
        assertThat(refused("{}", Kind.INVALID).violations()).extracting(FieldViolation::path, FieldViolation::rule)
                .containsExactly(tuple("$.councilId", "NotNull"), tuple("$.personId", "NotNull"));
    }

    @Test
    void partsMayBeOmittedOrNull() {
        DraftPlanCommand command = read("{\"personId\":\"P-1\",\"councilId\":\"bury\",\"needs\":null,\"budget\":null}");

        assertThat(command.content()).isEqualTo(PlanContent.builder().build());
    }

    @Test
    void reportsEveryFieldRuleAtOnceSortedByPath() {
        String draft = """
                {"personId":"P 1","councilId":"derbyshire","whatIsImportant":"My garden",
                 "needs":[{"id":"n1","description":" ","outcome":"PERSONAL_HYGIENE","eligibility":"ELIGIBLE"}],
                 "supportItems":[%s, null, {"id":"i 2","description":"x","provider":"y","route":"TOP_UP","quantity":"1.2345",
                   "unit":"HOURS","unitCost":"1","category":"leisure","needs":["n1", "n 2"]}],
                 "authorship":{"writtenBy":"PERSON"}}
                """.formatted(ITEM);

        PlanDocumentException e = refused(draft, Kind.INVALID);

        assertThat(e.violations()).extracting(FieldViolation::path, FieldViolation::rule).containsExactly(
                tuple("$.authorship.appropriatePersonAvailable", "NotNull"),
                tuple("$.authorship.substantialDifficulty", "NotNull"),
                tuple("$.needs[0].description", "NotBlank"),
                tuple("$.personId", "Pattern"),
                tuple("$.supportItems[1]", "NotNull"),
                tuple("$.supportItems[2].id", "Pattern"),
                tuple("$.supportItems[2].needs[1]", "Pattern"),
                tuple("$.supportItems[2].quantity", "Pattern"),
                tuple("$.supportItems[2].unit", "EnumName"));
    }

    @Test
    void anUnknownUnitNamesEveryAllowedUnit() {
        PlanDocumentException e = refused(document(ITEM.replace("ITEMS_PER_YEAR", "PER_FORTNIGHT")), Kind.INVALID);

        String message = e.violations().get(0).message();
        for (SupportUnit unit : SupportUnit.values()) {
            assertThat(message).contains(unit.name());
        }
        assertThat(message).doesNotContain("PER_FORTNIGHT");
    }

    @Test
    void aDomainTextRuleNamesTheDocumentField() {
        PlanDocumentException e = refused(COMPLETE.replace("PA present when showering", "PA present \\u0007 when showering"),
                Kind.INVALID);

        assertThat(e.violations()).extracting(FieldViolation::path, FieldViolation::rule)
                .containsExactly(tuple("$.risks[0].mitigation", "text.no-control-characters"));
        assertThat(e.violations().get(0).message()).startsWith("mitigation has a control character");
    }

    @Test
    void theServerSetFieldsOfAWrittenPlanAreIgnoredButOtherUnknownFieldsAreNot() {
        PlanDocumentException e = refused(document(ITEM.replace("{", "{\"vat\":\"0\",")), Kind.MALFORMED);

        assertThat(e.violations()).extracting(FieldViolation::path, FieldViolation::rule)
                .containsExactly(tuple("$.supportItems[0].vat", "unknown-field"));
        assertThat(e.violations().get(0).message()).contains("unitCost");
        assertThat(refused(COMPLETE.replace("\"2340.00\"}", "\"2340.00\", \"final\": \"1\"}"), Kind.MALFORMED).violations())
                .extracting(FieldViolation::path).containsExactly("$.budget.final");
    }

    @Test
    void numbersAreNotTextAndTextIsNotABoolean() {
        assertThat(refused(document(ITEM.replace("\"25\"", "25")), Kind.MALFORMED).violations())
                .extracting(FieldViolation::path, FieldViolation::rule)
                .containsExactly(tuple("$.supportItems[0].unitCost", "json.type"));
        assertThat(refused(document(ITEM.replace("\"1\"", "1.5")), Kind.MALFORMED).violations())
                .extracting(FieldViolation::path).containsExactly("$.supportItems[0].quantity");
        assertThat(refused(document(ITEM.replace("\"Gardening club\"", "true")), Kind.MALFORMED).violations())
                .extracting(FieldViolation::path).containsExactly("$.supportItems[0].description");
        assertThat(refused(COMPLETE.replace("\"substantialDifficulty\": false", "\"substantialDifficulty\": 0"),
                Kind.MALFORMED).violations()).extracting(FieldViolation::path, FieldViolation::rule)
                .containsExactly(tuple("$.authorship.substantialDifficulty", "json.type"));
        assertThat(refused(COMPLETE.replace("\"appropriatePersonAvailable\": true", "\"appropriatePersonAvailable\": \"true\""),
                Kind.MALFORMED).violations()).extracting(FieldViolation::path)
                .containsExactly("$.authorship.appropriatePersonAvailable");
        assertThat(refused(COMPLETE.replace("[\"n3\"]", "[3]"), Kind.MALFORMED).violations())
                .extracting(FieldViolation::path).containsExactly("$.circleOfSupport[0].needs[0]");
    }

    @Test
    void aDocumentIsExactlyOneObject() {
        for (String notOneObject : List.of("", "null", "[]", "\"plan\"", document("") + " {}")) {
            assertThat(refused(notOneObject, Kind.MALFORMED).violations())
                    .extracting(FieldViolation::path, FieldViolation::rule)
                    .as(notOneObject)
                    .containsExactly(tuple("$", "json.single-object"));
        }
    }

    @Test
    void aDuplicateFieldIsRefused() {
        PlanDocumentException e = refused(document("").replace("{\"personId\"", "{\"councilId\":\"bury\",\"personId\""),
                Kind.MALFORMED);

        assertThat(e.violations()).extracting(FieldViolation::rule).containsExactly("json.syntax");
    }

    @Test
    void brokenJsonSaysWhereWithoutEchoingTheInput() {
        PlanDocumentException e = refused("{\"personId\":\"P-1\",\n\"whatIsImportant\": Mary Smith's garden}", Kind.MALFORMED);

        FieldViolation violation = e.violations().get(0);
        assertThat(violation.path()).isEqualTo("$.whatIsImportant");
        assertThat(violation.message()).contains("line 2").doesNotContain("Mary");
        assertThat(e.getMessage()).doesNotContain("Mary");
    }

    @Test
    void invalidUtf8IsMalformed() {
        String[] halves = document("").split("My garden");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes(halves[0].getBytes(StandardCharsets.UTF_8));
        bytes.writeBytes(new byte[] {'c', 'a', 'f', (byte) 0xC3, '('}); // 0xC3 must be followed by a continuation byte
        bytes.writeBytes(halves[1].getBytes(StandardCharsets.UTF_8));

        assertThatThrownBy(() -> PLAN_JSON.readDraft(new ByteArrayInputStream(bytes.toByteArray())))
                .isInstanceOfSatisfying(PlanDocumentException.class, e -> assertThat(e.violations())
                        .extracting(FieldViolation::path, FieldViolation::rule)
                        .containsExactly(tuple("$.whatIsImportant", "json.syntax")));
    }

    @Test
    void writesACheckReportInTheReportShape() throws Exception {
        var report = new SignOffCheck(ProfileFixtures.derbyshire()).check(PlanFixtures.completeContent()
                .toBuilder().contingencyPlans(List.of()).build());

        JsonNode json = JSON.readTree(PLAN_JSON.writeReport(report));

        assertThat(json.get("agreeable").asBoolean()).isFalse();
        assertThat(json.get("council").asText()).isEqualTo("derbyshire");
        JsonNode finding = json.get("findings").get(0);
        assertThat(finding.fieldNames()).toIterable().containsExactly("rule", "source", "sourceKind", "message", "path");
        assertThat(json.get("budget").fieldNames()).toIterable().containsExactly("weeksPerYear", "rounding", "lines",
                "budgetFunded", "topUpFunded", "total", "personalBudget", "sufficiency");
        JsonNode budget = json.get("budget").get("personalBudget");
        assertThat(budget.get("assessedContributionAnnual").asText()).isEqualTo("2340.00");
        assertThat(budget.get("councilAmountAnnual").asText()).isEqualTo("13660.00");
        assertThat(json.get("budget").get("sufficiency").fieldNames()).toIterable().containsExactly("status",
                "budgetInForce", "budgetCost", "budgetShortfall", "topUps", "topUpCost", "topUpShortfall", "budgetHeadroom");
    }

    @Test
    void aShortfallReportsEveryFigure() throws Exception {
        var content = PlanFixtures.completeContent().toBuilder()
                .budget(org.supportplan.domain.plan.PersonalBudget.indicative(Money.parse("14000.00"), Money.ZERO)).build();

        JsonNode sufficiency = JSON.readTree(PLAN_JSON.writeReport(new SignOffCheck(ProfileFixtures.derbyshire()).check(content)))
                .get("budget").get("sufficiency");

        assertThat(sufficiency.get("status").asText()).isEqualTo("SHORTFALL");
        assertThat(sufficiency.get("budgetInForce").asText()).isEqualTo("14000.00");
        assertThat(sufficiency.get("budgetShortfall").asText()).isEqualTo("454.04");
        assertThat(sufficiency.get("topUpShortfall").asText()).isEqualTo("0.00");
        assertThat(sufficiency.has("budgetHeadroom")).isFalse();
    }

    @Test
    void writesCouncilsAndHistories() throws Exception {
        JsonNode derbyshire = JSON.readTree(PLAN_JSON.writeCouncil(ProfileFixtures.derbyshire()));
        assertThat(derbyshire.fieldNames()).toIterable().containsExactly("id", "name", "questions", "spendRules",
                "weeksPerYear", "rounding", "reviews", "unspentBalanceWeeks");
        assertThat(derbyshire.get("weeksPerYear").fieldNames()).toIterable()
                .containsExactly("value", "provenance", "source", "sourceKind");
        assertThat(derbyshire.get("reviews").get("regularReview").get("provenance").asText()).isEqualTo("COUNCIL");
        assertThat(derbyshire.get("reviews").get("initialReview").get("provenance").asText()).isEqualTo("NATIONAL_DEFAULT");

        JsonNode list = JSON.readTree(PLAN_JSON.writeCouncils(List.of(ProfileFixtures.bury(), ProfileFixtures.derbyshire())));
        assertThat(list.get(0).get("questions").asInt()).isEqualTo(5);

        SupportPlan v1 = PlanFixtures.aDraftPlan();
        JsonNode history = JSON.readTree(PLAN_JSON.writeHistory(List.of(v1, SupportPlan.restore(v1.id(), 2, v1.person(),
                v1.council(), PlanStatus.ACTIVE, v1.createdAt(), v1.content(), List.of(), new SignOff("CM-1", v1.createdAt(),
                        Money.parse("16000")), LocalDate.of(2026, 5, 4), null))));
        assertThat(history).hasSize(2);
        assertThat(history.get(1).get("supportStart").asText()).isEqualTo("2026-05-04");
    }

    /**
     * The shared generator sometimes cuts a text in the middle of a surrogate pair (it truncates by
     * UTF-16 unit), which the domain rightly refuses while the value is being generated. Until it is
     * fixed, such draws are skipped by drawing again.
     */
    private static <T> Gen<T> wellFormed(Gen<T> gen) {
        return in -> {
            for (int attempt = 0; ; attempt++) {
                try {
                    return gen.generate(in);
                } catch (InvalidValueException e) {
                    if (attempt == 100 || !e.ruleId().equals("text.well-formed")) {
                        throw e;
                    }
                }
            }
        };
    }

    /** The written plan less what the server sets, in the plan file's shape. */
    private static JsonNode withoutServerFacts(JsonNode written) {
        ObjectNode plan = written.deepCopy();
        plan.remove(List.of("id", "version", "status", "createdAt", "returnReasons", "signOff", "supportStart", "endedOn"));
        ((ObjectNode) plan.get("budget")).remove(List.of("finalAnnual", "councilAmountAnnual"));
        return plan;
    }

    private static String document(String items) {
        return "{\"personId\":\"P-1\",\"councilId\":\"bury\",\"whatIsImportant\":\"My garden\",\"supportItems\":["
                + items + "]}";
    }

    private static DraftPlanCommand read(String json) {
        return PLAN_JSON.readDraft(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
    }

    private static PlanContent readContent(String json) {
        return PLAN_JSON.readContent(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)),
                PersonId.of("P-100234"), CouncilId.of("derbyshire"));
    }

    private static PlanDocumentException refused(String json, Kind kind) {
        PlanDocumentException[] caught = new PlanDocumentException[1];
        assertThatThrownBy(() -> read(json)).isInstanceOfSatisfying(PlanDocumentException.class, e -> caught[0] = e);
        assertThat(caught[0].kind()).as(json).isEqualTo(kind);
        return caught[0];
    }

    private static String resource(String name) {
        try (InputStream in = PlanJsonTest.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
