package org.citizenservices.core.api.operator;

import org.citizenservices.core.api.practice.ActivationLink;
import org.citizenservices.core.api.practice.PracticeDetails;
import org.citizenservices.core.api.service.StaffRole;
import org.citizenservices.spi.RecordAccessLevel;

import java.time.LocalDateTime;

/**
 * What the supplier's operator does from the command line of a node ({@code citizen-services admin …}) to take a
 * practice live: add practices, their first staff and the supplier's administrators, and run registration letters
 * for patients whose identity a named member of staff verified. Each call is one transaction and audited; the
 * operator is named in every event.
 */
public interface Provisioning {

    /** How long an activation link works. */
    java.time.Duration ACTIVATION_VALID_FOR = ActivationLink.VALID_FOR;

    /**
     * A new practice with the defaults of {@link PracticeDefaults}: every installed capability and the four services
     * switched on, the demo practice's booking rules, SUMMARY record access.
     *
     * @throws org.citizenservices.core.api.domain.InvalidValueException for a malformed ODS code, name or address
     * @throws org.citizenservices.core.api.service.RuleViolationException when the ODS code is taken
     */
    PracticeDetails addPractice(Operator operator, NewPractice practice);

    /** A practice user awaiting activation, and the one-time link that activates them (also e-mailed to them). */
    ActivationLink addStaff(Operator operator, NewStaffUser user);

    /** A supplier administrator awaiting activation, likewise. */
    ActivationLink addSupplierAdmin(Operator operator, NewSupplierAdmin admin);

    /**
     * The registration-letter run for a registered patient: the patient's online account (found by their SELF
     * association, or created), that association with the practice's services, the identity verification by the
     * named member of staff and a fresh linkage key — all as that member of staff's act.
     */
    IssuedLinkage issueLinkage(Operator operator, LinkageRun run);

    /** Who ran the command: the operating-system user at the node, as the audit trail names them. */
    record Operator(String name) {

        public Operator {
            name = name == null || name.isBlank() ? "operator" : name.strip();
        }

        public String label() {
            return "operator " + name + " (admin command)";
        }
    }

    record NewPractice(String odsCode, String name, String address, String postcode, String telephone) {
    }

    record NewStaffUser(String odsCode, String username, String name, String email, StaffRole role) {
    }

    record NewSupplierAdmin(String username, String name, String email) {
    }

    /** {@code method}: VOUCHING, DOCUMENTS (with {@code document}) or EVIDENCE (vouching with information). */
    record LinkageRun(String odsCode, String nhsNumber, String verifiedBy, String method, String document,
                      RecordAccessLevel recordLevel) {
    }

    record IssuedLinkage(String accountId, String linkageKey, String odsCode, boolean newAccount) {
    }
}
