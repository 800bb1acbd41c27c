package org.citizenservices.example.citizenapp;

import org.citizenservices.client.ApiClient;
import org.citizenservices.client.ApiException;
import org.citizenservices.client.api.AppointmentsApi;
import org.citizenservices.client.api.LinkageAndSessionsApi;
import org.citizenservices.client.api.MessagesApi;
import org.citizenservices.client.api.RepeatPrescriptionsApi;
import org.citizenservices.client.api.ViewRecordApi;
import org.citizenservices.client.model.LinkageRequest;
import org.citizenservices.client.model.PatientLink;
import org.citizenservices.client.model.SessionRequest;
import org.citizenservices.client.model.SessionResponse;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Base64;
import java.util.Optional;

/**
 * The practice's system as this app reaches it: only through the generated patient API client. Linking and opening
 * sessions go with the app's registered credentials; everything else with the session's token.
 */
final class Foundation {

    /** What the person copies from their registration letter. */
    record Letter(String accountId, String linkageKey, String odsCode, String surname, LocalDate dateOfBirth) {
    }

    private final String apiBase;
    private final String appCredentials;

    Foundation(String apiBase, String clientId, String clientSecret) {
        this.apiBase = apiBase;
        this.appCredentials = "Basic " + Base64.getEncoder().encodeToString((clientId + ":" + clientSecret)
                .getBytes(StandardCharsets.UTF_8));
    }

    /** Links the letter's account to this app: the access identity to keep. */
    String link(Letter letter) throws Trouble {
        try {
            return new LinkageAndSessionsApi(client(appCredentials)).createLinkage(new LinkageRequest()
                    .accountId(letter.accountId()).linkageKey(letter.linkageKey()).odsCode(letter.odsCode())
                    .surname(letter.surname()).dateOfBirth(letter.dateOfBirth())).getAccessIdentity();
        } catch (ApiException e) {
            throw Trouble.of(e);
        }
    }

    /** A session for the linked account. */
    Connection open(String accessIdentity) throws Trouble {
        try {
            SessionResponse session = new LinkageAndSessionsApi(client(appCredentials))
                    .openSession(new SessionRequest().accessIdentity(accessIdentity));
            return new Connection(session, client("Bearer " + session.getSessionToken()));
        } catch (ApiException e) {
            throw Trouble.of(e);
        }
    }

    private ApiClient client(String authorization) {
        ApiClient client = new ApiClient();
        client.updateBaseUri(apiBase);
        client.setConnectTimeout(Duration.ofSeconds(5));
        client.setReadTimeout(Duration.ofSeconds(20));
        client.setRequestInterceptor(request -> request.header("Authorization", authorization));
        return client;
    }

    /** An open session: the people the account may act for, and the APIs to act with. */
    record Connection(SessionResponse session, ApiClient client) {

        /** Ends the session at the practice's system; one already ended is no matter. */
        void end() {
            try {
                new LinkageAndSessionsApi(client).endSession();
            } catch (ApiException alreadyEnded) {
                // expired, or ended with the account's link: nothing more to do
            }
        }

        Optional<PatientLink> patient(String linkId) {
            return session.getPatients().stream().filter(p -> p.getPatientLinkId().equals(linkId)).findFirst();
        }

        AppointmentsApi appointments() {
            return new AppointmentsApi(client);
        }

        ViewRecordApi record() {
            return new ViewRecordApi(client);
        }

        RepeatPrescriptionsApi prescriptions() {
            return new RepeatPrescriptionsApi(client);
        }

        MessagesApi messages() {
            return new MessagesApi(client);
        }
    }
}
