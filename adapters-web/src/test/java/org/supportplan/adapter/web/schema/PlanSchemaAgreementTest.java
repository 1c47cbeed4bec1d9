package org.supportplan.adapter.web.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.supportplan.adapter.web.json.PlanDocumentException;
import org.supportplan.adapter.web.json.PlanJson;
import org.supportplan.application.port.in.FieldViolation;

/**
 * The schema and the server ({@link PlanJson}) agree on what a plan document is: each broken document
 * here is refused by both, at the same place; each valid variant is accepted by both; and the rules
 * the schema says only the server checks are indeed accepted by the schema and refused by the server.
 */
class PlanSchemaAgreementTest {

    private static final PlanJson PLAN_JSON = new PlanJson();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    /** A valid document that uses every field, including every nullable one. */
    private static final String EVERY_FIELD = PlanSchema.read(Path.of("src", "test", "resources", "schema", "every-field.json"));

    /** A document, what it shows, and the JSON path both must name when refusing it ({@code null} when accepted). */
    record Case(String name, String where, String document) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Case> refusedByBoth() {
        List<Case> cases = new ArrayList<>();
        // Amounts and quantities are strings.
        cases.add(refused("a JSON number for unitCost", "$.supportItems[0].unitCost", with("/supportItems/0/unitCost", json("18.4"))));
        cases.add(refused("a JSON integer for quantity", "$.supportItems[0].quantity", with("/supportItems/0/quantity", json("10"))));
        cases.add(refused("a JSON number for the indicative budget", "$.budget.indicativeAnnual", with("/budget/indicativeAnnual", json("16000.00"))));
        cases.add(refused("a JSON number for a deployment amount", "$.deployments[0].amount", with("/deployments/0/amount", json("772.8"))));
        cases.add(refused("an object for unitCost", "$.supportItems[0].unitCost", with("/supportItems/0/unitCost", json("{\"pounds\":18}"))));
        cases.add(refused("a JSON boolean for a description", "$.needs[0].description", with("/needs/0/description", json("true"))));
        // Amount and quantity formats.
        cases.add(refused("a negative unit cost", "$.supportItems[0].unitCost", with("/supportItems/0/unitCost", text("-18.40"))));
        cases.add(refused("a negative deployment amount", "$.deployments[0].amount", with("/deployments/0/amount", text("-1"))));
        cases.add(refused("a negative indicative budget", "$.budget.indicativeAnnual", with("/budget/indicativeAnnual", text("-16000.00"))));
        cases.add(refused("a negative contribution", "$.budget.assessedContributionAnnual", with("/budget/assessedContributionAnnual", text("-1.00"))));
        cases.add(refused("a negative top-up", "$.topUps[0].annualAmount", with("/topUps/0/annualAmount", text("-300"))));
        cases.add(refused("three decimal places in an amount", "$.supportItems[0].unitCost", with("/supportItems/0/unitCost", text("18.405"))));
        cases.add(refused("a pound sign", "$.supportItems[0].unitCost", with("/supportItems/0/unitCost", text("£18.40"))));
        cases.add(refused("a thousands separator", "$.budget.indicativeAnnual", with("/budget/indicativeAnnual", text("16,000.00"))));
        cases.add(refused("a space before an amount", "$.supportItems[0].unitCost", with("/supportItems/0/unitCost", text(" 18.40"))));
        cases.add(refused("a trailing point", "$.supportItems[0].unitCost", with("/supportItems/0/unitCost", text("18."))));
        cases.add(refused("an empty amount", "$.topUps[0].annualAmount", with("/topUps/0/annualAmount", text(""))));
        cases.add(refused("fourteen digits of pounds", "$.budget.indicativeAnnual", with("/budget/indicativeAnnual", text("12345678901234"))));
        cases.add(refused("four decimal places in a quantity", "$.supportItems[0].quantity", with("/supportItems/0/quantity", text("10.1234"))));
        cases.add(refused("an exponent in a quantity", "$.supportItems[0].quantity", with("/supportItems/0/quantity", text("1e3"))));
        cases.add(refused("a negative quantity", "$.supportItems[0].quantity", with("/supportItems/0/quantity", text("-2"))));
        cases.add(refused("an empty quantity", "$.supportItems[0].quantity", with("/supportItems/0/quantity", text(""))));
        // Unknown members.
        cases.add(refused("an unknown member of the plan", "$.colour", with("/colour", text("blue"))));
        cases.add(refused("an unknown member of a need", "$.needs[0].priority", with("/needs/0/priority", text("high"))));
        cases.add(refused("an unknown member of the budget", "$.budget.currency", with("/budget/currency", text("GBP"))));
        cases.add(refused("a name for the paid person", "$.supportItems[0].paidPerson.name",
                with("/supportItems/0/paidPerson/name", text("Jo Bloggs"))));
        cases.add(refused("an unknown member of an action step", "$.actionPlan[0].done", with("/actionPlan/0/done", json("false"))));
        cases.add(refused("a member name in the wrong case", "$.needs[0].Description", with("/needs/0/Description", text("Help"))));
        cases.add(refused("the sign-off's finalBudgetAnnual inside the budget", "$.budget.finalBudgetAnnual",
                with("/budget/finalBudgetAnnual", text("16000.00"))));
        // Missing required members.
        cases.add(refused("no person", "$.personId", without("/personId")));
        cases.add(refused("no council", "$.councilId", without("/councilId")));
        cases.add(refused("a null person", "$.personId", with("/personId", json("null"))));
        cases.add(refused("a need without eligibility", "$.needs[0].eligibility", without("/needs/0/eligibility")));
        cases.add(refused("a need without an id", "$.needs[1].id", without("/needs/1/id")));
        cases.add(refused("a need with a null description", "$.needs[0].description", with("/needs/0/description", json("null"))));
        cases.add(refused("an outcome without a kind", "$.outcomes[0].kind", without("/outcomes/0/kind")));
        cases.add(refused("an item without a unit cost", "$.supportItems[0].unitCost", without("/supportItems/0/unitCost")));
        cases.add(refused("an item without a category", "$.supportItems[1].category", without("/supportItems/1/category")));
        cases.add(refused("an item without a provider", "$.supportItems[0].provider", without("/supportItems/0/provider")));
        cases.add(refused("a paid person without livesInSameHousehold", "$.supportItems[0].paidPerson.livesInSameHousehold",
                without("/supportItems/0/paidPerson/livesInSameHousehold")));
        cases.add(refused("unpaid support without who", "$.circleOfSupport[0].who", without("/circleOfSupport/0/who")));
        cases.add(refused("a risk without a description", "$.risks[0].description", without("/risks/0/description")));
        cases.add(refused("authorship without writtenBy", "$.authorship.writtenBy", without("/authorship/writtenBy")));
        cases.add(refused("authorship without substantialDifficulty", "$.authorship.substantialDifficulty",
                without("/authorship/substantialDifficulty")));
        cases.add(refused("a budget without the indicative figure", "$.budget.indicativeAnnual", without("/budget/indicativeAnnual")));
        cases.add(refused("a deployment without a frequency", "$.deployments[0].frequency", without("/deployments/0/frequency")));
        cases.add(refused("a top-up without a purpose", "$.topUps[0].purpose", without("/topUps/0/purpose")));
        cases.add(refused("an action step without who", "$.actionPlan[0].who", without("/actionPlan/0/who")));
        // Enum names.
        cases.add(refused("an unknown unit", "$.supportItems[0].unit", with("/supportItems/0/unit", text("HOURS_PER_DAY"))));
        cases.add(refused("a route in lower case", "$.supportItems[0].route", with("/supportItems/0/route", text("direct_payment"))));
        cases.add(refused("an unknown budget manager", "$.budgetManager", with("/budgetManager", text("SELF"))));
        cases.add(refused("an unknown eligibility outcome", "$.needs[0].outcome", with("/needs/0/outcome", text("WASHING"))));
        cases.add(refused("eligibility in lower case", "$.needs[0].eligibility", with("/needs/0/eligibility", text("eligible"))));
        cases.add(refused("an unknown outcome kind", "$.outcomes[0].kind", with("/outcomes/0/kind", text("IMPROVE"))));
        cases.add(refused("an unknown relationship", "$.supportItems[0].paidPerson.relationship",
                with("/supportItems/0/paidPerson/relationship", text("COUSIN"))));
        cases.add(refused("an unknown support source", "$.circleOfSupport[0].source", with("/circleOfSupport/0/source", text("CHURCH"))));
        cases.add(refused("an unknown author", "$.authorship.writtenBy", with("/authorship/writtenBy", text("SOCIAL_WORKER"))));
        cases.add(refused("an unknown deployment option", "$.deployments[0].option", with("/deployments/0/option", text("VOUCHER"))));
        cases.add(refused("an unknown frequency", "$.deployments[0].frequency", with("/deployments/0/frequency", text("FORTNIGHTLY"))));
        cases.add(refused("an unknown top-up payer", "$.topUps[0].payer", with("/topUps/0/payer", text("COUNCIL"))));
        cases.add(refused("an enum constant's position instead of its name", "$.supportItems[0].unit", with("/supportItems/0/unit", json("0"))));
        // Lengths.
        cases.add(refused("an item description of 501 characters", "$.supportItems[0].description",
                with("/supportItems/0/description", text("d".repeat(501)))));
        cases.add(refused("a provider of 501 characters", "$.supportItems[1].provider", with("/supportItems/1/provider", text("p".repeat(501)))));
        cases.add(refused("a top-up purpose of 501 characters", "$.topUps[0].purpose", with("/topUps/0/purpose", text("p".repeat(501)))));
        cases.add(refused("what is important in 20001 characters", "$.whatIsImportant", with("/whatIsImportant", text("w".repeat(20_001)))));
        cases.add(refused("a need of 20001 characters", "$.needs[0].description", with("/needs/0/description", text("n".repeat(20_001)))));
        cases.add(refused("a contingency plan of 20001 characters", "$.contingencyPlans[0]",
                with("/contingencyPlans/0", text("c".repeat(20_001)))));
        cases.add(refused("who, in 201 characters", "$.circleOfSupport[0].who", with("/circleOfSupport/0/who", text("w".repeat(201)))));
        cases.add(refused("an action's who in 201 characters", "$.actionPlan[0].who", with("/actionPlan/0/who", text("w".repeat(201)))));
        cases.add(refused("a council exception of 201 characters", "$.supportItems[0].paidPerson.councilException",
                with("/supportItems/0/paidPerson/councilException", text("D".repeat(201)))));
        cases.add(refused("an advocate reference of 201 characters", "$.authorship.advocateArranged",
                with("/authorship/advocateArranged", text("A".repeat(201)))));
        cases.add(refused("501 contingency plans", "$.contingencyPlans", with("/contingencyPlans", array(501, i -> text("Plan " + i)))));
        cases.add(refused("501 links to needs", "$.outcomes[0].needs", with("/outcomes/0/needs", array(501, i -> text("n1")))));
        // Booleans are JSON booleans.
        cases.add(refused("a string for a boolean", "$.supportItems[0].paidPerson.livesInSameHousehold",
                with("/supportItems/0/paidPerson/livesInSameHousehold", text("false"))));
        cases.add(refused("a number for a boolean", "$.authorship.substantialDifficulty", with("/authorship/substantialDifficulty", json("0"))));
        cases.add(refused("null for a boolean", "$.authorship.appropriatePersonAvailable",
                with("/authorship/appropriatePersonAvailable", json("null"))));
        // Dates.
        cases.add(refused("a date written day first", "$.actionPlan[0].byWhen", with("/actionPlan/0/byWhen", text("01/04/2026"))));
        cases.add(refused("a date without leading zeros", "$.actionPlan[0].byWhen", with("/actionPlan/0/byWhen", text("2026-4-1"))));
        cases.add(refused("a date with a time", "$.actionPlan[0].byWhen", with("/actionPlan/0/byWhen", text("2026-04-01T09:00:00Z"))));
        cases.add(refused("a date as a number", "$.actionPlan[0].byWhen", with("/actionPlan/0/byWhen", json("20260401"))));
        // Ids, codes and references.
        cases.add(refused("an id with a space", "$.needs[0].id", with("/needs/0/id", text("n 1"))));
        cases.add(refused("an id starting with a hyphen", "$.supportItems[0].id", with("/supportItems/0/id", text("-i1"))));
        cases.add(refused("an empty id", "$.outcomes[0].id", with("/outcomes/0/id", text(""))));
        cases.add(refused("an id of 41 characters", "$.needs[0].id", with("/needs/0/id", text("n".repeat(41)))));
        cases.add(refused("an id followed by a line break", "$.needs[0].id", with("/needs/0/id", text("n1\n"))));
        cases.add(refused("a malformed link", "$.supportItems[0].outcomes[0]", with("/supportItems/0/outcomes/0", text("o 1"))));
        cases.add(refused("a number as a link", "$.deployments[0].needs[0]", with("/deployments/0/needs/0", json("1"))));
        cases.add(refused("a category in capitals", "$.supportItems[0].category", with("/supportItems/0/category", text("Personal-Assistant"))));
        cases.add(refused("a category of one letter", "$.supportItems[0].category", with("/supportItems/0/category", text("a"))));
        cases.add(refused("a council in capitals", "$.councilId", with("/councilId", text("Derbyshire"))));
        cases.add(refused("a person reference with an underscore", "$.personId", with("/personId", text("P_100234"))));
        cases.add(refused("a person reference of 65 characters", "$.personId", with("/personId", text("P".repeat(65)))));
        // Text.
        cases.add(refused("an empty need", "$.needs[0].description", with("/needs/0/description", text(""))));
        cases.add(refused("a blank need", "$.needs[0].description", with("/needs/0/description", text("   \t\n"))));
        cases.add(refused("an empty answer to what is important", "$.whatIsImportant", with("/whatIsImportant", text(""))));
        cases.add(refused("a blank answer on decisions and control", "$.decisionsAndControl", with("/decisionsAndControl", text("  "))));
        cases.add(refused("an empty mitigation", "$.risks[0].mitigation", with("/risks/0/mitigation", text(""))));
        cases.add(refused("a blank contingency plan", "$.contingencyPlans[0]", with("/contingencyPlans/0", text(" "))));
        cases.add(refused("a blank who", "$.circleOfSupport[0].who", with("/circleOfSupport/0/who", text(" "))));
        cases.add(refused("a blank item description", "$.supportItems[1].description", with("/supportItems/1/description", text("\t"))));
        cases.add(refused("an empty top-up purpose", "$.topUps[0].purpose", with("/topUps/0/purpose", text(""))));
        cases.add(refused("white space beyond ASCII alone", "$.needs[0].description", with("/needs/0/description", text("\u3000\u2003"))));
        cases.add(refused("a NUL in a need", "$.needs[0].description", with("/needs/0/description", text("Help\u0000to wash"))));
        cases.add(refused("a bell at the end of an action", "$.actionPlan[0].action", with("/actionPlan/0/action", text("Advertise\u0007"))));
        cases.add(refused("a vertical tab inside a narrative", "$.whatIsImportant", with("/whatIsImportant", text("My\u000Bgarden"))));
        cases.add(refused("a control character inside a provider", "$.supportItems[0].provider",
                with("/supportItems/0/provider", text("PA\u0085agency"))));
        cases.add(refused("a control character in a council exception", "$.supportItems[0].paidPerson.councilException",
                with("/supportItems/0/paidPerson/councilException", text("DEC\u00012026"))));
        cases.add(refused("a control character alone as an advocate reference", "$.authorship.advocateArranged",
                with("/authorship/advocateArranged", text("\u0002"))));
        // Wrong shapes.
        cases.add(refused("null inside the needs", "$.needs[0]", with("/needs/0", json("null"))));
        cases.add(refused("null inside the contingency plans", "$.contingencyPlans[0]", with("/contingencyPlans/0", json("null"))));
        cases.add(refused("null inside an item's links", "$.supportItems[0].needs[0]", with("/supportItems/0/needs/0", json("null"))));
        cases.add(refused("an object for the needs", "$.needs", with("/needs", json("{}"))));
        cases.add(refused("one need not in a list", "$.needs", with("/needs", json("{\"id\":\"n1\",\"description\":\"Help\","
                + "\"outcome\":\"PERSONAL_HYGIENE\",\"eligibility\":\"ELIGIBLE\"}"))));
        cases.add(refused("a single link not in a list", "$.outcomes[0].needs", with("/outcomes/0/needs", text("n1"))));
        cases.add(refused("a string for the risks", "$.risks", with("/risks", text("none"))));
        cases.add(refused("a list for what is important", "$.whatIsImportant", with("/whatIsImportant", json("[\"My garden\"]"))));
        cases.add(refused("a number for the budget", "$.budget", with("/budget", json("16000"))));
        cases.add(refused("a string for the authorship", "$.authorship", with("/authorship", text("PERSON"))));
        cases.add(refused("an empty string for the paid person", "$.supportItems[0].paidPerson", with("/supportItems/0/paidPerson", text(""))));
        cases.add(refused("an empty string for the budget", "$.budget", with("/budget", text(""))));
        cases.add(refused("an empty string for the needs", "$.needs", with("/needs", text(""))));
        cases.add(refused("a list as the document", "$", "[" + EVERY_FIELD + "]"));
        cases.add(refused("a string as the document", "$", "\"my plan\""));
        cases.add(refused("null as the document", "$", "null"));
        return cases.stream();
    }

