package org.citizenservices.example.citizenapp;

import org.citizenservices.client.model.Appointment;
import org.citizenservices.client.model.BookRequest;
import org.citizenservices.client.model.MedicationCourse;
import org.citizenservices.client.model.NewConversation;
import org.citizenservices.client.model.NewPrescriptionRequest;
import org.citizenservices.client.model.PatientLink;

import java.io.IOException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One patient's services — appointments, record, prescriptions, messages — each offered only when the practice's
 * system lists it for that patient now, at the record level it gives. What the person asks for goes through the
 * generated client; a refusal is shown in the API's own plain words, above the page, and nothing else changes.
 */
final class PatientPages {

    private static final Map<String, String> SERVICES = Map.of("appointments", "APPOINTMENTS", "record", "RECORD",
            "prescriptions", "PRESCRIPTIONS", "messages", "MESSAGING");

    private final ServicePages services;

    PatientPages(ServicePages services) {
        this.services = services;
    }

    /** {@code /patients/{linkId}/{service}[/{id}/cancel]}. */
    void serve(Web web, AppAccounts.Account account, String[] path) throws IOException {
        Map<String, Object> page = new HashMap<>();
        try {
            Optional<PatientLink> found = path.length >= 3 ? services.patient(web, account, path[1]) : Optional.empty();
            String service = path.length >= 3 ? SERVICES.get(path[2]) : null;
            if (found.isEmpty() || service == null) {
                web.response.sendError(404, "There is no such page.");
                return;
            }
            PatientLink patient = found.get();
            page.put("patient", patient);
            page.put("proxy", patient.getAssociationType() == PatientLink.AssociationTypeEnum.PROXY);
            if (!patient.getServices().contains(service)) {
                page.put("unavailable", true);
                web.render(path[2], page);
                return;
            }
            if (web.isPost()) {
                if (web.forgedPost()) {
                    return;
                }
                String done = act(web, account, patient.getPatientLinkId(), path);
                page.put("done", done);
            }
        } catch (Trouble trouble) {
            page.put("problems", List.of(trouble.getMessage()));
        }
        try {
            if (page.containsKey("patient") && !page.containsKey("unavailable")) {
                show(web, account, ((PatientLink) page.get("patient")).getPatientLinkId(), path[2], page);
            }
        } catch (Trouble trouble) {
            page.put("problems", List.of(trouble.getMessage()));
        }
        web.render(path[2], page);
    }

    private String act(Web web, AppAccounts.Account account, String link, String[] path) throws Trouble {
        switch (path[2]) {
            case "appointments" -> {
                if (path.length == 5 && path[4].equals("cancel")) {
                    services.call(web, account, c -> {
                        c.appointments().cancelAppointment(link, path[3], null);
                        return null;
                    });
                    return "The appointment is cancelled.";
                }
                Appointment booked = services.call(web, account, c -> c.appointments().bookAppointment(link,
                        new BookRequest().slotId(web.field("slotId")).reason(blankToNull(web.field("reason")))));
                return "Booked: " + Dates.slot(booked.getSlot().getStart()) + " with "
                        + booked.getSlot().getClinician().getName() + ".";
            }
            case "prescriptions" -> {
                List<String> courses = web.fields("courseId");
                if (courses.isEmpty()) {
                    throw new Trouble(400, "Choose at least one medicine to order");
                }
                NewPrescriptionRequest order = new NewPrescriptionRequest().comment(blankToNull(web.field("comment")));
                courses.forEach(order::addCourseIdsItem);
                services.call(web, account, c -> c.prescriptions().requestPrescription(link, order));
                return "Your order is sent to the practice.";
            }
            case "messages" -> {
                services.call(web, account, c -> c.messages().startConversation(link, new NewConversation()
                        .subject(web.field("subject")).body(web.field("body"))));
                return "Your message is sent. The practice replies within two working days.";
            }
            default -> throw new Trouble(405, "There is nothing to send on this page.");
        }
    }

    private void show(Web web, AppAccounts.Account account, String link, String service, Map<String, Object> page)
            throws Trouble {
        switch (service) {
            case "appointments" -> {
                LocalDate from = ServicePages.date(web.request.getParameter("from"), LocalDate.now());
                page.put("from", from);
                page.put("slots", services.call(web, account, c -> c.appointments().listFreeSlots(link, from,
                        from.plusDays(6), null, null, null)).getSlots());
                page.put("appointments", services.call(web, account, c -> c.appointments()
                        .listAppointments(link, false)).getAppointments());
            }
            case "record" -> {
                String section = web.request.getParameter("section");
                page.put("record", services.call(web, account, c -> c.record().readRecord(link,
                        section == null || section.isBlank() ? null : section, null, null, 200)));
            }
            case "prescriptions" -> {
                List<MedicationCourse> courses = services.call(web, account, c -> c.prescriptions()
                        .listMedications(link)).getCourses();
                page.put("courses", courses);
                page.put("requests", services.call(web, account, c -> c.prescriptions()
                        .listPrescriptionRequests(link)).getRequests());
            }
            case "messages" -> page.put("conversations", services.call(web, account, c -> c.messages()
                    .listConversations(link)).getThreads());
            default -> throw new Trouble(404, "There is no such page.");
        }
        page.put("dates", new Dates());
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
