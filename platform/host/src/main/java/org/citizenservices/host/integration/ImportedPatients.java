package org.citizenservices.host.integration;

import org.citizenservices.core.api.domain.ContactDetails;
import org.citizenservices.core.api.domain.InvalidValueException;
import org.citizenservices.core.api.domain.NhsNumber;
import org.citizenservices.core.api.domain.PersonName;
import org.citizenservices.core.api.patient.NewPatient;
import org.citizenservices.core.api.patient.Sex;
import org.hl7.fhir.r4.model.Address;
import org.hl7.fhir.r4.model.ContactPoint;
import org.hl7.fhir.r4.model.HumanName;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.StringType;

import java.util.stream.Collectors;

/**
 * A UK Core Patient as the register holds it: the NHS number (Modulus 11 checked), the official name, date of
 * birth, administrative gender, the home address and the mobile or home telephone and e-mail.
 */
final class ImportedPatients {

    static final String NHS_NUMBER_SYSTEM = "https://fhir.nhs.uk/Id/nhs-number";

    private ImportedPatients() {
    }

    /** @throws InvalidValueException saying what is missing or wrong */
    static NewPatient from(Patient patient) {
        String nhs = patient.getIdentifier().stream().filter(i -> NHS_NUMBER_SYSTEM.equals(i.getSystem()))
                .filter(Identifier::hasValue).map(Identifier::getValue).findFirst()
                .orElseThrow(() -> new InvalidValueException("A Patient needs an identifier in " + NHS_NUMBER_SYSTEM
                        + "."));
        NhsNumber number = new NhsNumber(nhs);
        HumanName name = patient.getName().stream().filter(n -> n.getUse() == HumanName.NameUse.OFFICIAL)
                .findFirst().orElse(patient.getName().isEmpty() ? null : patient.getName().get(0));
        if (name == null || !name.hasFamily() || !name.hasGiven()) {
            throw new InvalidValueException("Patient " + number + " needs a name with given and family parts.");
        }
        java.time.LocalDate born = birthDate(patient, number);
        String prefix = name.getPrefix().isEmpty() ? null : name.getPrefix().get(0).getValue();
        PersonName person = new PersonName(prefix, name.getGiven().stream().map(StringType::getValue)
                .collect(Collectors.joining(" ")), name.getFamily());
        return new NewPatient(number, person, born, sex(patient), contact(patient));
    }

    /** The day of birth as written: a register needs the whole date, not a year or a month. */
    private static java.time.LocalDate birthDate(Patient patient, NhsNumber number) {
        String written = patient.hasBirthDate() ? patient.getBirthDateElement().getValueAsString() : null;
        try {
            return java.time.LocalDate.parse(written == null ? "" : written);
        } catch (java.time.format.DateTimeParseException partial) {
            throw new InvalidValueException("Patient " + number + " needs a full birthDate (YYYY-MM-DD).");
        }
    }

    private static Sex sex(Patient patient) {
        if (!patient.hasGender()) {
            return Sex.UNKNOWN;
        }
        return switch (patient.getGender()) {
            case MALE -> Sex.MALE;
            case FEMALE -> Sex.FEMALE;
            case OTHER -> Sex.OTHER;
            default -> Sex.UNKNOWN;
        };
    }

    private static ContactDetails contact(Patient patient) {
        Address home = patient.getAddress().stream().filter(a -> a.getUse() == Address.AddressUse.HOME).findFirst()
                .orElse(patient.getAddress().isEmpty() ? null : patient.getAddress().get(0));
        String address = home == null ? null : java.util.stream.Stream.concat(home.getLine().stream()
                        .map(StringType::getValue), java.util.stream.Stream.of(home.getCity()))
                .filter(part -> part != null && !part.isBlank()).collect(Collectors.joining(", "));
        String telephone = telecom(patient, ContactPoint.ContactPointSystem.PHONE);
        String email = telecom(patient, ContactPoint.ContactPointSystem.EMAIL);
        return ContactDetails.of(address == null || address.isBlank() ? null : address,
                home == null ? null : home.getPostalCode(), telephone, email);
    }

    /** The mobile number first, then any; the first e-mail address. */
    private static String telecom(Patient patient, ContactPoint.ContactPointSystem system) {
        return patient.getTelecom().stream().filter(t -> t.getSystem() == system)
                .sorted(java.util.Comparator.comparing(t -> t.getUse() == ContactPoint.ContactPointUse.MOBILE ? 0 : 1))
                .map(ContactPoint::getValue).findFirst().orElse(null);
    }
}
