package org.citizenservices.core.support;

import org.citizenservices.core.api.access.Caller;
import org.citizenservices.core.api.service.StaffMember;
import org.citizenservices.core.api.vua.SignedInCitizen;

import java.util.Optional;

/** A practice user asking, as the portal tells the access rule when they are signed in. */
public record StaffCaller(StaffMember member) implements Caller {

    @Override
    public Optional<SignedInCitizen> citizen() {
        return Optional.empty();
    }

    @Override
    public Optional<Long> actingForPatientId() {
        return Optional.empty();
    }

    @Override
    public Optional<StaffMember> staff() {
        return Optional.of(member);
    }
}
