package org.citizenservices.core.api.vua;

import org.citizenservices.core.api.domain.Labelled;

/** The kinds of change domain.md asks staff to be able to display for an account. */
public enum HistoryKind implements Labelled {
    CREATION,
    DEMOGRAPHICS,
    PREFERENCES,
    STATUS,
    IDENTITY_VERIFICATION,
    PATIENT_ASSOCIATION,
    SERVICE_REGISTRATION,
    SERVICE_ACCESS,
    LINKAGE;
}
