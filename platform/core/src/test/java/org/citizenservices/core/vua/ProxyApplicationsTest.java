package org.citizenservices.core.vua;

import org.citizenservices.core.api.domain.InvalidValueException;
import org.citizenservices.core.api.service.NotFoundException;
import org.citizenservices.core.api.service.RuleViolationException;
import org.citizenservices.core.api.service.StaffMember;
import org.citizenservices.core.api.service.StaffRole;
import org.citizenservices.core.api.vua.AssociationType;
import org.citizenservices.core.api.vua.ConsentMethod;
import org.citizenservices.core.api.vua.PatientAssociationDetails;
import org.citizenservices.core.api.vua.ProxyApplications;
import org.citizenservices.core.api.vua.ProxyApplications.Application;
import org.citizenservices.core.api.vua.ProxyApplications.Status;
import org.citizenservices.core.api.vua.Relationship;
import org.citizenservices.core.internal.patient.Patient;
import org.citizenservices.core.internal.practice.Practice;
import org.citizenservices.core.support.CoreFixture;
import org.citizenservices.core.support.OneCorePerClass;
import org.citizenservices.spi.CitizenService;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Online proxy applications on a real core: a parent for a child under 11 (no consent asked), a daughter for her
 * mother (who confirms from her own account, or whose written consent the practice records); the practice approves
 * with services and an end date — the proxy association then exists — or declines with a reason the applicant reads.
 */
