package org.citizenservices.core.api.practice;

import org.citizenservices.spi.CitizenService;

import java.util.Set;

/**
 * How a demo installation offers the service of a capability installed after its demo practice was seeded, so that
 * the demo's people can click through it as they do through the others.
 */
public interface DemoOffers {

    /**
     * The demo practice switches the service on, unless its administrator has switched that service before (a
     * decision the demo never overrides); the demo's live proxy associations to the patients with these NHS numbers
     * register it. Recorded and audited as the demo's own doing. Nothing happens without a demo practice.
     */
    void offer(CitizenService service, Set<String> proxiedNhsNumbers);
}
