package org.citizenservices.testkit;

import org.junit.jupiter.api.extension.ExtendWith;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Boots the real Citizen Services host in-process for a test class — Felix, Jetty, Vaadin and an embedded Derby
 * database on disk — seeds the demo practice, hot-deploys the module under test through the deploy folder and waits
 * until it is {@code ACTIVE}. Test methods then take {@link ModuleHost} and {@link DemoCitizen} parameters.
 *
 * <pre>{@code
 * @CitizenServicesTest
 * class TravelVaccinationsIT {
 *     @Test
 *     void aCitizenCanAsk(DemoCitizen jane) {
 *         assertThat(jane.api().post("travel-requests", "{\"destination\":\"Peru\"}").status()).isEqualTo(201);
 *     }
 * }
 * }</pre>
 *
 * <p>The module's jar is {@link #module()}, else the system property {@code citizenservices.module.jar} (the module
 * parent POM sets it for failsafe to the jar just packaged). One host serves the whole class; its folders are deleted
 * afterwards.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@ExtendWith(CitizenServicesExtension.class)
public @interface CitizenServicesTest {

    /** The module jar to deploy, relative to the working directory; empty for the system property. */
    String module() default "";

    /**
     * The practice time the modules' clocks start from, e.g. {@code "2026-12-07T10:00"} (a Monday morning), for a
     * module whose answers depend on the hour or the day; empty for the real time. Set through
     * {@code PracticeTime.START_PROPERTY} while the class runs.
     */
    String practiceTime() default "";

    /** Seconds to wait for the module to become ACTIVE (the first start of a JVM warms Vaadin and EclipseLink up). */
    int startSeconds() default 60;
}