    static Stream<Case> acceptedByBoth() {
        List<Case> cases = new ArrayList<>();
        cases.add(accepted("every field", EVERY_FIELD));
        cases.add(accepted("only the person and council", "{\"personId\": \"P-1\", \"councilId\": \"bury\"}"));
        cases.add(accepted("every list null", nulls("/needs", "/outcomes", "/supportItems", "/circleOfSupport", "/risks",
                "/contingencyPlans", "/deployments", "/topUps", "/actionPlan")));
        cases.add(accepted("every optional part null", nulls("/whatIsImportant", "/decisionsAndControl", "/authorship",
                "/budgetManager", "/budget", "/supportItems/0/paidPerson", "/risks/0/mitigation", "/actionPlan/0/byWhen")));
        cases.add(accepted("null references and links", nulls("/supportItems/0/paidPerson/councilException",
                "/authorship/advocateArranged", "/budget/assessedContributionAnnual", "/outcomes/0/needs",
                "/supportItems/0/needs", "/supportItems/0/outcomes", "/circleOfSupport/0/needs", "/deployments/0/needs")));
        cases.add(accepted("every optional member left out", omitted("/supportItems/0/paidPerson", "/risks/0/mitigation",
                "/actionPlan/0/byWhen", "/budget/assessedContributionAnnual", "/authorship/advocateArranged",
                "/supportItems/0/needs", "/supportItems/0/outcomes", "/outcomes/0/needs")));
        cases.add(accepted("a plan as the server writes it", edited("/id", text("7b0e1f52-3c1a-4d8e-9f00-1a2b3c4d5e6f"),
                "/version", json("3"), "/status", text("AGREED"), "/createdAt", text("2026-03-02T09:30:00Z"),
                "/returnReasons", json("[]"),
                "/signOff", json("{\"signedOffBy\":\"CM-0042\",\"at\":\"2026-03-10T12:00:00Z\",\"finalBudgetAnnual\":\"16000.00\"}"),
                "/supportStart", text("2026-04-01"), "/endedOn", json("null"),
                "/budget/finalAnnual", text("16000.00"), "/budget/councilAmountAnnual", text("13660.00"))));
        cases.add(accepted("server-set members of any value", edited("/version", text("seven"), "/signOff", json("42"),
                "/returnReasons", json("{\"any\":[1,2]}"), "/budget/finalAnnual", json("-1"))));
        cases.add(accepted("whole pounds, one decimal and zero", edited("/budget/indicativeAnnual", text("16000"),
                "/supportItems/0/unitCost", text("18.4"), "/supportItems/1/unitCost", text("0"))));
        cases.add(accepted("thirteen digits of pounds", edited("/budget/indicativeAnnual", text("0000000016000.00"),
                "/deployments/0/amount", text("0.01"))));
        cases.add(accepted("three decimals of quantity, and none", edited("/supportItems/0/quantity", text("10.125"),
                "/supportItems/1/quantity", text("0"))));
        cases.add(accepted("blank references count as none", edited("/supportItems/0/paidPerson/councilException", text(""),
                "/authorship/advocateArranged", text("  \t"))));
        cases.add(accepted("text with line breaks, tabs, emoji and surrounding space", edited(
                "/needs/0/description", text("  Help to wash\n\tand dress \uD83D\uDE42\r\n  "), "/circleOfSupport/0/who", text(" my son "))));
        cases.add(accepted("control characters the server counts as white space, around the text", with(EVERY_FIELD,
                "/whatIsImportant", text("\u001F\u000BMy garden\u001C\u000C"))));
        cases.add(accepted("a no-break space, which is not white space to the server", with(EVERY_FIELD,
                "/risks/0/mitigation", text("\u00A0"))));
        cases.add(accepted("empty and repeated links", edited("/outcomes/0/needs", json("[]"),
                "/supportItems/0/needs", json("[\"n1\", \"n1\"]"))));
        String longId = "need_2.b-" + "x".repeat(31);
        cases.add(accepted("ids with dots, underscores and hyphens, from 1 to 40 characters", edited("/needs/1/id", text(longId),
                "/supportItems/1/needs/0", text(longId), "/outcomes/0/id", text("0"), "/supportItems/0/outcomes/0", text("0"))));
        cases.add(accepted("texts at their longest", edited("/supportItems/0/description", text("d".repeat(500)),
                "/topUps/0/purpose", text("p".repeat(500)), "/whatIsImportant", text("w".repeat(20_000)),
                "/circleOfSupport/0/who", text("w".repeat(200)), "/supportItems/0/paidPerson/councilException", text("D".repeat(200)))));
        cases.add(accepted("500 contingency plans", with(EVERY_FIELD, "/contingencyPlans", array(500, i -> text("Plan " + i)))));
        cases.add(accepted("a person reference of 64 characters and a council of 40",
                edited("/personId", text("P".repeat(64)), "/councilId", text("c".repeat(40)))));
        cases.add(accepted("every constant of every enum", everyEnumConstant()));
        names("authorRole").forEach(role -> cases.add(accepted("written by " + role, with(EVERY_FIELD, "/authorship/writtenBy", text(role)))));
        names("budgetManager").forEach(manager -> cases.add(accepted("managed by " + manager, with(EVERY_FIELD, "/budgetManager", text(manager)))));
        return cases.stream();
    }

