package org.supportplan.domain.account;

import java.util.regex.Pattern;

import org.supportplan.domain.validation.InvalidValueException;

/**
 * The council's reference for one direct-payment account (a prepaid card or a separate bank account),
 * such as {@code DP-100234}. Holds no bank details.
 *
 * @param value letters, digits, dots, underscores and hyphens, 1 to 40 characters
 */
public record AccountId(String value) implements Comparable<AccountId> {

    private static final Pattern FORMAT = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,39}");

    /** Validates the format. */
    public AccountId {
        if (value == null || !FORMAT.matcher(value).matches()) {
            throw InvalidValueException.of("accountId", "account-id.format",
                    "an account id is 1 to 40 letters, digits, dots, underscores or hyphens, such as DP-100234");
        }
    }

    /** Same as the constructor. */
    public static AccountId of(String value) {
        return new AccountId(value);
    }

    @Override
    public int compareTo(AccountId other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
