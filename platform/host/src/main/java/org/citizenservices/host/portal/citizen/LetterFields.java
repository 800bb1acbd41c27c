package org.citizenservices.host.portal.citizen;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.TextField;
import org.citizenservices.core.api.domain.InvalidValueException;
import org.citizenservices.core.api.domain.PersonName;
import org.citizenservices.core.api.vua.LinkageDetails;
import org.citizenservices.host.portal.ui.MemorableDate;
import org.citizenservices.host.portal.ui.Messages;

import java.util.List;

import static org.citizenservices.host.portal.ui.FormFields.bounded;

/**
 * The five details of a registration letter as the citizen types them: setting up the online account and adding an
 * account at another practice ask for the same, with the same hints and the same error messages.
 */
final class LetterFields {

    final TextField accountId = new TextField("Account ID");
    final TextField key = new TextField("Registration key");
    final TextField odsCode = new TextField("Practice code (ODS code)");
    final TextField surname = new TextField("Surname");
    final MemorableDate dateOfBirth;

    /** {@code prefix} keeps the ids of two forms on one page apart: "register" gives "register-account-id". */
    LetterFields(String prefix) {
        dateOfBirth = new MemorableDate(prefix + "-dob", "Date of birth", "date of birth");
        bounded(accountId, prefix + "-account-id", LinkageDetails.MAX_ACCOUNT_ID)
                .setHelperText("On your registration letter, for example DEMO100001");
        bounded(key, prefix + "-key", LinkageDetails.MAX_KEY, Autocomplete.OFF)
                .setHelperText("16 letters and numbers on your registration letter; capital letters matter");
        bounded(odsCode, prefix + "-ods", LinkageDetails.MAX_ODS_CODE)
                .setHelperText("On your registration letter, for example Y99999");
        bounded(surname, prefix + "-surname", PersonName.MAX_NAME, Autocomplete.FAMILY_NAME);
        for (HasSize field : new HasSize[]{accountId, key, odsCode, surname}) {
            field.setWidthFull();
        }
    }

    Component[] components() {
        return new Component[]{accountId, key, odsCode, surname, dateOfBirth};
    }

    /** Adds a problem for each detail left out, in the order the form shows them. */
    void check(List<Messages.Problem> problems) {
        Messages.requireText(problems, accountId, "Enter the account ID from your registration letter");
        Messages.requireText(problems, key, "Enter the registration key from your registration letter");
        Messages.requireText(problems, odsCode, "Enter the practice code from your registration letter");
        Messages.requireText(problems, surname, "Enter your surname");
        try {
            dateOfBirth.value();
        } catch (InvalidValueException invalid) {
            problems.add(new Messages.Problem(invalid.getMessage(), dateOfBirth));
        }
    }

    LinkageDetails details() {
        return new LinkageDetails(accountId.getValue(), key.getValue(), surname.getValue(), dateOfBirth.value(),
                odsCode.getValue());
    }

    void clear() {
        for (TextField field : new TextField[]{accountId, key, odsCode, surname}) {
            field.clear();
        }
    }
}
