package org.supportplan.domain.spend;

import org.supportplan.domain.rule.RuleSource;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.supportplan.domain.plan.NeedId;
import org.supportplan.domain.plan.PaidPerson;
import org.supportplan.domain.plan.PaymentRoute;
import org.supportplan.domain.plan.Relationship;
import org.supportplan.domain.plan.SpendCategory;

/** Care and Support (Direct Payments) Regulations 2014, reg 3: who a direct payment may not pay. */
class FamilyPaymentRuleTest {

    private final SpendRule rule = new FamilyPaymentRule(FamilyPaymentRule.REGULATION);

    @Test
    void aSpouseOrPartnerIsRefusedWhereverTheyLive() {
        for (boolean sameHousehold : new boolean[] {true, false}) {
            assertThat(rule.assess(paying(Relationship.SPOUSE_OR_PARTNER, sameHousehold, null, PaymentRoute.DIRECT_PAYMENT)))
                    .isInstanceOfSatisfying(Verdict.Refused.class, refused -> {
                        assertThat(refused.rule()).isEqualTo(FamilyPaymentRule.ID);
                        assertThat(refused.reason()).contains("spouse or partner");
                        assertThat(refused.source()).isEqualTo(FamilyPaymentRule.REGULATION);
                        assertThat(refused.source().citation()).contains("reg 3");
                        assertThat(refused.path()).isEqualTo("$.supportItems[1]");
                    });
        }
    }

    @Test
    void aCloseRelativeInTheSameHouseholdIsRefused() {
        assertThat(rule.assess(paying(Relationship.CLOSE_RELATIVE, true, null, PaymentRoute.DIRECT_PAYMENT)))
                .isInstanceOfSatisfying(Verdict.Refused.class,
                        refused -> assertThat(refused.reason()).contains("close relative living in the same household"));
    }

    @Test
    void aCloseRelativeLivingElsewhereIsAllowed() {
        assertThat(rule.assess(paying(Relationship.CLOSE_RELATIVE, false, null, PaymentRoute.DIRECT_PAYMENT)))
                .isEqualTo(Verdict.ALLOWED);
    }

    @ParameterizedTest
    @EnumSource(value = Relationship.class, names = {"NOT_RELATED", "OTHER_RELATIVE", "FRIEND"})
    void othersAreAllowedEvenInTheSameHousehold(Relationship relationship) {
        assertThat(rule.assess(paying(relationship, true, null, PaymentRoute.DIRECT_PAYMENT))).isEqualTo(Verdict.ALLOWED);
    }

    @Test
    void theCouncilsRecordedDecisionThatItIsNecessaryAllowsIt() {
        assertThat(rule.assess(paying(Relationship.SPOUSE_OR_PARTNER, true, "DEC-2026-14", PaymentRoute.DIRECT_PAYMENT)))
                .isEqualTo(Verdict.ALLOWED);
        assertThat(rule.assess(paying(Relationship.CLOSE_RELATIVE, true, "DEC-2026-15", PaymentRoute.DIRECT_PAYMENT)))
                .isEqualTo(Verdict.ALLOWED);
        // A blank reference is no decision at all.
        assertThat(rule.assess(paying(Relationship.CLOSE_RELATIVE, true, "   ", PaymentRoute.DIRECT_PAYMENT)))
                .isInstanceOf(Verdict.Refused.class);
    }

    @ParameterizedTest
    @EnumSource(value = PaymentRoute.class, names = {"COUNCIL_MANAGED", "INDIVIDUAL_SERVICE_FUND", "TOP_UP"})
    void theRegulationOnlyLimitsDirectPayments(PaymentRoute route) {
        assertThat(rule.assess(paying(Relationship.SPOUSE_OR_PARTNER, true, null, route))).isEqualTo(Verdict.ALLOWED);
        assertThat(rule.assess(paying(Relationship.CLOSE_RELATIVE, true, null, route))).isEqualTo(Verdict.ALLOWED);
    }

    @Test
    void spendNotPayingAnIndividualIsAllowed() {
        SpendSubject agency = new SpendSubject("$.supportItems[1]", SpendCategory.of("home-care"), "Agency", PaymentRoute.DIRECT_PAYMENT,
                null, Set.of(NeedId.of("n1")), Set.of());
        assertThat(rule.assess(agency)).isEqualTo(Verdict.ALLOWED);
    }

    @Test
    void citesWhatTheProfileGivesIt() {
        RuleSource local = RuleSource.of(RuleSource.Kind.COUNCIL_POLICY, "Local DP policy 3.1");
        assertThat(new FamilyPaymentRule(local).assess(paying(Relationship.SPOUSE_OR_PARTNER, true, null, PaymentRoute.DIRECT_PAYMENT)))
                .isInstanceOfSatisfying(Verdict.Refused.class, refused -> assertThat(refused.source()).isEqualTo(local));
    }

    private static SpendSubject paying(Relationship relationship, boolean sameHousehold, String exception, PaymentRoute route) {
        return new SpendSubject("$.supportItems[1]", SpendCategory.of("personal-assistant"), "PA for mornings", route,
                new PaidPerson(relationship, sameHousehold, exception), Set.of(NeedId.of("n1")), Set.of());
    }
}
