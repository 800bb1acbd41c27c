package org.citizenservices.it.bundles;

import org.citizenservices.spi.Capability;
import org.citizenservices.spi.CitizenService;
import org.citizenservices.spi.ViewContribution;

import java.util.List;

/**
 * A test bundle's capability with a fixed id, service, name and views; subclasses add what the bundle is about. Not
 * shared at run time: {@link org.citizenservices.it.support.TestBundles} copies it into each bundle that uses it, so
 * every test bundle stays self-contained.
 */
public class TestCapability implements Capability {

    private final String id;
    private final CitizenService service;
    private final String displayName;
    private final List<ViewContribution> views;

    public TestCapability(String id, String serviceKey, String displayName, List<ViewContribution> views) {
        this.id = id;
        this.service = new CitizenService(serviceKey);
        this.displayName = displayName;
        this.views = views;
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public CitizenService service() {
        return service;
    }

    @Override
    public String displayName() {
        return displayName;
    }

    @Override
    public List<ViewContribution> views() {
        return views;
    }
}
