package org.citizenservices.core.api.integration;

import org.citizenservices.core.api.operator.Provisioning;

import java.time.Duration;
import java.util.Optional;
import java.util.Set;

/**
 * Clients of the practice integration API: a practice's clinical system, registered by the operator for that one
 * practice with the scopes it may use, which trades its id and secret for short-lived bearer tokens (OAuth 2.0 client
 * credentials). Secrets and tokens are kept only as SHA-256s; every token asked for is audited.
 */
public interface ApiClients {

    Duration TOKEN_LIFETIME = Duration.ofMinutes(15);

    /** Bulk import of patients and their records (FHIR R4). */
    String SCOPE_IMPORT = "import";

    Set<String> SCOPES = Set.of(SCOPE_IMPORT);

    /** The audit trail's name for the channel. */
    String PRACTICE_API = "practice integration API";

    /** A new client and its secret, which is shown this once. */
    record Registered(String clientId, String clientSecret, String odsCode, Set<String> scopes) {
    }

    /** A bearer token and what it allows. */
    record Token(String accessToken, Duration expiresIn, Set<String> scopes) {
    }

    /** The client a bearer token belongs to, as the API's handlers see it. */
    record Caller(String clientId, String name, long practiceId, String odsCode, Set<String> scopes) {

        public boolean may(String scope) {
            return scopes.contains(scope);
        }

        /** How the audit trail names the client's acts: "EMIS Web (client 3f2…)", at its practice. */
        public org.citizenservices.core.api.service.Actor actor() {
            return new org.citizenservices.core.api.service.Actor(name + " (client " + clientId + ")",
                    org.citizenservices.core.api.service.ActingAs.SYSTEM, practiceId, PRACTICE_API);
        }
    }

    /** A client as its practice's administrator sees it: never its secret. */
    record Client(String clientId, String name, Set<String> scopes, java.time.LocalDateTime createdAt,
                  String createdBy, java.time.LocalDateTime revokedAt) {
    }

    Registered add(Provisioning.Operator operator, String odsCode, String name, Set<String> scopes);

    /** The practice administrator registers a client of their own practice; the secret is shown this once. */
    Registered add(org.citizenservices.core.api.service.StaffMember admin, String name, Set<String> scopes);

    /** The practice's clients, live and revoked, newest first: for its administrator. */
    java.util.List<Client> clients(org.citizenservices.core.api.service.StaffMember admin);

    /** The practice administrator ends a client of their own practice. */
    void revoke(org.citizenservices.core.api.service.StaffMember admin, String clientId);

    /** Ends the client at once: its tokens stop working and it cannot get more. */
    void revoke(Provisioning.Operator operator, String clientId);

    /**
     * A token for a client that shows its secret, with the scopes asked for (all of its own when none are); empty,
     * and audited as refused, for a wrong or revoked client or a scope it does not have.
     */
    Optional<Token> token(String clientId, String clientSecret, Set<String> requestedScopes);

    /** The client a live token belongs to; empty for an unknown or expired token or a revoked client. */
    Optional<Caller> caller(String accessToken);
}
