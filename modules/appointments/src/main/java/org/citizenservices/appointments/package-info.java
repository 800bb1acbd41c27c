/**
 * The appointments module's published API: what another module — an online consultation, say — may ask of the
 * practice's appointment book for the patient the signed-in citizen acts for: their upcoming appointments, the free
 * slots they may book online, and booking one.
 *
 * <p>The module registers {@link org.citizenservices.appointments.PatientAppointments} as an OSGi service while it
 * runs (from the host's start of the capability to its stop); track it, and expect it to come and go with the
 * module. Every call applies the same rules as the module's own pages and the patient API: APPOINTMENTS must be
 * available to the current citizen for their patient, and the practice's booking window and maximum apply.
 *
 * <p>Semantically versioned: additions bump the minor version, so a module built against {@code 1.0} resolves
 * against every {@code 1.x} appointments module.
 */
@Export
@Version("1.0.0")
package org.citizenservices.appointments;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
