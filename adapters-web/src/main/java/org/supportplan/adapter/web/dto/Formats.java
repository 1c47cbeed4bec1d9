package org.supportplan.adapter.web.dto;

import org.supportplan.domain.plan.Narrative;
import org.supportplan.domain.plan.PlanContent;
import org.supportplan.domain.plan.SupportItem;

/**
 * The text forms the wire format accepts, as regular expressions for {@code @Pattern}. Each mirrors
 * the domain value it becomes, so a value that passes here is refused by the domain only for range
 * or cross-field rules.
 */
public final class Formats {

    /** Pounds and pence, never negative: {@code "18.40"}, {@code "16000"}. */
    public static final String MONEY = "\\d{1,13}(\\.\\d{1,2})?";
    /** A plain decimal quantity with at most three decimals: {@code "10.5"}. */
    public static final String QUANTITY = "\\d{1,10}(\\.\\d{1,3})?";
    /** A key of a need, outcome or item within one plan: {@code "n1"}, {@code "item-2"}. */
    public static final String PART_ID = "[A-Za-z0-9][A-Za-z0-9._-]{0,39}";
    /** A spend category code: {@code "personal-assistant"}. */
    public static final String CATEGORY = "[a-z][a-z0-9-]{1,39}";
    /** The council's reference for a person: {@code "P-100234"}. */
    public static final String PERSON_ID = "[A-Za-z0-9][A-Za-z0-9-]{0,63}";
    /** A council id: {@code "derbyshire"}. */
    public static final String COUNCIL_ID = "[a-z][a-z0-9-]{1,39}";
    /** The council's reference for a direct-payment account: {@code "DP-100234"}. */
    public static final String ACCOUNT_ID = "[A-Za-z0-9][A-Za-z0-9._-]{0,39}";
    /** A monitoring level's code: {@code "standard"}. */
    public static final String LEVEL_ID = "[a-z][a-z0-9-]{1,39}";
    /** An ISO calendar date: {@code "2026-04-01"} (whether the day exists is checked when it is parsed). */
    public static final String DATE = "\\d{4}-\\d{2}-\\d{2}";

    /** The most entries any list in a plan may hold (the domain's limit). */
    public static final int MAX_ENTRIES = PlanContent.MAX_ENTRIES;
    /** The longest narrative (the domain's limit). */
    public static final int NARRATIVE = Narrative.MAX_LENGTH;
    /** The longest item description, provider or top-up purpose. */
    public static final int LONG_TEXT = SupportItem.MAX_TEXT;
    /** The longest staff reference ({@code "CM-0042"}) or re-assessment reference. */
    public static final int STAFF_REF = 100;
    /** The longest role ("my daughter") or reference text. */
    public static final int SHORT_TEXT = 200;

    private Formats() {
    }
}
