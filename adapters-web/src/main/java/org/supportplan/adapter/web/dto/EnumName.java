package org.supportplan.adapter.web.dto;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.RECORD_COMPONENT;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/**
 * Bean Validation constraint: the text, when present, is exactly the name of one constant of {@link #value()}.
 * Kept as a constraint (rather than a Jackson enum) so an unknown unit is a field rule failure, not malformed JSON.
 */
@Documented
@Constraint(validatedBy = EnumName.Validator.class)
@Target({FIELD, PARAMETER, RECORD_COMPONENT, TYPE_USE})
@Retention(RUNTIME)
public @interface EnumName {

    /** The enum whose constant names are allowed. */
    Class<? extends Enum<?>> value();

    /** The message; the validator appends the allowed names. */
    String message() default "must be one of";

    /** Validation groups. */
    Class<?>[] groups() default {};

    /** Payload. */
    Class<? extends Payload>[] payload() default {};

    /** Checks the text against the enum's constant names. */
    final class Validator implements ConstraintValidator<EnumName, String> {

        private Set<String> names;

        @Override
        public void initialize(EnumName annotation) {
            names = Arrays.stream(annotation.value().getEnumConstants()).map(Enum::name)
                    .collect(Collectors.toCollection(java.util.LinkedHashSet::new));
        }

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            if (value == null || names.contains(value)) {
                return true;
            }
            context.disableDefaultConstraintViolation();
            // Names only, never the rejected value: messages are echoed in responses and may reach logs.
            context.buildConstraintViolationWithTemplate(
                    context.getDefaultConstraintMessageTemplate() + " " + String.join(", ", names))
                    .addConstraintViolation();
            return false;
        }
    }
}