    /** What the schema cannot say: accepted by the schema, refused by the server (docs/schema/README.md lists them). */
    static Stream<Case> refusedOnlyByTheServer() {
        List<Case> cases = new ArrayList<>();
        cases.add(refused("two needs with the same id", "$.needs[1].id", with("/needs/1/id", text("n1"))));
        cases.add(refused("two items with the same id", "$.supportItems[1].id", with("/supportItems/1/id", text("i1"))));
        cases.add(refused("a link to a need not in the plan", "$.supportItems[0].needs", with("/supportItems/0/needs/0", text("n9"))));
        cases.add(refused("a link to an outcome not in the plan", "$.supportItems[0].outcomes",
                with("/supportItems/0/outcomes/0", text("o9"))));
        cases.add(refused("a contribution above the indicative budget", "$.budget.assessedContributionAnnual",
                with("/budget/assessedContributionAnnual", text("16000.01"))));
        cases.add(refused("a day that does not exist", "$.actionPlan[0].byWhen", with("/actionPlan/0/byWhen", text("2026-02-30"))));
        cases.add(refused("an amount above a trillion pounds", "$.supportItems[0].unitCost",
                with("/supportItems/0/unitCost", text("1000000000000.01"))));
        cases.add(refused("a quantity above a thousand million", "$.supportItems[0].quantity",
                with("/supportItems/0/quantity", text("1000000000.001"))));
        cases.add(refused("501 characters, counted in UTF-16 code units", "$.supportItems[0].description",
                with("/supportItems/0/description", text("\uD83D\uDE42".repeat(250) + "x"))));
        cases.add(refused("a lone surrogate", "$.needs[0].description",
                with("/needs/0/description", text("LONE")).replace("LONE", "Help \\ud800")));
        cases.add(refused("a member given twice", "$.councilId", EVERY_FIELD.replace("\"councilId\": \"derbyshire\",",
                "\"councilId\": \"derbyshire\", \"councilId\": \"bury\",")));
        return cases.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource
    void refusedByBoth(Case c) {
        assertThat(PlanSchema.errorPlaces(PlanSchema.NEW_PLAN, c.document()))
                .as("the schema's errors for %s", c.name()).contains(c.where());
        assertThat(serverRefusals(c.document())).as("where the server refuses %s", c.name()).contains(c.where());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource
    void acceptedByBoth(Case c) {
        assertThat(PlanSchema.errors(PlanSchema.NEW_PLAN, c.document())).as("the schema's errors for %s", c.name()).isEmpty();
        assertThatCode(() -> read(c.document())).as("the server reads %s", c.name()).doesNotThrowAnyException();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource
    void refusedOnlyByTheServer(Case c) {
        assertThat(PlanSchema.errors(PlanSchema.NEW_PLAN, c.document())).as("the schema's errors for %s", c.name()).isEmpty();
        assertThat(serverRefusals(c.document())).as("where the server refuses %s", c.name()).contains(c.where());
    }

    @Test
    void thePlanDocumentDefinitionLeavesOutThePersonAndCouncilAsEditsAndChecksDo() {
        String content = with(without("/personId"), "/councilId", json("null"));

        assertThat(PlanSchema.errors(PlanSchema.ANY_PLAN, content)).isEmpty();
        assertThatCode(() -> PLAN_JSON.readDocument(stream(content))).doesNotThrowAnyException();
        // A new plan needs both, so the whole schema and readDraft refuse it alike.
        assertThat(PlanSchema.errorPlaces(PlanSchema.NEW_PLAN, content)).contains("$.personId", "$.councilId");
        assertThat(serverRefusals(content)).contains("$.personId", "$.councilId");
        // Apart from the person and council it is exactly as strict.
        String broken = with(content, "/supportItems/0/unitCost", json("18.4"));
        assertThat(PlanSchema.errorPlaces(PlanSchema.ANY_PLAN, broken)).contains("$.supportItems[0].unitCost");
        PlanDocumentException refused = catchThrowableOfType(PlanDocumentException.class, () -> PLAN_JSON.readDocument(stream(broken)));
        assertThat(refused.violations()).extracting(FieldViolation::path).contains("$.supportItems[0].unitCost");
    }

    // ---- documents

    private static Case refused(String name, String where, String document) {
        return new Case(name, where, document);
    }

    private static Case accepted(String name, String document) {
        return new Case(name, null, document);
    }

    /** {@link #EVERY_FIELD} with the value at {@code pointer} replaced (or added). */
    private static String with(String pointer, JsonNode value) {
        return with(EVERY_FIELD, pointer, value);
    }

    /** {@code document} with the value at {@code pointer} replaced (or added, at the end of a list). */
    private static String with(String document, String pointer, JsonNode value) {
        JsonNode root = PlanSchema.parse(document);
        JsonPointer at = JsonPointer.compile(pointer);
        JsonNode parent = root.at(at.head());
        if (parent instanceof ObjectNode object) {
            object.set(at.last().getMatchingProperty(), value);
        } else if (parent instanceof ArrayNode array) {
            int index = at.last().getMatchingIndex();
            if (index == array.size()) {
                array.add(value);
            } else {
                array.set(index, value);
            }
        } else {
            throw new IllegalArgumentException("no object or list at " + at.head());
        }
        return root.toString();
    }

    /** {@link #EVERY_FIELD} with each value at a pointer replaced: pointer, value, pointer, value... */
    private static String edited(Object... pointersAndValues) {
        String document = EVERY_FIELD;
        for (int i = 0; i < pointersAndValues.length; i += 2) {
            document = with(document, (String) pointersAndValues[i], (JsonNode) pointersAndValues[i + 1]);
        }
        return document;
    }

    /** {@link #EVERY_FIELD} without the member at {@code pointer}. */
    private static String without(String pointer) {
        return omitted(pointer);
    }

    private static String omitted(String... pointers) {
        JsonNode root = PlanSchema.parse(EVERY_FIELD);
        for (String pointer : pointers) {
            JsonPointer at = JsonPointer.compile(pointer);
            ((ObjectNode) root.at(at.head())).remove(at.last().getMatchingProperty());
        }
        return root.toString();
    }

    private static String nulls(String... pointers) {
        String document = EVERY_FIELD;
        for (String pointer : pointers) {
            document = with(document, pointer, json("null"));
        }
        return document;
    }

    /** Needs, outcomes, items, unpaid support, deployments and top-ups using every constant of their enums. */
    private static String everyEnumConstant() {
        ObjectNode root = (ObjectNode) PlanSchema.parse(EVERY_FIELD);
        ArrayNode needs = root.putArray("needs");
        List<String> outcomesOf = names("eligibilityOutcome");
        List<String> eligibility = names("eligibility");
        for (int i = 0; i < outcomesOf.size(); i++) {
            needs.addObject().put("id", "n" + i).put("description", "Need " + i).put("outcome", outcomesOf.get(i))
                    .put("eligibility", eligibility.get(i % eligibility.size()));
        }
        ArrayNode outcomes = root.putArray("outcomes");
        names("outcomeKind").forEach(kind -> outcomes.addObject().put("id", "o-" + kind).put("description", "Outcome")
                .put("kind", kind));
        ArrayNode items = root.putArray("supportItems");
        List<String> routes = names("paymentRoute");
        List<String> units = names("supportUnit");
        List<String> relationships = names("relationship");
        for (int i = 0; i < Collections.max(List.of(routes.size(), units.size(), relationships.size())); i++) {
            ObjectNode item = items.addObject().put("id", "i" + i).put("description", "Item").put("provider", "Provider")
                    .put("route", routes.get(i % routes.size())).put("quantity", "1").put("unit", units.get(i % units.size()))
                    .put("unitCost", "1.00").put("category", "personal-assistant");
            item.putObject("paidPerson").put("relationship", relationships.get(i % relationships.size()))
                    .put("livesInSameHousehold", i % 2 == 0);
        }
        ArrayNode circle = root.putArray("circleOfSupport");
        names("supportSource").forEach(source -> circle.addObject().put("source", source).put("who", "someone")
                .put("description", "Helps"));
        ArrayNode deployments = root.putArray("deployments");
        List<String> options = names("deploymentOption");
        List<String> frequencies = names("paymentFrequency");
        for (int i = 0; i < Math.max(options.size(), frequencies.size()); i++) {
            deployments.addObject().put("option", options.get(i % options.size())).put("amount", "1.00")
                    .put("frequency", frequencies.get(i % frequencies.size()));
        }
        ArrayNode topUps = root.putArray("topUps");
        names("topUpPayer").forEach(payer -> topUps.addObject().put("payer", payer).put("annualAmount", "1.00")
                .put("purpose", "Extra"));
        return root.toString();
    }

    /** The names a {@code $defs} enum lists. */
    private static List<String> names(String def) {
        List<String> names = new ArrayList<>();
        PlanSchema.tree().get("$defs").get(def).get("enum").forEach(n -> names.add(n.textValue()));
        return names;
    }

    private static JsonNode text(String value) {
        return NODES.textNode(value);
    }

    private static JsonNode json(String value) {
        return PlanSchema.parse(value);
    }

    private static JsonNode array(int size, java.util.function.IntFunction<JsonNode> entry) {
        ArrayNode array = NODES.arrayNode();
        for (int i = 0; i < size; i++) {
            array.add(entry.apply(i));
        }
        return array;
    }

    // ---- the server

    private static void read(String document) {
        PLAN_JSON.readDraft(stream(document));
    }

    /** The paths the server names when it refuses {@code document}; fails if it accepts it. */
    private static List<String> serverRefusals(String document) {
        PlanDocumentException refused = catchThrowableOfType(PlanDocumentException.class, () -> read(document));
        assertThat(refused).as("the server refuses the document").isNotNull();
        return refused.violations().stream().map(FieldViolation::path).toList();
    }

    private static ByteArrayInputStream stream(String document) {
        return new ByteArrayInputStream(document.getBytes(StandardCharsets.UTF_8));
    }
}
