package org.supportplan.domain.account;

import java.time.LocalDate;

import org.supportplan.domain.money.Money;
import org.supportplan.domain.plan.SpendCategory;
import org.supportplan.domain.validation.Check;
import org.supportplan.domain.validation.InvalidValueException;

/**
 * One movement of money on a direct-payment account, as a bank or prepaid-card export lists it. The
 * amount is signed from the account's side: negative is money out (spend), positive is money in (the
 * council's payment, a refund). A transaction the holder did not categorise has the category
 * {@link #UNCATEGORISED}.
 *
 * @param line the 1-based line in the imported file where the row starts, or 0 when not read from a file
 * @param reference the bank's or card provider's reference, or null
 * @param date the day the money moved
 * @param payee who was paid, or who paid in
 * @param amount the signed amount: negative out, positive in
 * @param category what it bought, or {@link #UNCATEGORISED}
 * @param description the export's description, or empty
 */
public record Transaction(long line, String reference, LocalDate date, String payee, Money amount, SpendCategory category,
                          String description) {

    /** The category of a transaction nobody categorised; the code is reserved for this. */
    public static final SpendCategory UNCATEGORISED = SpendCategory.of("uncategorised");
    /** The longest payee accepted. */
    public static final int MAX_PAYEE = 200;
    /** The longest description accepted. */
    public static final int MAX_DESCRIPTION = 1000;

    /** Validates every field; text is kept without surrounding white space. */
    public Transaction {
        if (line < 0) {
            throw InvalidValueException.of("line", "transaction.line-positive", "a line number is 1 or more (0 when unknown)");
        }
        reference = reference == null || reference.isBlank() ? null : Check.text(reference, "reference", TransactionRef.MAX_REFERENCE);
        if (line == 0 && reference == null) {
            throw InvalidValueException.of("reference", "transaction.traceable",
                    "a transaction needs a line number or a reference, so a finding can point back at it");
        }
        Check.present(date, "date");
        payee = Check.text(payee, "payee", MAX_PAYEE);
        Check.present(amount, "amount");
        category = category == null ? UNCATEGORISED : category;
        description = description == null || description.isBlank() ? "" : Check.text(description, "description", MAX_DESCRIPTION);
    }

    /** A transaction read from line {@code line} of a file, with no reference of its own. */
    public static Transaction of(long line, LocalDate date, String payee, Money amount, SpendCategory category, String description) {
        return new Transaction(line, null, date, payee, amount, category, description);
    }

    /** How findings point back at this transaction. */
    public TransactionRef ref() {
        return new TransactionRef(line, reference);
    }

    /** True for money out of the account. */
    public boolean isMoneyOut() {
        return amount.isNegative();
    }

    /** True when the holder gave a category. */
    public boolean isCategorised() {
        return !UNCATEGORISED.equals(category);
    }
}
