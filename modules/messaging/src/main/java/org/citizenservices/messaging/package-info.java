/**
 * The messaging module's published API: what another module — an online consultation, say — may do in the secure
 * conversations between a patient and their practice: open one for the patient the signed-in citizen acts for, add
 * the citizen's message to it, and send the patient the practice's message in it (the patient is notified).
 *
 * <p>The module registers {@link org.citizenservices.messaging.PracticeConversations} as an OSGi service while it
 * runs (from the host's start of the capability to its stop); track it, and expect it to come and go with the
 * module. Every call applies the same rules as the module's own pages and the patient API: MESSAGING available to
 * the current citizen for their patient, or a signed-in member of the practice's staff; every action audited.
 *
 * <p>Semantically versioned: additions bump the minor version, so a module built against {@code 1.0} resolves
 * against every {@code 1.x} messaging module.
 */
@Export
@Version("1.0.0")
package org.citizenservices.messaging;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
