package org.citizenservices.record.internal;

import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceException;
import org.citizenservices.spi.CurrentStaff;
import org.citizenservices.spi.Formats;
import org.citizenservices.spi.PracticeSetting;
import org.citizenservices.spi.RecordAccess;
import org.citizenservices.spi.ServiceAccess;
import org.citizenservices.spi.Texts;
import org.citizenservices.spi.UnitsOfWork;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.stream.Stream;

/**
 * New-entry (prospective) access, NHS England's default since 31 October 2023: a patient aged 16 or over, reading their
 * own record, sees every entry dated from the day their online account began in full — any section, free text,
 * filed results, reviewed documents — whatever their View Record level, except entries a clinician restricted. Never
 * for a proxy, never before the 16th birthday, never before the practice switched it on, and not for a patient a
 * clinician decided should not have it (for their safety, with a recorded reason). Older entries follow the level.
 */
public final class ProspectiveAccess {

    /** The age from which a patient has new-entry access by default. */
    public static final int FROM_AGE = 16;

    /** The longest reason a clinician may record for withholding it. */
    public static final int MAX_REASON = 500;

    public static final String SETTING_KEY = "record.newEntriesOnline";

    /** The practice's switch, on by default. */
    public static final PracticeSetting SETTING = PracticeSetting.yesNo(SETTING_KEY,
            "Patients aged 16 and over see new entries in their record online",
            "In full, from the day their account starts (or you switch this on, if later), except entries a clinician"
                    + " restricts. Never for proxies or patients under 16.", true);

    /**
     * Who is reading, decided before the record is read: the patient themself or not (a proxy), the day the
     * practice's new-entry access began ({@code null}: off), and today.
     */
    public record Reading(boolean patientReads, LocalDate practiceSince, LocalDate today) {

        /** Where new entries start showing to this reader, or {@code null}: no new-entry access. */
        LocalDate from(RecordAccess access, String withheldReason) {
            if (!patientReads || practiceSince == null || withheldReason != null || access.ownAccountFrom() == null
                    || access.dateOfBirth() == null) {
                return null;
            }
            LocalDate sixteenth = access.dateOfBirth().plusYears(FROM_AGE);
            if (today.isBefore(sixteenth)) {
                return null;
            }
            return Stream.of(access.ownAccountFrom(), sixteenth, practiceSince).max(LocalDate::compareTo).orElseThrow();
        }
    }

    private final EntityManagerFactory factory;
    private final ServiceAccess access;
    private final Clock clock;

    public ProspectiveAccess(EntityManagerFactory factory, ServiceAccess access, Clock clock) {
        this.factory = factory;
        this.access = access;
        this.clock = clock;
    }

    /** In a request of the patient, a proxy or a clinician viewing as the patient: the practice's setting read now. */
    Reading reading(boolean patientReads, String practiceOds) {
        if (!patientReads) {
            return new Reading(false, null, LocalDate.now(clock));
        }
        boolean on = access.practiceSetting(SETTING_KEY).map(Boolean::parseBoolean).orElse(true);
        return new Reading(patientReads, practiceSince(practiceOds, on), LocalDate.now(clock));
    }

    /** Outside a request (a notice after an import): the patient reading, by the switch as last noted. */
    Reading patientReadingAsNoted(String practiceOds) {
        return new Reading(true, noted(practiceOds), LocalDate.now(clock));
    }

    /** The practice's switch-on day as last noted, or {@code null}. */
    private LocalDate noted(String practiceOds) {
        ProspectiveSwitch noted = UnitsOfWork.read(factory, em -> em.find(ProspectiveSwitch.class, practiceOds));
        return noted == null ? null : noted.onSince();
    }

    /**
     * A clinician decides the patient should not have new-entry access (for their safety), with the reason recorded
     * for the practice; entries then follow the patient's level alone. Audited against the patient.
     */
    public void withhold(long patientId, String reason) {
        decide(patientId, Texts.required(reason, MAX_REASON, "The reason"), "RECORD_NEW_ENTRIES_WITHHELD");
    }

    /** Gives a patient new-entry access back (the practice's setting and their age still decide). Audited. */
    public void allow(long patientId) {
        decide(patientId, null, "RECORD_NEW_ENTRIES_ALLOWED");
    }

    private void decide(long patientId, String reason, String audited) {
        CurrentStaff staff = PracticeClinician.of(access, patientId);
        UnitsOfWork.write(factory, em -> {
            PatientRecord record = em.find(PatientRecord.class, patientId);
            if (record == null) {
                record = new PatientRecord(patientId, staff.odsCode());
                em.persist(record);
            }
            record.withholdNewEntries(reason, LocalDateTime.now(clock), staff.displayName());
            return record;
        });
        access.auditPatient(patientId, audited, "new-entry access");
    }

    /** What the patient's new-entry access is, in the practice's words, for the clinician's page. */
    public String describedFor(long patientId) {
        CurrentStaff staff = PracticeClinician.of(access, patientId);
        RecordAccess configured = access.recordAccessOf(patientId);
        Reading reading = reading(true, staff.odsCode());
        String withheld = UnitsOfWork.read(factory, em -> {
            PatientRecord record = em.find(PatientRecord.class, patientId);
            return record == null ? null : record.newEntriesWithheld();
        });
        LocalDate from = reading.from(configured, withheld);
        if (from != null) {
            return "New entries: shown to the patient in full from " + Formats.date(from)
                    + " (not to proxies), except restricted ones.";
        }
        if (withheld != null) {
            return "New entries: not shown by default — a clinician decided: " + withheld;
        }
        if (reading.practiceSince() == null) {
            return "New entries: the practice has switched new-entry access off.";
        }
        if (configured.ownAccountFrom() == null) {
            return "New entries: the patient has no online account of their own.";
        }
        return "New entries: not before the patient is " + FROM_AGE + " ("
                + Formats.date(configured.dateOfBirth().plusYears(FROM_AGE)) + ").";
    }

    /** Whether a clinician decided against the patient's new-entry access. */
    public boolean withheldFor(long patientId) {
        PracticeClinician.of(access, patientId);
        return UnitsOfWork.read(factory, em -> {
            PatientRecord record = em.find(PatientRecord.class, patientId);
            return record != null && record.newEntriesWithheld() != null;
        });
    }

    private LocalDate practiceSince(String practiceOds, boolean on) {
        LocalDate noted = noted(practiceOds);
        if (on == (noted != null)) {
            return noted;
        }
        try {
            return UnitsOfWork.write(factory, em -> {
                ProspectiveSwitch row = em.find(ProspectiveSwitch.class, practiceOds);
                if (on && row == null) {
                    row = new ProspectiveSwitch(practiceOds, LocalDate.now(clock));
                    em.persist(row);
                } else if (!on && row != null) {
                    em.remove(row);
                    row = null;
                }
                return row == null ? null : row.onSince();
            });
        } catch (PersistenceException noticedAtTheSameTime) {
            // another request noted the switch first: its day stands
            return noted(practiceOds);
        }
    }
}
