package org.supportplan.domain.account;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

import org.supportplan.domain.money.Money;
import org.supportplan.domain.money.Quantity;
import org.supportplan.domain.plan.ItemId;
import org.supportplan.domain.plan.SpendCategory;
import org.supportplan.domain.profile.Provenance;
import org.supportplan.domain.rule.RuleId;
import org.supportplan.domain.rule.RuleSource;
import org.supportplan.domain.validation.Check;
import org.supportplan.domain.validation.InvalidValueException;

/**
 * One thing an account audit found: the rule and its source, a plain-English message, the money
 * involved, how many transactions are behind it (exactly) with up to {@link AccountAudit#MAX_EXAMPLES}
 * of them as references (those earliest in the file), and the days it covers (a payment cycle, or
 * the whole audit period for one-off items).
 */
public sealed interface AuditFinding permits AuditFinding.ProhibitedSpend, AuditFinding.PaymentToForbiddenPerson,
        AuditFinding.UnplannedSpend, AuditFinding.SpendAbovePlan, AuditFinding.OneOffSpendAbovePlan,
        AuditFinding.UnspentBalance {

    /** What sort of finding it is. */
    enum Kind {
        /** Money out that a council spend rule forbids (gambling, food where the council forbids it...). */
        PROHIBITED_SPEND,
        /** Money paid to a person the family-payment rule forbids paying. */
        PAYMENT_TO_FORBIDDEN_PERSON,
        /** Money out that matches nothing the plan pays for by direct payment. */
        UNPLANNED_SPEND,
        /** More spent on a part of the plan than the plan costs for the cycle (or, for one-off items, the period). */
        SPEND_ABOVE_PLAN,
        /** More left in the account than the council's threshold; the excess may be reclaimed. */
        UNSPENT_BALANCE
    }

    /** Findings in the order a person reads an audit: by date, then kind, rule, plan version and category. */
    Comparator<AuditFinding> ORDER = Comparator.comparing(AuditFinding::from).thenComparing(AuditFinding::to)
            .thenComparing(AuditFinding::kind).thenComparing(AuditFinding::rule)
            .thenComparingInt(f -> f instanceof SpendAbovePlan s ? s.planVersion() : f instanceof OneOffSpendAbovePlan o ? o.planVersion() : 0)
            .thenComparing(f -> f instanceof SpendAbovePlan s ? s.category().code() : f instanceof OneOffSpendAbovePlan o ? o.category().code() : "");

    /** What sort of finding it is. */
    Kind kind();

    /** The rule's id. */
    RuleId rule();

    /** Where the rule comes from. */
    RuleSource source();

    /** What was found, for a person to read. */
    String message();

    /** The money involved: the spend refused or unplanned, the spend above the plan, or the balance above the threshold. */
    Money amount();

    /** How many transactions are behind the finding, exactly. */
    long transactions();

    /** Up to {@link AccountAudit#MAX_EXAMPLES} of them, earliest in the file first. */
    List<TransactionRef> examples();

    /** The first day the finding covers. */
    LocalDate from();

    /** The last day the finding covers. */
    LocalDate to();

    /**
     * Money out in one cycle that a council spend rule forbids.
     *
     * @param rule the spend rule
     * @param source the rule's source, as the council's profile cites it
     * @param reason the rule's summary
     * @param cycle the payment cycle
     * @param amount the money refused, as a positive amount
     * @param transactions how many transactions
     * @param examples the earliest of them
     */
    record ProhibitedSpend(RuleId rule, RuleSource source, String reason, PaymentCycle cycle, Money amount, long transactions,
                           List<TransactionRef> examples) implements AuditFinding {

        /** Validates. */
        public ProhibitedSpend {
            Check.present(rule, "rule");
            Check.present(source, "source");
            reason = Check.text(reason, "reason", 1000);
            Check.present(cycle, "cycle");
            examples = checkedExamples(amount, transactions, examples);
        }

        @Override
        public Kind kind() {
            return Kind.PROHIBITED_SPEND;
        }

        @Override
        public String message() {
            return payments(transactions) + " totalling " + amount + " in the cycle " + cycle + " broke the rule " + rule + ": "
                    + reason;
        }

        @Override
        public LocalDate from() {
            return cycle.from();
        }

        @Override
        public LocalDate to() {
            return cycle.to();
        }
    }

    /**
     * Money paid in one cycle to someone the plan names as a provider whom the family-payment rule forbids paying.
     *
     * @param rule the spend rule (normally {@code spend.family-payment})
     * @param source the rule's source
     * @param reason the rule's summary
     * @param cycle the payment cycle
     * @param items the plan items whose provider was paid
     * @param amount the money paid, as a positive amount
     * @param transactions how many transactions
     * @param examples the earliest of them
     */
    record PaymentToForbiddenPerson(RuleId rule, RuleSource source, String reason, PaymentCycle cycle, List<ItemId> items,
                                    Money amount, long transactions, List<TransactionRef> examples) implements AuditFinding {

        /** Validates. */
        public PaymentToForbiddenPerson {
            Check.present(rule, "rule");
            Check.present(source, "source");
            reason = Check.text(reason, "reason", 1000);
            Check.present(cycle, "cycle");
            items = List.copyOf(Check.present(items, "items"));
            examples = checkedExamples(amount, transactions, examples);
        }

        @Override
        public Kind kind() {
            return Kind.PAYMENT_TO_FORBIDDEN_PERSON;
        }

        @Override
        public String message() {
            return payments(transactions) + " totalling " + amount + " in the cycle " + cycle + " paid the provider of plan item "
                    + join(items) + ", whom the rule " + rule + " forbids paying: " + reason;
        }

        @Override
        public LocalDate from() {
            return cycle.from();
        }

        @Override
        public LocalDate to() {
            return cycle.to();
        }
    }

    /**
     * Money out in one cycle that matches no part of the plan paid by direct payment (or was spent while no
     * version of the plan was in force).
     *
     * @param rule {@link AuditRules#UNPLANNED_SPEND}
     * @param source its source
     * @param cycle the payment cycle
     * @param amount the money, as a positive amount
     * @param transactions how many transactions
     * @param examples the earliest of them
     */
    record UnplannedSpend(RuleId rule, RuleSource source, PaymentCycle cycle, Money amount, long transactions,
                          List<TransactionRef> examples) implements AuditFinding {

        /** Validates. */
        public UnplannedSpend {
            Check.present(rule, "rule");
            Check.present(source, "source");
            Check.present(cycle, "cycle");
            examples = checkedExamples(amount, transactions, examples);
        }

        @Override
        public Kind kind() {
            return Kind.UNPLANNED_SPEND;
        }

        @Override
        public String message() {
            return payments(transactions) + " totalling " + amount + " in the cycle " + cycle
                    + " matched nothing the support plan in force pays for by direct payment";
        }

        @Override
        public LocalDate from() {
            return cycle.from();
        }

        @Override
        public LocalDate to() {
            return cycle.to();
        }
    }

    /**
     * More spent in one cycle on one part of a plan version (its direct-payment items of one category)
     * than that part costs for a cycle.
     *
     * @param rule {@link AuditRules#SPEND_ABOVE_PLAN}
     * @param source its source
     * @param cycle the payment cycle
     * @param planVersion the plan version the spend was matched to
     * @param category the category matched
     * @param items the plan's direct-payment items of that category
     * @param planned what those items cost for a cycle
     * @param spent what was spent on them in the cycle
     * @param transactions how many transactions
     * @param examples the earliest of them
     */
    record SpendAbovePlan(RuleId rule, RuleSource source, PaymentCycle cycle, int planVersion, SpendCategory category,
                          List<ItemId> items, Money planned, Money spent, long transactions, List<TransactionRef> examples)
            implements AuditFinding {

        /** Validates: the spend is above the plan. */
        public SpendAbovePlan {
            Check.present(rule, "rule");
            Check.present(source, "source");
            Check.present(cycle, "cycle");
            Check.present(category, "category");
            items = List.copyOf(Check.present(items, "items"));
            Check.present(planned, "planned");
            Check.that(spent != null && spent.isGreaterThan(planned), "spent", "audit.spend-above-plan",
                    "spend above the plan is more than the plan's cost");
            examples = checkedExamples(spent, transactions, examples);
        }

        @Override
        public Kind kind() {
            return Kind.SPEND_ABOVE_PLAN;
        }

        /** The spend above the plan. */
        @Override
        public Money amount() {
            return spent.minus(planned);
        }

        @Override
        public String message() {
            return spent + " was spent on " + category + " (plan version " + planVersion + ", item " + join(items) + ") in the cycle "
                    + cycle + ", " + amount() + " more than the " + planned + " the plan costs for a cycle";
        }

        @Override
        public LocalDate from() {
            return cycle.from();
        }

        @Override
        public LocalDate to() {
            return cycle.to();
        }
    }

    /**
     * More spent over the audit period on one-off or yearly items of a plan version than they cost: such
     * an item counts once in the period (a yearly membership is usually paid in one go).
     *
     * @param rule {@link AuditRules#SPEND_ABOVE_PLAN}
     * @param source its source
     * @param period the audit period
     * @param planVersion the plan version the spend was matched to
     * @param category the category matched
     * @param items the plan's one-off or yearly direct-payment items of that category
     * @param planned what those items cost, once
     * @param spent what was spent on them in the period
     * @param transactions how many transactions
     * @param examples the earliest of them
     */
    record OneOffSpendAbovePlan(RuleId rule, RuleSource source, AuditPeriod period, int planVersion, SpendCategory category,
                                List<ItemId> items, Money planned, Money spent, long transactions, List<TransactionRef> examples)
            implements AuditFinding {

        /** Validates: the spend is above the plan. */
        public OneOffSpendAbovePlan {
            Check.present(rule, "rule");
            Check.present(source, "source");
            Check.present(period, "period");
            Check.present(category, "category");
            items = List.copyOf(Check.present(items, "items"));
            Check.present(planned, "planned");
            Check.that(spent != null && spent.isGreaterThan(planned), "spent", "audit.spend-above-plan",
                    "spend above the plan is more than the plan's cost");
            examples = checkedExamples(spent, transactions, examples);
        }

        @Override
        public Kind kind() {
            return Kind.SPEND_ABOVE_PLAN;
        }

        /** The spend above the plan. */
        @Override
        public Money amount() {
            return spent.minus(planned);
        }

        @Override
        public String message() {
            return spent + " was spent on " + category + " (plan version " + planVersion + ", one-off or yearly item " + join(items)
                    + ") from " + period + ", " + amount() + " more than the " + planned + " the plan allows once";
        }

        @Override
        public LocalDate from() {
            return period.from();
        }

        @Override
        public LocalDate to() {
            return period.to();
        }
    }

    /**
     * At the end of a cycle the account held more than the council's threshold (a number of weeks of the
     * plan's direct payments); the council may reclaim the excess.
     *
     * @param rule {@link AuditRules#UNSPENT_BALANCE}
     * @param source the profile setting's source
     * @param provenance whether the number of weeks is the council's own or the national default
     * @param cycle the payment cycle
     * @param checkedOn the cycle's last day, when the balance was taken
     * @param planVersion the plan version in force that day
     * @param weeks the number of weeks of payments the account may hold
     * @param threshold that many weeks of the version's direct payments
     * @param balance the balance at the end of {@code checkedOn}
     */
    record UnspentBalance(RuleId rule, RuleSource source, Provenance provenance, PaymentCycle cycle, LocalDate checkedOn,
                          int planVersion, Quantity weeks, Money threshold, Money balance) implements AuditFinding {

        /** Validates: the balance is above the threshold. */
        public UnspentBalance {
            Check.present(rule, "rule");
            Check.present(source, "source");
            Check.present(provenance, "provenance");
            Check.present(cycle, "cycle");
            Check.present(checkedOn, "checkedOn");
            Check.present(weeks, "weeks");
            Check.present(threshold, "threshold");
            Check.that(balance != null && balance.isGreaterThan(threshold), "balance", "audit.unspent-balance",
                    "an unspent-balance finding needs a balance above the threshold");
        }

        @Override
        public Kind kind() {
            return Kind.UNSPENT_BALANCE;
        }

        /** What the council may reclaim: the balance above the threshold. */
        @Override
        public Money amount() {
            return balance.minus(threshold);
        }

        /** None: the balance is the result of every transaction up to that day. */
        @Override
        public long transactions() {
            return 0;
        }

        /** None. */
        @Override
        public List<TransactionRef> examples() {
            return List.of();
        }

        @Override
        public String message() {
            return "on " + checkedOn + " the account held " + balance + ", more than " + weeks + " weeks of direct payments ("
                    + threshold + (provenance == Provenance.NATIONAL_DEFAULT
                    ? "; " + weeks + " weeks is the national default, not the council's own figure" : "")
                    + "); the council may reclaim " + amount();
        }

        @Override
        public LocalDate from() {
            return cycle.from();
        }

        @Override
        public LocalDate to() {
            return cycle.to();
        }
    }

    private static List<TransactionRef> checkedExamples(Money amount, long transactions, List<TransactionRef> examples) {
        Check.present(amount, "amount");
        Check.that(transactions >= 1, "transactions", "audit.finding-transactions", "a finding about spend has at least one transaction");
        List<TransactionRef> copy = List.copyOf(Check.present(examples, "examples"));
        if (copy.size() > transactions || copy.size() > AccountAudit.MAX_EXAMPLES) {
            throw InvalidValueException.of("examples", "audit.finding-examples",
                    "a finding lists at most " + AccountAudit.MAX_EXAMPLES + " example transactions, and no more than it has");
        }
        return copy;
    }

    private static String payments(long count) {
        return count == 1 ? "1 payment" : count + " payments";
    }

    private static String join(List<ItemId> items) {
        return String.join(", ", items.stream().map(ItemId::value).toList());
    }
}
