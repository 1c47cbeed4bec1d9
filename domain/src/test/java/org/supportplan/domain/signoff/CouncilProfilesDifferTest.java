package org.supportplan.domain.signoff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.supportplan.domain.signoff.SignOffCheckTest.BURY;
import static org.supportplan.domain.signoff.SignOffCheckTest.DERBYSHIRE;
import static org.supportplan.domain.signoff.SignOffCheckTest.complete;
import static org.supportplan.domain.signoff.SignOffCheckTest.findings;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.supportplan.domain.plan.ItemId;
import org.supportplan.domain.plan.PaidPerson;
import org.supportplan.domain.plan.PaymentRoute;
import org.supportplan.domain.plan.PlanContent;
import org.supportplan.domain.plan.Relationship;
import org.supportplan.domain.plan.SupportItem;
import org.supportplan.domain.testdata.PlanFixtures;

/**
 * The same plan under the two seed councils: where their pages differ the check differs, and only there.
 * Derbyshire asks seven questions and forbids illegal purchases and gambling; Bury shows seven headings
 * and also forbids everyday expenses and what the NHS provides.
 */
class CouncilProfilesDifferTest {

    @Test
    void buryRefusesFoodFromTheBudgetAndDerbyshireDoesNot() {
        PlanContent food = complete().supportItem(PlanFixtures.item("i3", "Weekly food shop", "food", PaymentRoute.DIRECT_PAYMENT,
                "10.00")).build();

        assertThat(findings(BURY, food)).containsExactly("spend.everyday-living-costs $.supportItems[2]");
        assertThat(findings(DERBYSHIRE, food)).isEmpty();
    }

    @Test
    void rentIsTheSame() {
        PlanContent rent = complete().supportItem(PlanFixtures.item("i3", "Room", "rent", PaymentRoute.COUNCIL_MANAGED, "1.00")).build();
        assertThat(findings(BURY, rent)).containsExactly("spend.everyday-living-costs $.supportItems[2]");
        assertThat(findings(DERBYSHIRE, rent)).isEmpty();
    }

    @Test
    void bothRefuseGamblingAndIllegalPurchasesEachCitingItsOwnPage() {
        for (String category : List.of("gambling", "illegal")) {
            PlanContent content = complete().supportItem(PlanFixtures.item("i3", "Saturday", category, PaymentRoute.DIRECT_PAYMENT,
                    "1.00")).build();
            assertThat(findings(BURY, content)).as(category).containsExactly("spend." + category + " $.supportItems[2]");
            assertThat(findings(DERBYSHIRE, content)).as(category).containsExactly("spend." + category + " $.supportItems[2]");
        }
    }

    @Test
    void bothRefuseADirectPaymentToASpouseOrACloseRelativeAtHomeUnlessTheCouncilDecidedItIsNecessary() {
        for (var payee : List.of(new PaidPerson(Relationship.SPOUSE_OR_PARTNER, false, null),
                new PaidPerson(Relationship.CLOSE_RELATIVE, true, null))) {
            PlanContent content = withPersonalAssistant(payee);
            assertThat(findings(BURY, content)).as(payee.toString()).containsExactly("spend.family-payment $.supportItems[0]");
            assertThat(findings(DERBYSHIRE, content)).as(payee.toString()).containsExactly("spend.family-payment $.supportItems[0]");
            assertThat(SignOffCheckTest.check(BURY, content).findings().get(0).source().citation()).isEqualTo("test council page");
        }
        for (var payee : List.of(new PaidPerson(Relationship.CLOSE_RELATIVE, false, null),
                new PaidPerson(Relationship.SPOUSE_OR_PARTNER, true, "DEC-2026-14"), new PaidPerson(Relationship.FRIEND, true, null))) {
            assertThat(findings(BURY, withPersonalAssistant(payee))).as(payee.toString()).isEmpty();
            assertThat(findings(DERBYSHIRE, withPersonalAssistant(payee))).as(payee.toString()).isEmpty();
        }
    }

    @Test
    void aPlanWithoutWhatIsImportantFailsDerbyshireButPassesBury() {
        PlanContent content = complete().whatIsImportant(null).build();
        assertThat(findings(DERBYSHIRE, content)).containsExactly("signoff.question-unanswered $.whatIsImportant");
        assertThat(findings(BURY, content)).isEmpty();
    }

    @Test
    void aPlanWithoutDecisionsAndControlFailsDerbyshireButPassesBury() {
        PlanContent content = complete().decisionsAndControl(null).build();
        assertThat(findings(DERBYSHIRE, content)).containsExactly("signoff.question-unanswered $.decisionsAndControl");
        assertThat(SignOffCheckTest.check(DERBYSHIRE, content).findings().get(0).message())
                .contains("How will you make decisions and stay in control of your life?");
        assertThat(findings(BURY, content)).isEmpty();
    }

    @Test
    void aPlanWithoutAnActionPlanFailsDerbyshireButPassesBury() {
        PlanContent content = complete().actionPlan(List.of()).build();
        assertThat(findings(DERBYSHIRE, content)).containsExactly("signoff.question-unanswered $.actionPlan");
        assertThat(findings(BURY, content)).isEmpty();
    }

    @Test
    void aPlanWithoutACircleOfSupportFailsBuryButPassesDerbyshire() {
        // The personal assistant also helps with the hot meal, so every need is still met without the daughter.
        SupportItem pa = PlanFixtures.personalAssistant();
        SupportItem paCooking = new SupportItem(ItemId.of("i1"), pa.description(), pa.provider(), pa.route(), pa.quantity(), pa.unit(),
                pa.unitCost(), pa.category(), Set.of(PlanFixtures.HYGIENE, PlanFixtures.NUTRITION), pa.outcomes(), pa.paidPerson());
        PlanContent content = complete().circleOfSupport(List.of()).supportItems(List.of(paCooking, PlanFixtures.dayCentre())).build();

        assertThat(findings(BURY, content)).containsExactly("signoff.question-unanswered $.circleOfSupport");
        assertThat(SignOffCheckTest.check(BURY, content).findings().get(0).message()).startsWith(
                "Bury Council asks \"What support you receive from family, friends, community networks and other services.\" (h3)");
        assertThat(findings(DERBYSHIRE, content)).isEmpty();
    }

    private static PlanContent withPersonalAssistant(PaidPerson payee) {
        SupportItem pa = PlanFixtures.personalAssistant();
        return complete().supportItems(List.of(new SupportItem(pa.id(), pa.description(), pa.provider(), pa.route(), pa.quantity(),
                pa.unit(), pa.unitCost(), pa.category(), pa.needs(), pa.outcomes(), payee), PlanFixtures.dayCentre())).build();
    }

    @Test
    void whatTheNhsProvidesIsRefusedByBothAndByTheNationalDefault() {
        PlanContent content = complete().supportItem(PlanFixtures.item("i3", "Continence pads", "nhs-provided",
                PaymentRoute.DIRECT_PAYMENT, "3.00")).build();
        for (var profile : List.of(BURY, DERBYSHIRE, SignOffCheckTest.ENGLAND)) {
            assertThat(findings(profile, content)).as(profile.name()).containsExactly("spend.nhs-provided $.supportItems[2]");
        }
    }
}
