package org.citizenservices.host.portal;

import org.citizenservices.core.api.audit.AuditUnavailableException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** An audit trail that is unavailable is told apart however deep Vaadin wraps it: it is a retry, not a fault. */
class PortalErrorHandlerTest {

    @Test
    void givenAnAuditUnavailableExceptionWrappedByTheFramework_thenItIsRecognised() {
        AuditUnavailableException unavailable = new AuditUnavailableException("not durable within 5000 ms", null);

        assertThat(PortalErrorHandler.auditUnavailable(unavailable)).isTrue();
        assertThat(PortalErrorHandler.auditUnavailable(new IllegalStateException(new RuntimeException(unavailable))))
                .isTrue();
        assertThat(PortalErrorHandler.auditUnavailable(new IllegalStateException("a real fault"))).isFalse();
    }
}
