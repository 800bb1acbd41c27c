package org.citizenservices.consultations.internal;

import org.citizenservices.spi.ApiField;

/** An admin request type an app offers: its id, sent back as {@code adminType}, and its label. */
public record AdminTypeOption(@ApiField(example = "FIT_NOTE") String id, String label) {
}
