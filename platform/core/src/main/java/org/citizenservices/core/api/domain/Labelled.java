package org.citizenservices.core.api.domain;

import java.util.ResourceBundle;

/**
 * A value of one of the core's enums with the words people read for it, e.g. {@code Relationship.MOTHER} → "Mother".
 * The words live in one resource bundle ({@code Labels.properties} beside this type, keyed
 * {@code EnumName.CONSTANT}) rather than in a field of every enum: the enums stay plain lists, and a practice can
 * translate the words with a {@code Labels_<language>.properties} for the JVM's locale without touching the code.
 */
public interface Labelled {

    /** Where the words are: {@code org/citizenservices/core/api/domain/Labels.properties}. */
    String BUNDLE = "org.citizenservices.core.api.domain.Labels";

    /** The constant's name, as every enum has it. */
    String name();

    /** The words for this value. */
    default String label() {
        Class<?> type = getClass().isEnum() ? getClass() : getClass().getSuperclass();
        return ResourceBundle.getBundle(BUNDLE, java.util.Locale.getDefault(), Labelled.class.getClassLoader())
                .getString(type.getSimpleName() + "." + name());
    }
}
