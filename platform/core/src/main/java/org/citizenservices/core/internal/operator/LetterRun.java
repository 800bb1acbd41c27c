package org.citizenservices.core.internal.operator;

import jakarta.persistence.EntityManager;
import org.citizenservices.core.api.audit.AuditAction;
import org.citizenservices.core.api.audit.Outcome;
import org.citizenservices.core.api.domain.InvalidValueException;
import org.citizenservices.core.api.domain.LinkageKey;
import org.citizenservices.core.api.domain.NhsNumber;
import org.citizenservices.core.api.domain.OdsCode;
import org.citizenservices.core.api.operator.Provisioning;
import org.citizenservices.core.api.service.ActingAs;
import org.citizenservices.core.api.service.Actor;
import org.citizenservices.core.api.service.NotFoundException;
import org.citizenservices.core.api.service.RuleViolationException;
import org.citizenservices.core.api.service.Times;
import org.citizenservices.core.api.vua.IdentityCheck;
import org.citizenservices.core.api.vua.IdentityDocument;
import org.citizenservices.core.api.vua.RegistrationLetter;
import org.citizenservices.core.api.vua.VerificationMethod;
import org.citizenservices.core.internal.patient.Patient;
import org.citizenservices.core.internal.practice.Practice;
import org.citizenservices.core.internal.practice.PracticeDefaults;
import org.citizenservices.core.internal.practice.StaffUser;
import org.citizenservices.core.internal.service.CoreContext;
import org.citizenservices.core.internal.service.CoreService;
import org.citizenservices.core.internal.vua.Vua;
import org.citizenservices.spi.RecordAccessLevel;

import java.time.LocalDate;
import java.util.Locale;

/**
 * {@code admin linkage issue}: the registration letter for a registered patient whose identity a named member of
 * staff verified. One transaction: the account (found by the patient's own association, or created), that
 * association, the verification, the record level and a fresh key — each audited as that staff member's act, by
 * the operator's command.
 */
final class LetterRun extends CoreService {

    private final AccountServices services;

    LetterRun(CoreContext context, AccountServices services) {
        super(context);
        this.services = services;
    }

    Provisioning.IssuedLinkage issue(Provisioning.Operator operator, Provisioning.LinkageRun run) {
        OdsCode ods = new OdsCode(run.odsCode() == null ? "" : run.odsCode());
        NhsNumber nhs = new NhsNumber(run.nhsNumber() == null ? "" : run.nhsNumber());
        VerificationMethod method = method(run.method());
        IdentityDocument document = document(method, run.document());
        LocalDate today = Times.today(clock);
        Result result = transactions.write(em -> {
            Practice practice = em.createQuery("select p from Practice p where p.odsCode = :ods", Practice.class)
                    .setParameter("ods", ods.value()).getResultStream().findFirst()
                    .orElseThrow(() -> new NotFoundException("There is no practice with ODS code " + ods + " here."));
            Patient patient = em.createQuery("select p from Patient p where p.practice = :practice"
                            + " and p.nhsNumber = :nhs", Patient.class).setParameter("practice", practice)
                    .setParameter("nhs", nhs.value()).getResultStream().findFirst()
                    .orElseThrow(() -> new NotFoundException("No patient with NHS number " + nhs.formatted()
                            + " is registered at " + ods + "."));
            if (!patient.isRegistered()) {
                throw new RuleViolationException("The patient with NHS number " + nhs.formatted()
                        + " is no longer registered at " + ods + ".");
            }
            StaffUser staff = staffOf(em, practice, run.verifiedBy());
            if (run.recordLevel() != null && !org.citizenservices.core.api.service.StaffPermission
                    .CONFIGURE_PATIENT_SERVICES.allows(staff.roles())) {
                throw new RuleViolationException("A record level is a clinical decision: --verified-by must name a "
                        + "clinician or the practice administrator to set --record-level, or leave it out.");
            }
            Actor actor = new Actor(staff.displayName() + " (" + staff.username() + ")", ActingAs.STAFF,
                    practice.id(), "admin command by " + operator.label());
            Vua existing = OwnAccounts.find(em, patient);
            Vua vua = existing != null ? existing : OwnAccounts.open(em, services, patient, today, actor);
            services.verifications().verifyIdentity(em, vua, new IdentityCheck(today, method, document,
                    method == VerificationMethod.IDENTITY_DOCUMENTATION ? null : staff.displayName(),
                    "Registration letter run by " + operator.label(), null), actor);
            RecordAccessLevel level = run.recordLevel() != null ? run.recordLevel()
                    : existing == null ? PracticeDefaults.recordLevel(practice) : null;
            if (level != null && level != patient.recordAccessLevel()) {
                patient.recordAccess(level, null);
                audit.entry(actor, AuditAction.RECORD_ACCESS_CHANGED).patient(patient.id()).detail(level.name())
                        .in(em, Outcome.SUCCESS);
                services.patientAccess().noteServiceAccessChange(em, patient, "Record access level " + level.name(),
                        actor);
            }
            LinkageKey key = LinkageKey.generate();
            RegistrationLetter letter = services.keys().issue(em, vua, key, actor,
                    vua.linkageKeyHash() == null ? null : "new registration letter run by " + operator.label());
            return new Result(vua.id(), new Provisioning.IssuedLinkage(vua.accountId().value(), key.reveal(),
                    practice.odsCode().value(), existing == null), letter.replacesEarlierLetter());
        });
        if (result.replaced()) {
            services.revocations().revoked(result.vuaId());
        }
        return result.issued();
    }

    private record Result(long vuaId, Provisioning.IssuedLinkage issued, boolean replaced) {
    }

    private static StaffUser staffOf(EntityManager em, Practice practice, String username) {
        String name = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
        return em.createQuery("select u from StaffUser u where u.username = :name and u.practice = :practice",
                        StaffUser.class).setParameter("name", name).setParameter("practice", practice)
                .getResultStream().filter(user -> user.credentials().enabled()).findFirst()
                .orElseThrow(() -> new NotFoundException("There is no member of staff " + name + " at "
                        + practice.odsCode() + " (or their account is disabled); --verified-by names the practice "
                        + "user who verified the identity."));
    }

    private static VerificationMethod method(String method) {
        String given = method == null ? "" : method.strip().toUpperCase(Locale.ROOT);
        return switch (given) {
            case "VOUCHING" -> VerificationMethod.VOUCHING;
            case "EVIDENCE" -> VerificationMethod.VOUCHING_INFORMATION;
            case "DOCUMENTS" -> VerificationMethod.IDENTITY_DOCUMENTATION;
            default -> throw new InvalidValueException("Give how the identity was verified: VOUCHING, DOCUMENTS or "
                    + "EVIDENCE (vouching with information from the record).");
        };
    }

    private static IdentityDocument document(VerificationMethod method, String document) {
        if (method != VerificationMethod.IDENTITY_DOCUMENTATION) {
            if (document != null && !document.isBlank()) {
                throw new InvalidValueException("A document is only given with --method DOCUMENTS.");
            }
            return null;
        }
        try {
            return IdentityDocument.valueOf(document == null ? "" : document.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            throw new InvalidValueException("With --method DOCUMENTS, give the document seen: PASSPORT, "
                    + "PHOTO_DRIVING_LICENCE, BIRTH_CERTIFICATE, MARRIAGE_CERTIFICATE or OTHER.");
        }
    }
}
