package org.citizenservices.spi;

import java.util.List;
import java.util.Map;

/**
 * A part of GP Connect's structured record ({@code Patient/$gpc.getstructuredrecord}) that a capability serves: the
 * resources asked for by one of the operation's parameters, e.g. {@code includeAllergies}. The host checks the
 * request and the person's right to the patient, sets {@link ServiceAccess} to that patient, calls each installed
 * section the request names, parses what it returns as FHIR STU3 and puts it in the Bundle after the patient and
 * their practice. A section not installed, or whose service is not available for the patient, is answered with a
 * warning in the Bundle instead.
 *
 * <p>Serve only what the patient's View Record level shows; restricted entries, draft consultations, unfiled results
 * and unreviewed documents never leave. Refer to the patient as {@code Patient/<patientId>}.
 *
 * @since 1.14
 */
public interface StructuredRecordSection {

    /** The operation's parameter naming this section, as the specification spells it, e.g. {@code includeAllergies}. */
    String parameter();

    /**
     * The section for the patient {@link ServiceAccess} answers for: its {@code List} resources first, then the
     * resources they refer to, each with an id unique among the resources of its type in the Bundle.
     *
     * @param parameter the request's parameter, as plain JSON values (its {@code part}s hold the section's options)
     */
    List<Map<String, Object>> resources(Map<String, Object> parameter);
}
