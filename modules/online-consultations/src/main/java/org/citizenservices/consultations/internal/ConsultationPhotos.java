package org.citizenservices.consultations.internal;

import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.LockModeType;
import org.citizenservices.spi.CurrentCitizen;
import org.citizenservices.spi.CurrentStaff;
import org.citizenservices.spi.Role;
import org.citizenservices.spi.ServiceAccess;
import org.citizenservices.spi.UnitsOfWork;
import org.citizenservices.spi.UploadPolicy;
import org.citizenservices.spi.UploadRefused;

import java.util.Set;

/**
 * The optional photo of a medical request (a rash, a wound): one PNG or JPEG — its type read by the host from its
 * bytes ({@link UploadPolicy}), never its name — within the installation's file limit, sent with the request or
 * straight after it, before the practice starts on it. Everything is checked before anything is stored. The patient
 * (or their proxy) and the practice's staff can open it; every opening and every photo sent is audited, never with
 * what the photo shows.
 */
public final class ConsultationPhotos {

    /** The types a photo may be, as read from the content. */
    public static final Set<String> TYPES = Set.of("image/png", "image/jpeg");

    private final EntityManagerFactory factory;
    private final ServiceAccess access;
    private final UploadPolicy uploads;

    public ConsultationPhotos(EntityManagerFactory factory, ServiceAccess access, UploadPolicy uploads) {
        this.factory = factory;
        this.access = access;
        this.uploads = uploads;
    }

    /** The installation's limits, for the upload box. */
    public UploadPolicy policy() {
        return uploads;
    }

    /** What the upload box says before anyone chooses a file. */
    public String rules() {
        return "If it helps to show the problem (a rash, say), add one photo: PNG or JPEG, at most "
                + UploadPolicy.describe(uploads.maxFileBytes()) + ".";
    }

    /** Adds the photo to one of the patient's medical requests that the practice has not started on yet. */
    public PhotoInfo attach(long consultationId, byte[] content) {
        CurrentCitizen citizen = access.require(OnlineConsultations.SERVICE);
        String type = check(content);
        PhotoInfo added = UnitsOfWork.write(factory, em -> {
            Consultation consultation = em.find(Consultation.class, consultationId, LockModeType.PESSIMISTIC_WRITE);
            if (consultation == null || !consultation.sentFor(citizen)) {
                throw PhotoRefused.notFound();
            }
            if (consultation.kind() != ConsultationKind.MEDICAL) {
                throw PhotoRefused.cannotTake("Only a medical request carries a photo.");
            }
            if (consultation.photo() != null) {
                throw PhotoRefused.cannotTake("This request already has its photo.");
            }
            if (consultation.status() != ConsultationStatus.RECEIVED) {
                throw PhotoRefused.cannotTake("The practice has started on this request: send the photo in a"
                        + " message, or ask for it when they contact you.");
            }
            em.persist(new ConsultationPhoto(consultation.id(), content));
            consultation.photo(type, content.length);
            return consultation.photo();
        });
        access.audit("ONLINE_CONSULTATION_PHOTO_SENT", "request " + consultationId + ", " + type + ", "
                + added.size() + " bytes");
        return added;
    }

    /** The photo of one of the patient's requests. */
    public PhotoFile photo(long consultationId) {
        CurrentCitizen citizen = access.require(OnlineConsultations.SERVICE);
        PhotoFile file = UnitsOfWork.read(factory, em -> {
            Consultation consultation = em.find(Consultation.class, consultationId);
            if (consultation == null || !consultation.sentFor(citizen)) {
                throw PhotoRefused.notFound();
            }
            return file(em.find(ConsultationPhoto.class, consultationId), consultation);
        });
        access.audit("ONLINE_CONSULTATION_PHOTO_OPENED", "request " + consultationId);
        return file;
    }

    /** For the practice's staff: the photo of a request on their practice's queue. */
    public PhotoFile practicePhoto(long consultationId) {
        CurrentStaff staff = access.requireStaff(Role.STAFF);
        long[] patient = {0};
        PhotoFile file = UnitsOfWork.read(factory, em -> {
            Consultation consultation = TriageQueue.onQueue(em, access, staff, consultationId);
            if (consultation == null) {
                // the same answer whether it does not exist or belongs to another practice
                throw PhotoRefused.notFound();
            }
            patient[0] = consultation.patientId();
            return file(em.find(ConsultationPhoto.class, consultationId), consultation);
        });
        access.auditPatient(patient[0], "ONLINE_CONSULTATION_PHOTO_OPENED", "request " + consultationId);
        return file;
    }

    private static PhotoFile file(ConsultationPhoto photo, Consultation consultation) {
        PhotoInfo info = consultation.photo();
        if (photo == null || info == null) {
            throw PhotoRefused.noPhoto();
        }
        String extension = info.contentType().equals("image/png") ? ".png" : ".jpg";
        return new PhotoFile("online-consultation-" + consultation.id() + "-photo" + extension, info.contentType(),
                photo.content());
    }

    /** The host's check (size, then type from the bytes), in this module's terms. */
    private String check(byte[] content) {
        try {
            return uploads.check(content == null ? new byte[0] : content, TYPES);
        } catch (UploadRefused refused) {
            throw switch (refused.reason()) {
                case EMPTY -> new IllegalArgumentException(refused.getMessage());
                case TOO_LARGE -> PhotoRefused.tooLarge(refused.getMessage());
                case UNSUPPORTED_TYPE -> PhotoRefused.notAPhoto();
            };
        }
    }
}
