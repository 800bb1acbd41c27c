package org.citizenservices.core.apps;

import org.citizenservices.core.api.apps.CitizenApps;
import org.citizenservices.core.api.domain.InvalidValueException;
import org.citizenservices.core.api.operator.Provisioning;
import org.citizenservices.core.api.operator.SupplierSignIn;
import org.citizenservices.core.api.service.NotFoundException;
import org.citizenservices.core.api.vua.AccessIdentityRefused;
import org.citizenservices.core.api.vua.AppLink;
import org.citizenservices.core.api.vua.LinkageDetails;
import org.citizenservices.core.support.CoreFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Registered citizen apps: the supplier registers one and it gets a secret once; only the right secret of a live app
 * passes; a rotated secret replaces the old one at once; revoking the app ends every linkage made through it, so its
 * access identities open no more sessions; the secret is never stored as given.
 */
class CitizenAppsTest {

    static final Provisioning.Operator OPERATOR = new Provisioning.Operator("ops");

    @TempDir
    Path dir;
    CoreFixture fixture;
    SupplierSignIn.SupplierAdminMember admin;

    @BeforeEach
    void supplierAdmin() {
        fixture = new CoreFixture(dir);
        admin = fixture.supplierAdmin("sam.supplier");
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void onlyTheRightSecretOfALiveApp_passes_andTheSecretIsNotStored() {
        CitizenApps.Credentials issued = fixture.core.apps().register(OPERATOR, "Healthy Me", "dev@healthy.example");
        assertThat(issued.clientSecret()).hasSizeGreaterThan(30);
        assertThat(issued.toString()).doesNotContain(issued.clientSecret());

        assertThat(fixture.core.apps().authenticate(issued.clientId(), issued.clientSecret())).get()
                .extracting(CitizenApps.App::name).isEqualTo("Healthy Me");
        assertThat(fixture.core.apps().authenticate(issued.clientId(), issued.clientSecret() + "x")).isEmpty();
        assertThat(fixture.core.apps().authenticate("nobody", issued.clientSecret())).isEmpty();
        assertThat(fixture.core.apps().authenticate(null, null)).isEmpty();
        Object stored = fixture.core.transactions().read(em -> em.createNativeQuery(
                "select SECRET_HASH from CORE.CITIZEN_APP").getSingleResult());
        assertThat(stored.toString()).isNotEqualTo(issued.clientSecret()).hasSize(64);
    }

    @Test
    void aRotatedSecret_replacesTheOldOne_andTheAppsLinkagesStay() {
        CitizenApps.Credentials issued = fixture.core.apps().register(admin, "Healthy Me", "dev@healthy.example");
        CitizenApps.App app = fixture.core.apps().authenticate(issued.clientId(), issued.clientSecret()).orElseThrow();
        AppLink link = link(app);

        CitizenApps.Credentials rotated = fixture.core.apps().rotateSecret(admin, issued.clientId());

        assertThat(fixture.core.apps().authenticate(issued.clientId(), issued.clientSecret())).isEmpty();
        assertThat(fixture.core.apps().authenticate(issued.clientId(), rotated.clientSecret())).isPresent();
        assertThat(fixture.core.citizens().openAppSession(link.accessIdentity(), app).linkageId())
                .isEqualTo(link.citizen().linkageId());
        assertThat(fixture.core.apps().apps(admin)).singleElement().satisfies(registered -> {
            assertThat(registered.secretRotatedAt()).isNotNull();
            assertThat(registered.liveLinkages()).isEqualTo(1);
        });
    }

    @Test
    void revokingTheApp_endsItsLinkages_andItsCredentials() {
        CitizenApps.Credentials issued = fixture.core.apps().register(admin, "Healthy Me", "dev@healthy.example");
        CitizenApps.App app = fixture.core.apps().authenticate(issued.clientId(), issued.clientSecret()).orElseThrow();
        AppLink link = link(app);

        fixture.core.apps().revoke(admin, issued.clientId(), "Stopped meeting the supplier's terms");

        assertThat(fixture.core.apps().authenticate(issued.clientId(), issued.clientSecret())).isEmpty();
        assertThat(fixture.core.citizens().isCurrent(link.citizen())).isFalse();
        assertThatThrownBy(() -> fixture.core.citizens().openAppSession(link.accessIdentity(), app))
                .extracting(e -> ((AccessIdentityRefused) e).reason()).isEqualTo(AccessIdentityRefused.Reason.REVOKED);
        assertThat(fixture.core.apps().apps(admin)).singleElement().satisfies(registered -> {
            assertThat(registered.revoked()).isTrue();
            assertThat(registered.liveLinkages()).isZero();
        });
        assertThatThrownBy(() -> fixture.core.apps().rotateSecret(admin, issued.clientId()))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void registrationAndCallbacks_areChecked() {
        assertThatThrownBy(() -> fixture.core.apps().register(admin, " ", "dev@healthy.example"))
                .isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> fixture.core.apps().register(admin, "Healthy Me", "not an address"))
                .isInstanceOf(InvalidValueException.class);
        CitizenApps.Credentials issued = fixture.core.apps().register(admin, "Healthy Me", "dev@healthy.example");
        for (String wrong : List.of("http://healthy.example/back", "https://healthy.example/back#x", "not a url",
                "javascript:alert(1)")) {
            assertThatThrownBy(() -> fixture.core.apps().callbackUrls(admin, issued.clientId(), List.of(wrong)))
                    .as(wrong).isInstanceOf(InvalidValueException.class);
        }
        // ten of the longest addresses allowed are stored, not a database error
        List<String> longest = java.util.stream.IntStream.range(0, 10).mapToObj(i -> "https://healthy.example/" + i
                + "x".repeat(190 - 25)).toList();
        fixture.core.apps().callbackUrls(admin, issued.clientId(), longest);
        assertThat(fixture.core.apps().apps(admin).get(0).callbackUrls()).isEqualTo(longest);
        assertThatThrownBy(() -> fixture.core.apps().callbackUrls(admin, issued.clientId(),
                List.of(longest.get(0) + "x"))).isInstanceOf(InvalidValueException.class);
        fixture.core.apps().callbackUrls(admin, issued.clientId(), List.of("https://healthy.example/back",
                "http://localhost:8090/back", " "));
        assertThat(fixture.core.apps().apps(admin).get(0).callbackUrls())
                .containsExactly("https://healthy.example/back", "http://localhost:8090/back");
    }

    private AppLink link(CitizenApps.App app) {
        CoreFixture.Lettered at = fixture.lettered("Appuser", LocalDate.of(1988, 8, 8));
        return fixture.core.citizens().linkApp(new LinkageDetails(at.letter().accountId(), at.letter().linkageKey(),
                "Appuser", LocalDate.of(1988, 8, 8), at.letter().odsCode()), app);
    }
}
