package org.citizenservices.spi;

import com.vaadin.flow.component.html.H1;

/**
 * The heading of a citizen's page, which says whose page it is: the page's own title when the citizen acts for
 * themself ("Your GP record"), and one naming the patient when they act as a proxy ("GP record for Sam Demo"), so a
 * parent never mistakes a child's page for their own.
 *
 * @since 1.10
 */
public final class CitizenHeading {

    private CitizenHeading() {
    }

    /**
     * @param citizen    who is signed in, and the patient they act for
     * @param own        the heading for their own page
     * @param forPatient the start of the heading for a patient they act for, followed by the patient's name
     */
    public static H1 of(CurrentCitizen citizen, String own, String forPatient) {
        return new H1(citizen.actingFor().self() ? own : forPatient + citizen.actingFor().displayName());
    }
}
