package org.citizenservices.host.fhir;

import org.citizenservices.host.nhslogin.NhsLogin;
import org.citizenservices.host.nhslogin.NhsLoginSettings;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.time.Clock;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Before any token reaches the core: no bearer token, NHS login off, and NHS login unreachable each get their own
 * answer (401, 401, 503) — never a 500, and never a sign-in.
 */
class FhirCallersTest {

    private static final java.util.function.Supplier<org.citizenservices.core.Core> NO_CORE = () -> {
        throw new AssertionError("the core is not asked before the token is checked");
    };

    @Test
    void givenNoBearerToken_orNhsLoginOff_then401() {
        FhirCallers off = new FhirCallers(NO_CORE, Optional::empty, Clock.systemUTC());
        assertThatThrownBy(() -> off.of(null)).isInstanceOfSatisfying(FhirProblem.class,
                problem -> org.assertj.core.api.Assertions.assertThat(problem.status()).isEqualTo(401));
        assertThatThrownBy(() -> off.of("Basic dXNlcjpwYXNz")).isInstanceOfSatisfying(FhirProblem.class,
                problem -> org.assertj.core.api.Assertions.assertThat(problem.status()).isEqualTo(401));
        assertThatThrownBy(() -> off.of("Bearer eyJ.x.y")).isInstanceOfSatisfying(FhirProblem.class,
                problem -> org.assertj.core.api.Assertions.assertThat(problem.status()).isEqualTo(401));
    }

    @Test
    void givenNhsLoginUnreachable_then503_notAnError() {
        Optional<NhsLogin> unreachable = NhsLogin.of(new NhsLoginSettings(URI.create("http://localhost:1/nhslogin"),
                "citizen-services", null), "http://localhost:8080", Clock.systemUTC());
        FhirCallers callers = new FhirCallers(NO_CORE, () -> unreachable, Clock.systemUTC());
        assertThatThrownBy(() -> callers.of("Bearer eyJhbGciOiJSUzI1NiJ9.e30.c2ln"))
                .isInstanceOfSatisfying(FhirProblem.class, problem -> {
                    org.assertj.core.api.Assertions.assertThat(problem.status()).isEqualTo(503);
                    org.assertj.core.api.Assertions.assertThat(problem.spineCode()).isEqualTo("INTERNAL_SERVER_ERROR");
                });
    }
}
