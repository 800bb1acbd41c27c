package org.citizenservices.core;

import java.util.List;

/** Every entity class of the core's persistence unit, in one place the unit is opened from. */
final class CoreEntities {

    static final List<Class<?>> ALL = List.of(
            org.citizenservices.core.internal.practice.Practice.class,
            org.citizenservices.core.internal.practice.StaffUser.class,
            org.citizenservices.core.internal.patient.Patient.class,
            org.citizenservices.core.internal.practice.ServiceConfiguration.class,
            org.citizenservices.core.internal.vua.Vua.class,
            org.citizenservices.core.internal.vua.IdentityVerification.class,
            org.citizenservices.core.internal.vua.PatientAssociation.class,
            org.citizenservices.core.internal.vua.ProxyApplication.class,
            org.citizenservices.core.internal.vua.AccountLinkage.class,
            org.citizenservices.core.internal.vua.VuaHistoryEntry.class,
            org.citizenservices.core.internal.audit.AuditEvent.class,
            org.citizenservices.core.internal.patient.Demographics.class,
            org.citizenservices.core.internal.notify.OutboxNotification.class,
            org.citizenservices.core.internal.vua.ContactConfirmation.class,
            org.citizenservices.core.internal.persistence.CoreEntity.class,
            org.citizenservices.core.internal.persistence.CreatedEntity.class,
            org.citizenservices.core.internal.patient.PersonAtPractice.class,
            org.citizenservices.core.internal.practice.SupplierAdmin.class,
            org.citizenservices.core.internal.integration.ApiClient.class,
            org.citizenservices.core.internal.integration.ApiClientToken.class,
            org.citizenservices.core.internal.apps.CitizenApp.class);

    private CoreEntities() {
    }
}
