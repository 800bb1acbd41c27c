package org.citizenservices.host.portal.practice;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.StreamResource;
import org.citizenservices.core.api.service.StaffMember;
import org.citizenservices.core.api.service.Times;
import org.citizenservices.core.api.vua.AccountDetails;
import org.citizenservices.core.api.vua.IdentityCheck;
import org.citizenservices.core.api.vua.IdentityDocument;
import org.citizenservices.core.api.vua.IdentityVerificationDetails;
import org.citizenservices.core.api.vua.VerificationMethod;
import org.citizenservices.spi.Formats;
import org.citizenservices.host.portal.ui.Table;
import org.citizenservices.host.uploads.TikaUploadPolicy;
import org.citizenservices.spi.UploadReceiver;
import java.io.ByteArrayInputStream;
import java.util.List;

/** The account page's identity verification: the checks recorded, their evidence, and the form to record one. */
final class IdentitySection extends AccountSection {

    IdentitySection(Page page) {
        super(page);
        add(identity(page.staff(), page.details(), page.mayManage()));
    }

    private Div identity(StaffMember staff, AccountDetails details, boolean mayManage) {
        Div section = new Div(new H2("Identity verification"));
        Table table = new Table("account-verifications", null, List.of("Verified", "How", "Evidence", "GP2GP"));
        for (IdentityVerificationDetails v : details.identityVerifications()) {
            Object evidence = v.evidenceReference() == null ? "" : v.evidenceReference();
            if (v.evidenceFileName() != null) {
                long verificationId = v.id();
                StreamResource file = new StreamResource(v.evidenceFileName(), () -> new ByteArrayInputStream(
                        portal.core().identityVerifications().evidence(staff, verificationId).content()));
                Anchor download = new Anchor(file, v.evidenceFileName());
                download.getElement().setAttribute("download", true);
                download.setId("evidence-" + verificationId);
                evidence = download;
            }
            table.row(Formats.date(v.verifiedOn()) + " by " + v.verifiedBy(),
                    v.method().label() + (v.documentType() == null ? "" : ": " + v.documentType().label())
                            + (v.vouchedBy() == null ? "" : " (vouched for by " + v.vouchedBy() + ")"),
                    evidence, v.excludedFromGp2gp() ? "Excluded from GP2GP transfer" : "");
        }
        section.add(details.identityVerifications().isEmpty() ? new Paragraph("Identity not verified yet.") : table);
        if (mayManage) {
            section.add(verifyForm(staff));
        }
        return section;
    }

    private Details verifyForm(StaffMember staff) {
        DatePicker on = new DatePicker("Date verified", Times.today(portal.core().clock()));
        on.setId("idv-date");
        Select<VerificationMethod> method = new Select<>();
        method.setId("idv-method");
        method.setLabel("How");
        method.setItems(VerificationMethod.atTheDesk());
        method.setItemLabelGenerator(VerificationMethod::label);
        method.setValue(VerificationMethod.IDENTITY_DOCUMENTATION);
        Select<IdentityDocument> document = new Select<>();
        document.setId("idv-document");
        document.setLabel("Document seen");
        document.setItems(IdentityDocument.values());
        document.setItemLabelGenerator(IdentityDocument::label);
        TextField vouchedBy = new TextField("Vouched for by (member of staff)");
        vouchedBy.setId("idv-vouched-by");
        vouchedBy.setMaxLength(IdentityCheck.MAX_VOUCHED_BY);
        TextField reference = new TextField("Evidence reference (where a paper copy is kept)");
        reference.setId("idv-reference");
        reference.setMaxLength(IdentityCheck.MAX_EVIDENCE_REFERENCE);
        reference.setWidthFull();
        // streamed to a counted temporary file and stopped at the limit, its type read by Tika (UploadReceiver)
        IdentityCheck.Evidence[] evidence = {null};
        Upload upload = new Upload(new UploadReceiver(
                TikaUploadPolicy.installed().atMost(IdentityCheck.Evidence.MAX_BYTES), TikaUploadPolicy.PHOTOS_OR_PDF,
                (name, bytes) -> messages.run(() -> evidence[0] = new IdentityCheck.Evidence(name, "", bytes)),
                messages::error));
        upload.setId("idv-upload");
        upload.setAcceptedFileTypes("image/png", "image/jpeg", "application/pdf", ".png", ".jpg", ".jpeg", ".pdf");
        upload.setMaxFileSize(IdentityCheck.Evidence.MAX_BYTES);
        upload.setMaxFiles(1);
        upload.setDropLabel(new com.vaadin.flow.component.html.Span("Scan of the document: PNG, JPEG or PDF, up to 5 MB"));
        method.addValueChangeListener(change -> {
            boolean documents = change.getValue() == VerificationMethod.IDENTITY_DOCUMENTATION;
            document.setVisible(documents);
            vouchedBy.setVisible(!documents);
        });
        vouchedBy.setVisible(false);
        Button save = new Button("Record identity verification", click -> changed(() -> {
            boolean documents = method.getValue() == VerificationMethod.IDENTITY_DOCUMENTATION;
            portal.core().identityVerifications().verifyIdentity(staff, vuaId, new IdentityCheck(on.getValue(), method.getValue(),
                    documents ? document.getValue() : null, documents ? null : vouchedBy.getValue(),
                    reference.getValue(), evidence[0]));
        }, "Identity verification recorded."));
        save.setId("idv-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        VerticalLayout form = new VerticalLayout(on, method, document, vouchedBy, reference, upload, save);
        form.setPadding(false);
        Details details = new Details("Record an identity verification", form);
        details.setId("idv-form");
        return details;
    }
}
