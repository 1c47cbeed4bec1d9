package org.supportplan.domain.account;

import java.util.List;

import org.supportplan.domain.money.CostRules;
import org.supportplan.domain.money.Money;
import org.supportplan.domain.money.Quantity;
import org.supportplan.domain.plan.PaidPerson;
import org.supportplan.domain.plan.PaymentRoute;
import org.supportplan.domain.plan.SupportPlan;
import org.supportplan.domain.profile.CouncilProfile;
import org.supportplan.domain.profile.Setting;
import org.supportplan.domain.spend.FamilyPaymentRule;
import org.supportplan.domain.spend.MeetsNeedOrOutcomeRule;
import org.supportplan.domain.spend.SpendRule;
import org.supportplan.domain.spend.SpendSubject;
import org.supportplan.domain.spend.Verdict;
import org.supportplan.domain.validation.Check;

/**
 * Starts account audits under one council's profile. Audits started here share what the spend rules
 * decided about payees and descriptions they have seen (a bounded cache; the rules are pure functions),
 * which is what makes auditing thousands of accounts from one export cheap. Audits may be started and
 * fed from several threads; each audit itself is fed by one.
 */
public final class CouncilAudits {

    private static final String SUBJECT_PATH = "transaction";

    private final CouncilProfile profile;
    private final CostRules costRules;
    private final SpendRule[] rules;
    private final boolean[] forbidsPerson;
    private final VerdictCache cache;

    private CouncilAudits(CouncilProfile profile) {
        this.profile = profile;
        this.costRules = new CostRules(profile.weeksPerYear().value(), profile.rounding().value());
        // Unplanned spend is its own finding, so the rule that judges a plan item by its needs does not judge transactions.
        List<SpendRule> applied = profile.spendPolicy().rules().stream()
                .filter(rule -> !rule.id().equals(MeetsNeedOrOutcomeRule.ID)).toList();
        this.rules = applied.toArray(SpendRule[]::new);
        this.forbidsPerson = new boolean[rules.length];
        for (int r = 0; r < rules.length; r++) {
            forbidsPerson[r] = rules[r].id().equals(FamilyPaymentRule.ID);
        }
        // Refusals are remembered as the bits of a long; a profile with more rules judges every transaction afresh.
        this.cache = rules.length <= VerdictCache.MAX_RULES ? new VerdictCache() : null;
    }

    /** Audits under {@code profile}. */
    public static CouncilAudits under(CouncilProfile profile) {
        return new CouncilAudits(Check.present(profile, "profile"));
    }

    /** The profile audits are judged by. */
    public CouncilProfile profile() {
        return profile;
    }

    /**
     * Starts an audit of {@code account} over {@code period}, judged by the plan's {@code history} (every
     * version, in any order), with the account holding {@code openingBalance} at the start of the period.
     * Refused when the history is of another plan than the account's.
     */
    public AccountAudit start(DirectPaymentAccount account, List<SupportPlan> history, AuditPeriod period, Money openingBalance) {
        return AccountAudit.start(this, account, history, period, openingBalance);
    }

    CostRules costRules() {
        return costRules;
    }

    Setting<Quantity> unspentWeeks() {
        return profile.unspentBalanceWeeks();
    }

    SpendRule[] rules() {
        return rules;
    }

    boolean forbidsPerson(int rule) {
        return forbidsPerson[rule];
    }

    /** True when refusals come as bits from {@link #refusals}; false when there are too many rules for that. */
    boolean judgesAsBits() {
        return cache != null;
    }

    /** The bits of the rules refusing this transaction paying {@code paid}, remembered or worked out. */
    long refusals(Transaction transaction, PaidPerson paid) {
        VerdictCache.Entry known = cache.find(transaction, paid);
        if (known != null) {
            return known.refused();
        }
        SpendSubject subject = subject(transaction, paid);
        long refused = 0;
        for (int r = 0; r < rules.length; r++) {
            if (rules[r].assess(subject) instanceof Verdict.Refused) {
                refused |= 1L << r;
            }
        }
        cache.put(transaction, paid, refused);
        return refused;
    }

    /** Whether rule {@code r} refuses the transaction; for profiles with too many rules to remember as bits. */
    boolean refuses(int r, SpendSubject subject) {
        return rules[r].assess(subject) instanceof Verdict.Refused;
    }

    static SpendSubject subject(Transaction transaction, PaidPerson paid) {
        // Council rules that match words read the payee too: "Lucky Star Bingo" with no description is still gambling.
        String text = transaction.description().isEmpty() ? transaction.payee() : transaction.payee() + " " + transaction.description();
        return new SpendSubject(SUBJECT_PATH, transaction.category(), text, PaymentRoute.DIRECT_PAYMENT, paid, null, null);
    }
}
