package org.citizenservices.host.api;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.citizenservices.spi.ApiProblem;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;

import java.util.Comparator;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The bounds a request record declares ({@code @Size}, {@code @Pattern}, {@code @NotBlank} of Jakarta Validation),
 * checked where the host reads the body — before the handler, any storage or any audit sees a value — so an
 * over-long or malformed field is a 400 that names it, for every capability's routes alike.
 */
final class RequestBounds {

    /** No expression language: the messages are ours, made from the constraint itself. */
    private static final ValidatorFactory FACTORY = Validation.byDefaultProvider().configure()
            .messageInterpolator(new ParameterMessageInterpolator())
            .buildValidatorFactory();
    private static final Validator VALIDATOR = FACTORY.getValidator();

    private RequestBounds() {
    }

    static <T> T check(T body) {
        Set<ConstraintViolation<T>> violations = VALIDATOR.validate(body);
        if (!violations.isEmpty()) {
            throw ApiProblem.badRequest(violations.stream()
                    .sorted(Comparator.comparing(v -> v.getPropertyPath().toString()))
                    .map(RequestBounds::describe)
                    .collect(Collectors.joining(" ")));
        }
        return body;
    }

    private static String describe(ConstraintViolation<?> violation) {
        String field = "The field '" + violation.getPropertyPath() + "'";
        Object constraint = violation.getConstraintDescriptor().getAnnotation();
        if (constraint instanceof Size size) {
            boolean text = violation.getInvalidValue() instanceof CharSequence;
            String unit = text ? " characters" : " items";
            return size.min() > 0 ? field + " must have " + size.min() + " to " + size.max() + unit + "."
                    : field + " must have at most " + size.max() + unit + ".";
        }
        if (constraint instanceof Pattern) {
            return field + " is not in the expected format.";
        }
        return field + " is required.";
    }
}
