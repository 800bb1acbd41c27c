package org.citizenservices.consultations.internal;

import org.citizenservices.host.uploads.TikaUploadPolicy;
import org.citizenservices.host.uploads.UploadLimits;
import org.citizenservices.persistence.ModulePersistence;
import org.citizenservices.spi.ApiProblem;
import org.citizenservices.spi.Role;
import org.citizenservices.spi.UnitsOfWork;
import org.citizenservices.spi.testing.TestServiceAccess;
import org.citizenservices.spi.testing.TestUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A medical request's optional photo on a real Derby database with the host's real upload check (Apache Tika reads
 * the type from the bytes): a PNG or JPEG within the limit, once, before the practice starts on the request; the
 * patient and the practice's staff can open it, nobody else; every refusal leaves nothing stored; every photo sent
 * and opened is audited without what it shows.
 */
class ConsultationPhotosTest {

    @RegisterExtension
    static final TestUnit<ModulePersistence.OpenUnit> unit = ConsultationsFixture.unit();
    static final TestServiceAccess ACCESS = new TestServiceAccess();
    static final int LIMIT = 64 * 1024;

    ConsultationsFixture f;
    ConsultationPhotos photos;

    @BeforeEach
    void fixture() {
        f = new ConsultationsFixture(unit.get(), ACCESS, OptionalModules.NONE);
        photos = new ConsultationPhotos(unit.get().entityManagerFactory(), ACCESS,
                new TikaUploadPolicy(new UploadLimits(LIMIT, 2L * LIMIT)));
    }

    @Test
    void aPhotoGoesWithAMedicalRequest_andThePatientAndTheirPracticeCanOpenIt() throws IOException {
        long patient = f.access.newPatient(true);
        ConsultationSummary sent = f.consultations.submit(f.medical("A rash on my arm"));
        byte[] png = image("png");

        PhotoInfo added = photos.attach(sent.id(), png);

        assertThat(added).isEqualTo(new PhotoInfo("image/png", png.length));
        assertThat(f.consultations.mine()).filteredOn(c -> c.id() == sent.id()).singleElement()
                .extracting(ConsultationSummary::photo).isEqualTo(added);
        PhotoFile own = photos.photo(sent.id());
        assertThat(own.content()).isEqualTo(png);
        assertThat(own.contentType()).isEqualTo("image/png");
        assertThat(own.fileName()).isEqualTo("online-consultation-" + sent.id() + "-photo.png");
        assertThat(f.access.audit).extracting(TestServiceAccess.Audited::action)
                .contains("ONLINE_CONSULTATION_PHOTO_SENT", "ONLINE_CONSULTATION_PHOTO_OPENED");
        assertThat(f.access.audit).filteredOn(a -> a.action().startsWith("ONLINE_CONSULTATION_PHOTO"))
                .allMatch(a -> a.patientId() == patient && a.detail().startsWith("request " + sent.id()));

        f.access.staff(Role.STAFF, Role.RECEPTIONIST);
        assertThat(f.queue.queue(QueueFilter.NEW)).filteredOn(i -> i.request().id() == sent.id()).singleElement()
                .satisfies(item -> assertThat(item.request().photo()).isEqualTo(added));
        assertThat(photos.practicePhoto(sent.id()).content()).isEqualTo(png);
        assertThat(f.access.audit.get(f.access.audit.size() - 1))
                .isEqualTo(new TestServiceAccess.Audited(patient, "ONLINE_CONSULTATION_PHOTO_OPENED",
                        "request " + sent.id()));
    }

