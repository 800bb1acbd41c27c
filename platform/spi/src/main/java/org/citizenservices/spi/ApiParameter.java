package org.citizenservices.spi;

import java.util.Objects;

/**
 * A documented query parameter of an {@link ApiRoute}.
 *
 * @param name        e.g. {@code "from"}
 * @param description one line for the OpenAPI document
 * @param type        {@code String}, {@code Integer}, {@code Boolean}, {@code LocalDate} or an enum
 * @param required    whether a call without it is a 400
 * @since 1.2
 */
public record ApiParameter(String name, String description, Class<?> type, boolean required) {

    public ApiParameter {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(type, "type");
    }

    public static ApiParameter optional(String name, Class<?> type, String description) {
        return new ApiParameter(name, description, type, false);
    }

    public static ApiParameter required(String name, Class<?> type, String description) {
        return new ApiParameter(name, description, type, true);
    }
}
