package org.supportplan.domain.plan;

import org.supportplan.domain.validation.Check;

/**
 * Free text written by or with the person, such as what is important to them. Never blank, at most
 * {@value #MAX_LENGTH} characters, with surrounding white space removed.
 *
 * @param text the words as written
 */
public record Narrative(String text) {

    /** The longest narrative accepted. */
    public static final int MAX_LENGTH = 20_000;

    /** Validates the text. */
    public Narrative {
        text = Check.text(text, "text", MAX_LENGTH);
    }

    /** Same as the constructor. */
    public static Narrative of(String text) {
        return new Narrative(text);
    }

    @Override
    public String toString() {
        return text;
    }
}
