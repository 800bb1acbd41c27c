package org.citizenservices.host.fhir;

/** What the installed capabilities contribute to GP Connect: their routes and their parts of the structured record. */
public final class GpConnectBook {

    private final FhirRouteTable routes = new FhirRouteTable();
    private final RecordSectionTable sections = new RecordSectionTable();

    public FhirRouteTable routes() {
        return routes;
    }

    public RecordSectionTable sections() {
        return sections;
    }
}
