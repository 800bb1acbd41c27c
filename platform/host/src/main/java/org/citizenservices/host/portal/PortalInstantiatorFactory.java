package org.citizenservices.host.portal;

import com.vaadin.flow.di.Instantiator;
import com.vaadin.flow.di.InstantiatorFactory;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinServletContext;

/**
 * Makes Vaadin create views through the {@link PortalInstantiator}. Found by Vaadin's start-up class scanning of the
 * host jar; it has no effect outside a servlet context carrying a {@link Portal}.
 */
public final class PortalInstantiatorFactory implements InstantiatorFactory {

    @Override
    public Instantiator createInstantitor(VaadinService service) {
        if (!(service.getContext() instanceof VaadinServletContext context)) {
            return null;
        }
        Object portal = context.getContext().getAttribute(Portal.CONTEXT_ATTRIBUTE);
        if (!(portal instanceof Portal p)) {
            return null;
        }
        p.serviceStarted(service);
        return new PortalInstantiator(service, p);
    }
}
