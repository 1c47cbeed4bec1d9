package org.supportplan.adapter.persistence.profile;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.supportplan.domain.plan.CouncilId;
import org.supportplan.domain.plan.PaymentRoute;
import org.supportplan.domain.plan.PlanContent;
import org.supportplan.domain.profile.CouncilProfile;
import org.supportplan.domain.rule.RuleSource;
import org.supportplan.domain.signoff.Finding;
import org.supportplan.domain.signoff.SignOffCheck;
import org.supportplan.domain.signoff.SignOffReport;
import org.supportplan.domain.spend.BuiltInSpendRules;
import org.supportplan.domain.testdata.PlanFixtures;

/** The sign-off check under the shipped profile files: the same plan, judged by each council's own rules. */
class ShippedProfilesSignOffTest {

    private static final ProfileFiles SHIPPED = ProfileFiles.shipped();

    private static SignOffReport check(String council, PlanContent plan) {
        CouncilProfile profile = SHIPPED.find(CouncilId.of(council)).orElseThrow();
        return new SignOffCheck(profile).check(plan);
    }

    @Test
    void theCompletePlanIsAgreeableUnderEveryShippedProfile() {
        for (CouncilProfile profile : SHIPPED.all()) {
            assertThat(new SignOffCheck(profile).check(PlanFixtures.completeContent()).findings())
                    .as(profile.id().value()).isEmpty();
        }
    }

    @Test
    void aBudgetFundedFoodShopIsRefusedByBurysPageButNotByDerbyshire() {
        PlanContent plan = PlanFixtures.completeContent().toBuilder()
                .supportItem(PlanFixtures.item("i3", "Weekly food shop", "food", PaymentRoute.COUNCIL_MANAGED, "25.00"))
                .build();

        SignOffReport bury = check("bury", plan);
        assertThat(bury.findings()).extracting(Finding::rule).containsExactly(BuiltInSpendRules.EVERYDAY_LIVING);
        Finding finding = bury.findings().get(0);
        assertThat(finding.path()).isEqualTo("$.supportItems[2]");
        assertThat(finding.source().kind()).isEqualTo(RuleSource.Kind.COUNCIL_PAGE);
        assertThat(finding.source().citation()).contains("Bury Council", "Everyday expenses like food or rent");

        assertThat(check("derbyshire", plan).findings()).isEmpty();
    }

    @Test
    void aPlanThatDoesNotSayHowDecisionsAreMadeFailsDerbyshiresFourthQuestionButNotBurysHeadings() {
        PlanContent plan = PlanFixtures.completeContent().toBuilder().decisionsAndControl(null).build();

        SignOffReport derbyshire = check("derbyshire", plan);
        assertThat(derbyshire.findings()).extracting(Finding::rule).containsExactly(SignOffCheck.QUESTION_UNANSWERED);
        Finding finding = derbyshire.findings().get(0);
        assertThat(finding.path()).isEqualTo("$.decisionsAndControl");
        assertThat(finding.message()).contains("(q4)", "How will you make decisions and stay in control of your life?");
        assertThat(finding.source().citation()).contains("Derbyshire County Council");

        assertThat(check("bury", plan).agreeable()).isTrue();
    }
}
