package org.supportplan.application.port.in;

/**
 * One reason a command was refused: the offending field's path (such as {@code supportItems[2].unitCost}),
 * the rule that refused it and a plain-English message.
 *
 * @param path where in the command the problem is
 * @param rule the constraint or value rule that refused it
 * @param message what is wrong, for a person to read
 */
public record FieldViolation(String path, String rule, String message) {
}