    @Test
    void aJpegIsAPhotoToo_butAPdfOrTextIsNot_whateverItsName_andNothingIsStored() throws IOException {
        f.access.newPatient(true);
        ConsultationSummary sent = f.consultations.submit(f.medical("A swollen ankle"));
        byte[] pdf = "%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

        assertThatThrownBy(() -> photos.attach(sent.id(), pdf)).isInstanceOfSatisfying(ApiProblem.class,
                refused -> assertThat(refused.status()).isEqualTo(415));
        assertThatThrownBy(() -> photos.attach(sent.id(), "just text".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOfSatisfying(ApiProblem.class, refused -> assertThat(refused.status()).isEqualTo(415));
        assertThatThrownBy(() -> photos.attach(sent.id(), new byte[0])).isInstanceOf(IllegalArgumentException.class);
        assertThat(storedPhotos(sent.id())).isZero();
        assertThatThrownBy(() -> photos.photo(sent.id())).isInstanceOfSatisfying(ApiProblem.class,
                refused -> assertThat(refused.status()).isEqualTo(404));

        assertThat(photos.attach(sent.id(), image("jpeg")).contentType()).isEqualTo("image/jpeg");
    }

    @Test
    void aPhotoOverTheLimit_isRefusedWith413() {
        f.access.newPatient(true);
        ConsultationSummary sent = f.consultations.submit(f.medical("A mole that has changed"));
        byte[] large = new byte[LIMIT + 1];
        System.arraycopy(new byte[]{(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'}, 0, large, 0, 8);

        assertThatThrownBy(() -> photos.attach(sent.id(), large)).isInstanceOfSatisfying(ApiProblem.class,
                refused -> assertThat(refused.status()).isEqualTo(413));
        assertThat(storedPhotos(sent.id())).isZero();
    }

    @Test
    void onlyOnePhoto_onlyOnAMedicalRequest_andOnlyBeforeThePracticeStartsOnIt() throws IOException {
        f.access.newPatient(true);
        ConsultationSummary admin = f.consultations.submit(f.fitNote());
        ConsultationSummary medical = f.consultations.submit(f.medical("Sore throat"));
        ConsultationSummary started = f.consultations.submit(f.medical("Back pain"));
        long patient = f.access.currentCitizen().orElseThrow().actingFor().patientId();
        f.access.staff(Role.STAFF, Role.RECEPTIONIST);
        f.queue.assign(started.id(), "Dr Asha Patel");
        f.access.citizenFor(patient, true);

        assertThatThrownBy(() -> photos.attach(admin.id(), image("png"))).isInstanceOfSatisfying(ApiProblem.class,
                refused -> assertThat(refused.status()).isEqualTo(409));
        photos.attach(medical.id(), image("png"));
        assertThatThrownBy(() -> photos.attach(medical.id(), image("jpeg")))
                .isInstanceOfSatisfying(ApiProblem.class, refused -> assertThat(refused.status()).isEqualTo(409));
        assertThatThrownBy(() -> photos.attach(started.id(), image("png")))
                .isInstanceOfSatisfying(ApiProblem.class, refused -> assertThat(refused.getMessage())
                        .contains("started on this request"));
        assertThat(storedPhotos(admin.id()) + storedPhotos(started.id())).isZero();
        assertThat(photos.photo(medical.id()).contentType()).isEqualTo("image/png");
    }

    @Test
    void anotherPatientOrAnotherPractice_getsNotFound_forTheSameRequest() throws IOException {
        f.access.newPatient(true);
        ConsultationSummary sent = f.consultations.submit(f.medical("Itchy eyes"));
        photos.attach(sent.id(), image("png"));

        f.access.newPatient(true);
        assertThatThrownBy(() -> photos.photo(sent.id())).isInstanceOfSatisfying(ApiProblem.class,
                refused -> assertThat(refused.status()).isEqualTo(404));
        assertThatThrownBy(() -> photos.attach(sent.id(), image("png"))).isInstanceOfSatisfying(ApiProblem.class,
                refused -> assertThat(refused.status()).isEqualTo(404));
        f.access.staffAt("A12345", Role.STAFF, Role.CLINICIAN);
        assertThatThrownBy(() -> photos.practicePhoto(sent.id())).isInstanceOfSatisfying(ApiProblem.class,
                refused -> assertThat(refused.status()).isEqualTo(404));
    }

    private long storedPhotos(long consultationId) {
        return UnitsOfWork.read(unit.get().entityManagerFactory(), em -> em.createQuery(
                        "select count(p) from ConsultationPhoto p where p.consultationId = :id", Long.class)
                .setParameter("id", consultationId).getSingleResult());
    }

    private static byte[] image(String format) throws IOException {
        BufferedImage image = new BufferedImage(8, 8, BufferedImage.TYPE_INT_RGB);
        image.setRGB(3, 3, 0xcc3333);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, format, out);
        return out.toByteArray();
    }
}