class ProxyApplicationsTest extends OneCorePerClass {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 24);

    private static Application about(Patient patient, Relationship relationship, String evidence) {
        return new Application(patient.nhsNumber().value(), patient.name().familyName(), patient.dateOfBirth(),
                relationship, Set.of(CitizenService.APPOINTMENTS, CitizenService.PRESCRIPTIONS), evidence);
    }

    @Test
    void aParentAppliesForAChildUnder11_thePracticeApprovesWithServicesAndAnEndDate_andTheProxyExists() {
        Practice practice = fixture.practice();
        StaffMember reception = fixture.staff(practice, StaffRole.RECEPTIONIST);
        CoreFixture.Citizen mum = fixture.activeSelf(reception, fixture.patient(practice, "Parent",
                LocalDate.of(1988, 5, 5)));
        Patient child = fixture.patient(practice, "Small", TODAY.minusYears(11).plusDays(1));
        ProxyApplications applications = fixture.core.proxyApplications();

        ProxyApplications.Applied applied = applications.apply(mum.session(), about(child, Relationship.MOTHER,
                "I am her mother; her birth certificate names me."));

        assertThat(applied.status()).isEqualTo(Status.AWAITING_PRACTICE);
        assertThat(applied.forChild()).isTrue();
        assertThat(applications.toDecide(reception)).extracting(ProxyApplications.Applied::id).contains(applied.id());
        assertThatThrownBy(() -> applications.apply(mum.session(), about(child, Relationship.MOTHER, "Again")))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("applied to act for");

        LocalDate until = TODAY.plusYears(1);
        applications.approve(reception, applied.id(), Set.of(CitizenService.APPOINTMENTS), until);

        assertThat(applications.mine(mum.session())).singleElement().extracting(ProxyApplications.Applied::status)
                .isEqualTo(Status.APPROVED);
        assertThat(applications.actingFor(mum.session())).singleElement()
                .isEqualTo(new ProxyApplications.Acting(child.displayName(), Relationship.MOTHER, until));
        PatientAssociationDetails proxy = fixture.core.associations().associationsForPatient(reception, child.id())
                .stream().filter(a -> a.type() == AssociationType.PROXY).findFirst().orElseThrow();
        assertThat(proxy.services()).containsExactly(CitizenService.APPOINTMENTS);
        assertThat(proxy.accessUntil()).isEqualTo(until);
        assertThat(proxy.consentMethod()).isEqualTo(ConsentMethod.NOT_REQUIRED);
        assertThat(proxy.legalBasis()).contains("Parental responsibility");
        assertThatThrownBy(() -> applications.decline(reception, applied.id(), "Too late"))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("decided already");
    }

    @Test
    void anAdultConfirmsFromTheirOwnAccount_orRefuses_andThePracticeCannotApproveBeforeConsent() {
        Practice practice = fixture.practice();
        StaffMember reception = fixture.staff(practice, StaffRole.RECEPTIONIST);
        Patient mother = fixture.patient(practice, "Elderly", LocalDate.of(1944, 3, 3));
        CoreFixture.Citizen own = fixture.activeSelf(reception, mother);
        CoreFixture.Citizen daughter = fixture.activeSelf(reception, fixture.patient(practice, "Helper",
                LocalDate.of(1972, 7, 7)));
        ProxyApplications applications = fixture.core.proxyApplications();

        ProxyApplications.Applied applied = applications.apply(daughter.session(), about(mother,
                Relationship.DAUGHTER, "I order Mum's repeat prescriptions."));
        assertThat(applied.status()).isEqualTo(Status.AWAITING_CONSENT);
        assertThat(noticesTo(own)).singleElement().asString().endsWith("has asked to act for you online at "
                + practice.name() + ". Sign in to say whether you agree.");
        assertThatThrownBy(() -> applications.approve(reception, applied.id(), Set.of(CitizenService.PRESCRIPTIONS),
                null)).isInstanceOf(RuleViolationException.class).hasMessageContaining("waiting for the patient");
        assertThat(applications.awaitingMyConsent(daughter.session())).isEmpty();
        assertThat(applications.awaitingMyConsent(own.session())).singleElement()
                .satisfies(a -> assertThat(a.applicantName()).isEqualTo(applied.applicantName()));
        assertThatThrownBy(() -> applications.consent(daughter.session(), applied.id(), true))
                .isInstanceOf(NotFoundException.class);

        applications.consent(own.session(), applied.id(), true);
        applications.approve(reception, applied.id(), Set.of(CitizenService.PRESCRIPTIONS), null);
        assertThat(fixture.core.associations().associationsForPatient(reception, mother.id()))
                .anySatisfy(a -> {
                    assertThat(a.type()).isEqualTo(AssociationType.PROXY);
                    assertThat(a.details()).contains("confirmed online");
                });

        CoreFixture.Citizen son = fixture.activeSelf(reception, fixture.patient(practice, "Other",
                LocalDate.of(1975, 8, 8)));
        ProxyApplications.Applied second = applications.apply(son.session(), about(mother, Relationship.SON,
                "I would like to help too."));
        applications.consent(own.session(), second.id(), false);
        assertThat(noticesTo(son)).singleElement().asString().isEqualTo("Your application to act for "
                + mother.displayName() + " has been answered. Sign in to see it.");
        assertThat(applications.mine(son.session())).singleElement().satisfies(a -> {
            assertThat(a.status()).isEqualTo(Status.DECLINED);
            assertThat(a.declineReason()).isEqualTo("The patient did not give their consent.");
        });
    }

    @Test
    void writtenConsentRecordedByThePractice_thenADeclineWithAReasonTheApplicantReads() {
        Practice practice = fixture.practice();
        StaffMember reception = fixture.staff(practice, StaffRole.RECEPTIONIST);
        Patient neighbour = fixture.patient(practice, "Nextdoor", LocalDate.of(1950, 1, 1));
        CoreFixture.Citizen friend = fixture.activeSelf(reception, fixture.patient(practice, "Friendly",
                LocalDate.of(1980, 1, 1)));
        ProxyApplications applications = fixture.core.proxyApplications();
        ProxyApplications.Applied applied = applications.apply(friend.session(), about(neighbour,
                Relationship.FRIEND, "She asked me to book her appointments."));

        applications.recordWrittenConsent(reception, applied.id());
        assertThatThrownBy(() -> applications.decline(reception, applied.id(), " "))
                .isInstanceOf(InvalidValueException.class);
        applications.decline(reception, applied.id(), "Please come to the desk together so we can talk it through.");

        assertThat(applications.mine(friend.session())).singleElement().satisfies(a -> {
            assertThat(a.status()).isEqualTo(Status.DECLINED);
            assertThat(a.consent()).isEqualTo("WRITTEN");
            assertThat(a.declineReason()).startsWith("Please come to the desk together");
        });
        assertThat(applications.toDecide(reception)).noneMatch(a -> a.id() == applied.id());
    }

    @Test
    void aStrangerLearnsNothing_a12YearOldIsForTheDesk_andAnotherPracticeSeesNothing() {
        Practice practice = fixture.practice();
        StaffMember reception = fixture.staff(practice, StaffRole.RECEPTIONIST);
        CoreFixture.Citizen someone = fixture.activeSelf(reception, fixture.patient(practice, "Someone",
                LocalDate.of(1990, 1, 1)));
        Patient child = fixture.patient(practice, "Twelve", TODAY.minusYears(12));
        ProxyApplications applications = fixture.core.proxyApplications();

        Application wrongBirthday = new Application(child.nhsNumber().value(), "Twelve", TODAY.minusYears(9),
                Relationship.FATHER, Set.of(CitizenService.APPOINTMENTS), "My son");
        Application wrongName = new Application(child.nhsNumber().value(), "Other", child.dateOfBirth(),
                Relationship.FATHER, Set.of(CitizenService.APPOINTMENTS), "My son");
        String first = messageOf(() -> applications.apply(someone.session(), wrongBirthday));
        assertThat(messageOf(() -> applications.apply(someone.session(), wrongName))).isEqualTo(first)
                .startsWith("We could not find a patient");
        assertThatThrownBy(() -> applications.apply(someone.session(), about(child, Relationship.FATHER, "My son")))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("aged 11 to 15");
        assertThat(applications.mine(someone.session())).isEmpty();

        StaffMember elsewhere = fixture.staff(fixture.practice(), StaffRole.RECEPTIONIST);
        Patient baby = fixture.patient(practice, "Baby", TODAY.minusYears(1));
        ProxyApplications.Applied applied = applications.apply(someone.session(), about(baby, Relationship.FATHER,
                "My daughter"));
        assertThat(applications.toDecide(elsewhere)).isEmpty();
        assertThatThrownBy(() -> applications.approve(elsewhere, applied.id(), Set.of(CitizenService.APPOINTMENTS),
                null)).isInstanceOf(NotFoundException.class);
    }

    /** The notices queued for this citizen since last asked (each claimed once). */
    private static java.util.List<String> noticesTo(CoreFixture.Citizen citizen) {
        return fixture.core.outbox().claimDue("test", 1000).stream()
                .filter(n -> n.accountId().equals(citizen.session().accountId()))
                .map(org.citizenservices.core.api.notify.NotificationOutbox.Claimed::notice).toList();
    }

    private static String messageOf(Runnable call) {
        try {
            call.run();
        } catch (RuntimeException refused) {
            return refused.getMessage();
        }
        throw new AssertionError("expected a refusal");
    }
}
