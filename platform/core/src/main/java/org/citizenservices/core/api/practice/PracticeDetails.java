package org.citizenservices.core.api.practice;

import org.citizenservices.core.api.domain.OdsCode;
import org.citizenservices.core.api.domain.Postcode;

import java.util.Map;

/** A GP practice, read-only: its identity, contact details and the settings bag its capabilities read. */
public interface PracticeDetails {

    Long id();

    OdsCode odsCode();

    String name();

    String address();

    /** Null when the operator added the practice without one. */
    Postcode postcode();

    String telephone();

    /** The settings bag (e.g. {@code appointments.maxFutureAppointments}), read-only. */
    Map<String, String> settings();
}
