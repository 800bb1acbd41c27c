package org.citizenservices.host.modules;

import org.citizenservices.spi.CitizenService;

import java.util.List;

/**
 * Where the host enters what a starting capability contributes of one kind — its views (the portal's route book), its
 * patient API routes (the API's route table) — and takes it out again when the capability leaves. Declared here, where
 * the {@link CapabilityTracker} uses it, so that tracking modules depends on neither the portal nor the API.
 *
 * @param <T> one contribution: a view, an API route
 */
public interface Contributions<T> {

    /** Throws, changing nothing, if these could not be added for the capability (a clash, a reserved path). */
    void checkCanAdd(String capabilityId, List<T> contributions);

    void add(String capabilityId, String displayName, CitizenService service, List<T> contributions);

    /** Takes the capability's contributions out; returns them (empty if it had none or was unknown). */
    List<T> remove(String capabilityId);
}
