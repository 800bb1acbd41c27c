package org.citizenservices.consultations.internal;

import jakarta.persistence.EntityManagerFactory;
import org.citizenservices.spi.ActingFor;
import org.citizenservices.spi.CitizenService;
import org.citizenservices.spi.CurrentCitizen;
import org.citizenservices.spi.ServiceAccess;
import org.citizenservices.spi.UnitsOfWork;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The citizen's side: the form, sending a request through the red-flag screen and the opening hours, and the
 * patient's requests with their outcomes. Every operation asks the host's access rule first ({@link ServiceAccess}),
 * so the portal's pages and the patient API get the same answers.
 */
public final class OnlineConsultations {

    /** The module's own citizen service; a practice offers it under Practice services. */
    public static final CitizenService SERVICE = new CitizenService("ONLINE_CONSULTATIONS");

    private static final Logger LOG = LoggerFactory.getLogger(OnlineConsultations.class);

    private final EntityManagerFactory factory;
    private final ServiceAccess access;
    private final Clock clock;
    private final RedFlagScreen screen;
    private final PracticeRedFlags practiceFlags;
    private final Availability availability;
    private final OptionalModules modules;

    public OnlineConsultations(EntityManagerFactory factory, ServiceAccess access, Clock clock, RedFlagScreen screen,
                               PracticeRedFlags practiceFlags, Availability availability, OptionalModules modules) {
        this.factory = factory;
        this.access = access;
        this.clock = clock;
        this.screen = screen;
        this.practiceFlags = practiceFlags;
        this.availability = availability;
        this.modules = modules;
    }

    /** What the form offers now for the patient the citizen acts for. */
    public ConsultationForm form() {
        CurrentCitizen citizen = access.require(SERVICE);
        Availability.Now now = availability.at(citizen.odsCode(), now());
        return new ConsultationForm(now.open(), now.opensAt(), now.words(),
                Arrays.stream(AdminType.values()).map(t -> new AdminTypeOption(t.name(), t.label())).toList(),
                questions(citizen.odsCode()), screen.version());
    }

    /**
     * The red-flag screen alone, as the portal asks it before the rest of the form: refused unless every question is
     * answered, and {@link UrgentCareAdvised} on any "yes".
     */
    public void screen(Map<String, Boolean> answers) {
        screenRedFlags(access.require(SERVICE).odsCode(), answers);
    }

    /**
     * Sends a request: every red-flag question answered (else refused), any "yes" stops it with the urgent-care advice
     * whether the practice is open or not, then the opening hours, then the content.
     */
    public ConsultationSummary submit(NewConsultation request) {
        CurrentCitizen citizen = access.require(SERVICE);
        screenRedFlags(citizen.odsCode(), request.redFlags());
        Availability.Now now = availability.at(citizen.odsCode(), now());
        if (!now.open()) {
            access.audit("ONLINE_CONSULTATION_CLOSED", "refused while closed");
            throw new ServiceClosed(now.words());
        }
        CheckedRequest checked = CheckedRequest.of(request);
        ActingFor patient = citizen.actingFor();
        LocalDateTime received = now();
        Consultation stored = UnitsOfWork.write(factory, em -> {
            Consultation consultation = new Consultation(citizen.odsCode(), patient.patientId(), checked,
                    screen.version(), sentBy(citizen), citizen.accountId(), received,
                    availability.hours().dueBy(received));
            em.persist(consultation);
            em.flush();
            return consultation;
        });
        // the audit says what happened, never what was written: the text is clinical
        access.audit("ONLINE_CONSULTATION_SENT", "request " + stored.id() + " (" + checked.kind() + ")");
        openConversation(stored);
        return stored.summary();
    }

    /** The patient's requests, newest first. */
    public List<ConsultationSummary> mine() {
        long patientId = access.require(SERVICE).actingFor().patientId();
        List<ConsultationSummary> found = UnitsOfWork.read(factory, em -> em.createQuery(
                        "SELECT c FROM Consultation c WHERE c.patientId = :patient ORDER BY c.receivedAt DESC, c.id DESC",
                        Consultation.class)
                .setParameter("patient", patientId).getResultList().stream().map(Consultation::summary).toList());
        access.audit("ONLINE_CONSULTATIONS_VIEWED", found.size() + " requests");
        return found;
    }

    private List<RedFlagQuestion> questions(String practiceOds) {
        List<RedFlagQuestion> all = new ArrayList<>(screen.questions());
        all.addAll(practiceFlags.questions(practiceOds));
        return all;
    }

    private void screenRedFlags(String practiceOds, Map<String, Boolean> answers) {
        Map<String, Boolean> given = answers == null ? Map.of() : answers;
        List<RedFlagQuestion> asked = questions(practiceOds);
        Set<String> ids = new HashSet<>();
        asked.forEach(q -> ids.add(q.id()));
        List<String> unknown = given.keySet().stream().filter(id -> !ids.contains(id)).sorted().toList();
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException("These are not questions of the form: " + String.join(", ",
                    unknown.stream().limit(3).map(id -> id.length() > 40 ? id.substring(0, 40) + "…" : id).toList())
                    + (unknown.size() > 3 ? " and " + (unknown.size() - 3) + " more" : "") + ". Ask for the form"
                    + " again.");
        }
        long unanswered = asked.stream().filter(q -> given.get(q.id()) == null).count();
        if (unanswered > 0) {
            throw new IllegalArgumentException("Answer every safety question first: " + unanswered
                    + (unanswered == 1 ? " is" : " are") + " not answered.");
        }
        if (given.containsValue(Boolean.TRUE)) {
            // nothing of the request is kept: only that the advice was given, under which screen
            access.audit("ONLINE_CONSULTATION_URGENT_ADVICE", "red-flag screen " + screen.version());
            throw new UrgentCareAdvised(screen.advice());
        }
    }

    /** With messaging available, the practice's reply can come in a conversation the patient can answer. */
    private void openConversation(Consultation consultation) {
        if (!access.isAvailable(CitizenService.MESSAGING)) {
            // a proxy without MESSAGING, say: the outcome is shown with the request and the sender notified
            return;
        }
        modules.conversations().ifPresent(conversations -> {
            try {
                long id = conversations.start("Online consultation " + consultation.id() + ": "
                        + consultation.title(), "I sent an online consultation (reference " + consultation.id()
                        + "). The practice's reply about it will come in this conversation.");
                UnitsOfWork.write(factory, em -> {
                    em.find(Consultation.class, consultation.id()).conversation(id);
                    return null;
                });
            } catch (RuntimeException refused) {
                // messaging refused the conversation: the outcome is shown with the request instead
                LOG.debug("No conversation for online consultation {}: {}", consultation.id(),
                        refused.getMessage());
            }
        });
    }

    private static String sentBy(CurrentCitizen citizen) {
        ActingFor patient = citizen.actingFor();
        return patient.self() ? citizen.displayName()
                : citizen.displayName() + " (" + patient.relationship().toLowerCase(Locale.ROOT) + ")";
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock);
    }
}
