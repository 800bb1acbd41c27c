package org.citizenservices.spi;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * What the patient API's OpenAPI document says about one component of a record a route reads or writes, beyond
 * what its Java type and Jakarta Validation bounds already say.
 *
 * <p>A component of a response record is always written, so the document marks every one {@code required}; a
 * component the answer may leave {@code null} must say so here, or the contract tests fail on the first null (third
 * parties generate clients from the document, and a client generated from a wrong one breaks on that null). A
 * component of a request record is required when it carries {@code @NotNull}, {@code @NotBlank} or
 * {@code @NotEmpty}; the others may be left out or sent as {@code null}.
 *
 * <pre>{@code
 * public record Message(String messageId, @ApiField(nullable = true, example = "2026-12-01T09:30:00Z")
 *                       OffsetDateTime readAt) { }
 * }</pre>
 *
 * @since 1.15
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.RECORD_COMPONENT)
public @interface ApiField {

    /** Whether the answer may carry {@code null} here. */
    boolean nullable() default false;

    /** An example value as JSON text would show it (a string without quotes), or empty for none. */
    String example() default "";

    /** One line for the document, or empty for none. */
    String description() default "";
}
