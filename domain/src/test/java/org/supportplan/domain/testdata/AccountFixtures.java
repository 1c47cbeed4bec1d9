package org.supportplan.domain.testdata;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.supportplan.domain.account.AccountId;
import org.supportplan.domain.account.AuditPeriod;
import org.supportplan.domain.account.DirectPaymentAccount;
import org.supportplan.domain.account.MonitoringAssessment;
import org.supportplan.domain.account.MonitoringLevel;
import org.supportplan.domain.account.Transaction;
import org.supportplan.domain.money.Money;
import org.supportplan.domain.money.Quantity;
import org.supportplan.domain.plan.CouncilId;
import org.supportplan.domain.plan.ItemId;
import org.supportplan.domain.plan.PaidPerson;
import org.supportplan.domain.plan.PaymentRoute;
import org.supportplan.domain.plan.PersonId;
import org.supportplan.domain.plan.PlanContent;
import org.supportplan.domain.plan.PlanStatus;
import org.supportplan.domain.plan.Relationship;
import org.supportplan.domain.plan.SignOff;
import org.supportplan.domain.plan.SpendCategory;
import org.supportplan.domain.plan.SupportItem;
import org.supportplan.domain.plan.SupportPlan;
import org.supportplan.domain.plan.SupportUnit;

/**
 * Direct-payment accounts, agreed plan histories and transactions for audit tests in every module. The
 * fixture plan ({@link PlanFixtures#completeContent()}) pays a personal assistant 193.20 a week (772.80 a
 * four-week cycle) by a direct payment of 772.80 every four weeks, so eight weeks of payments are 1545.60.
 * Payment cycles run from the first payment on Monday 4 January 2027: 4-31 January, 1-28 February,
 * 1-28 March, 29 March-25 April...
 */
public final class AccountFixtures {

    /** The fixture plan was signed off on 1 December 2026 (English time). */
    public static final Instant SIGNED_OFF = Instant.parse("2026-12-01T10:00:00Z");
    /** The first direct payment, and so the anchor of every payment cycle. */
    public static final LocalDate FIRST_PAYMENT = LocalDate.of(2027, 1, 4);
    /** Three whole cycles from the first payment: 4 January to 28 March 2027. */
    public static final AuditPeriod THREE_CYCLES = AuditPeriod.of(FIRST_PAYMENT, FIRST_PAYMENT.plusDays(3 * 28 - 1));
    /** The direct payment every four weeks. */
    public static final Money PAYMENT = Money.parse("772.80");
    /** A week of the personal assistant: 10.5 hours at 18.40. */
    public static final Money PA_WEEK = Money.parse("193.20");
    /** The personal assistant's provider in the fixture plan. */
    public static final String PA_PROVIDER = "Personal assistant employed by the person";
    /** The person's husband, paid as their personal assistant in {@link #husbandAsAssistant()}. */
    public static final String HUSBAND = "Mr R Example";

    private AccountFixtures() {
    }

    /** The fixture plan's account, at the default standard monitoring level, first paid on {@link #FIRST_PAYMENT}. */
    public static DirectPaymentAccount account() {
        return account(FIRST_PAYMENT);
    }

    /** The fixture plan's account with another first payment day (null when not known). */
    public static DirectPaymentAccount account(LocalDate firstPayment) {
        return new DirectPaymentAccount(AccountId.of("DP-100234"), PlanFixtures.PLAN_ID,
                MonitoringAssessment.of(MonitoringLevel.STANDARD, LocalDate.of(2026, 11, 20), "CM-0042"), firstPayment);
    }

    /** Version {@code version} of the fixture plan with {@code content}, signed off at {@code at}, active. */
    public static SupportPlan agreed(int version, PlanContent content, Instant at) {
        LocalDate start = at.atZone(java.time.ZoneId.of("Europe/London")).toLocalDate();
        return SupportPlan.restore(PlanFixtures.PLAN_ID, version, PersonId.of("P-100234"), CouncilId.of("derbyshire"),
                PlanStatus.ACTIVE, at, content, List.of(), new SignOff("CM-0042", at, Money.parse("15500.00")), start, null);
    }

    /** The fixture plan agreed once, on {@link #SIGNED_OFF}. */
    public static List<SupportPlan> history() {
        return List.of(agreed(1, PlanFixtures.completeContent(), SIGNED_OFF));
    }

    /** The fixture content with the personal assistant paid to the person's husband, with no council decision. */
    public static PlanContent husbandAsAssistant() {
        SupportItem pa = PlanFixtures.personalAssistant();
        SupportItem husband = new SupportItem(pa.id(), pa.description(), HUSBAND, pa.route(), pa.quantity(), pa.unit(),
                pa.unitCost(), pa.category(), pa.needs(), pa.outcomes(), new PaidPerson(Relationship.SPOUSE_OR_PARTNER, true, null));
        return withItems(husband, PlanFixtures.dayCentre());
    }

    /** The fixture content plus a one-off direct-payment purchase of {@code cost} in {@code category} (item i3). */
    public static PlanContent withOneOff(String category, String cost) {
        SupportItem once = new SupportItem(ItemId.of("i3"), "A riser recliner chair", "Mobility shop", PaymentRoute.DIRECT_PAYMENT,
                Quantity.of(1), SupportUnit.ONE_OFF, Money.parse(cost), SpendCategory.of(category), Set.of(PlanFixtures.HYGIENE),
                Set.of(), null);
        return withItems(PlanFixtures.personalAssistant(), PlanFixtures.dayCentre(), once);
    }

    /** The fixture content with other support items. */
    public static PlanContent withItems(SupportItem... items) {
        return PlanFixtures.completeContent().toBuilder().supportItems(List.of(items)).build();
    }

    /** Money out on line {@code line}. */
    public static Transaction spend(long line, LocalDate date, String payee, String amount, String category) {
        return Transaction.of(line, date, payee, Money.parse(amount).times(-1), category == null ? null : SpendCategory.of(category),
                null);
    }

    /** The council's payment on line {@code line}. */
    public static Transaction payment(long line, LocalDate date) {
        return Transaction.of(line, date, "Derbyshire County Council", PAYMENT, null, "Direct payment");
    }
}
