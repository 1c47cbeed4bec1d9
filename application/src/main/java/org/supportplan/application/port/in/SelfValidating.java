package org.supportplan.application.port.in;

import java.util.Comparator;
import java.util.List;
import java.util.Set;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;

/**
 * Validates a command's Bean Validation constraints when it is built, so a use case never sees an
 * invalid command. The engine (Hibernate Validator in the shipped adapters) is found on the class path.
 */
public final class SelfValidating {

    private SelfValidating() {
    }

    /** Checks {@code command}, throwing {@link CommandRejectedException} with every violation. */
    public static <T> void validate(T command) {
        Set<ConstraintViolation<T>> found = Holder.VALIDATOR.validate(command);
        if (!found.isEmpty()) {
            List<FieldViolation> violations = found.stream()
                    .map(v -> new FieldViolation(v.getPropertyPath().toString(),
                            v.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName(),
                            v.getMessage()))
                    .sorted(Comparator.comparing(FieldViolation::path).thenComparing(FieldViolation::rule))
                    .toList();
            throw new CommandRejectedException(violations);
        }
    }

    // Built once, on first use: building a validator factory is slow.
    private static final class Holder {
        private static final Validator VALIDATOR;

        static {
            ValidatorFactory factory = Validation.buildDefaultValidatorFactory();
            VALIDATOR = factory.getValidator();
        }
    }
}
