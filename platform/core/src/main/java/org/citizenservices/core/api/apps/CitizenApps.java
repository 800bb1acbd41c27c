package org.citizenservices.core.api.apps;

import org.citizenservices.core.api.operator.Provisioning;
import org.citizenservices.core.api.operator.SupplierSignIn.SupplierAdminMember;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

/**
 * Third-party citizen apps registered with the supplier (R8 Scenario 2). An app links a citizen's account and opens
 * sessions through the patient API only while it shows its client id and secret; the audit trail names it by its
 * registered name and id, whatever it calls itself. The secret is shown once, at registration or rotation, and kept
 * only as a SHA-256. Revoking an app ends every linkage made through it, and with them its sessions, at once.
 */
public interface CitizenApps {

    /** A client id and the secret that goes with it, shown this once. */
    record Credentials(String clientId, String clientSecret) {

        @Override
        public String toString() {
            return "Credentials[" + clientId + "]";
        }
    }

    /** An app that has shown its credentials. */
    record App(long id, String clientId, String name) {

        /** How the audit trail and the citizen's account page name it: "Healthy Me (app 3f2…)". */
        public String label() {
            return name + " (app " + clientId + ")";
        }
    }

    /** An app as the supplier administrator sees it: never its secret. */
    record Registration(String clientId, String name, String contact, List<String> callbackUrls,
                        LocalDateTime createdAt, String createdBy, LocalDateTime secretRotatedAt,
                        LocalDateTime revokedAt, long liveLinkages) {

        public boolean revoked() {
            return revokedAt != null;
        }
    }

    /** The operator registers an app ({@code admin app add}). */
    Credentials register(Provisioning.Operator operator, String name, String contact);

    /** A supplier administrator registers an app. */
    Credentials register(SupplierAdminMember admin, String name, String contact);

    /** Every registered app, live ones first, then by name. */
    List<Registration> apps(SupplierAdminMember admin);

    /** A new secret for the app; the old one stops working at once. Linkages and sessions stay. */
    Credentials rotateSecret(SupplierAdminMember admin, String clientId);

    /** The addresses the app may send people back to (https, or http on localhost for development). */
    void callbackUrls(SupplierAdminMember admin, String clientId, List<String> urls);

    /** Ends the app: it can no longer link or open sessions, and every linkage made through it is revoked. */
    void revoke(SupplierAdminMember admin, String clientId, String reason);

    /** The live app whose credentials these are; empty, and audited as refused, otherwise. */
    Optional<App> authenticate(String clientId, String clientSecret);
}
