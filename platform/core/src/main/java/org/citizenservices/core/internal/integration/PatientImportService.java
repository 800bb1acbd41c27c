package org.citizenservices.core.internal.integration;

import org.citizenservices.core.api.audit.AuditAction;
import org.citizenservices.core.api.audit.Outcome;
import org.citizenservices.core.api.integration.ApiClients;
import org.citizenservices.core.api.integration.PatientImport;
import org.citizenservices.core.api.patient.NewPatient;
import org.citizenservices.core.api.patient.Sex;
import org.citizenservices.core.api.service.NotPermittedException;
import org.citizenservices.core.api.service.Times;
import org.citizenservices.core.internal.patient.Patient;
import org.citizenservices.core.internal.patient.PatientRegisterService;
import org.citizenservices.core.internal.practice.Practice;
import org.citizenservices.core.internal.service.CoreContext;
import org.citizenservices.core.internal.service.CoreService;

/** Registers or updates an imported patient at the client's practice, audited as the client's act. */
public final class PatientImportService extends CoreService implements PatientImport {

    public PatientImportService(CoreContext context) {
        super(context);
    }

    @Override
    public Imported importPatient(ApiClients.Caller caller, NewPatient details) {
        requireImport(caller);
        return transactions.write(em -> {
            Practice practice = em.find(Practice.class, caller.practiceId());
            Patient patient = em.createQuery("select p from Patient p where p.practice = :practice"
                            + " and p.nhsNumber = :nhs", Patient.class).setParameter("practice", practice)
                    .setParameter("nhs", details.nhsNumber().value()).getResultStream().findFirst().orElse(null);
            Change change;
            if (patient == null) {
                patient = PatientRegisterService.register(em, practice, details, Times.now(clock));
                change = Change.CREATED;
            } else {
                change = patient.correctFromClinicalSystem(details.name(), details.dateOfBirth(),
                        details.sex() == null ? Sex.UNKNOWN : details.sex(), details.contact())
                        ? Change.UPDATED : Change.UNCHANGED;
            }
            if (change != Change.UNCHANGED) {
                audit.entry(caller.actor(), AuditAction.PATIENT_IMPORTED).patient(patient.id())
                        .practice(practice.id()).detail(change.name()).in(em, Outcome.SUCCESS);
            }
            return new Imported(patient.id(), change);
        });
    }

    @Override
    public void imported(ApiClients.Caller caller, String totals) {
        audit.entry(caller.actor(), AuditAction.PATIENT_IMPORTED).practice(caller.practiceId())
                .detail(totals).now(Outcome.SUCCESS);
    }

    static void requireImport(ApiClients.Caller caller) {
        if (!caller.may(ApiClients.SCOPE_IMPORT)) {
            throw new NotPermittedException("This client may not import: it has no import scope.");
        }
    }
}
