package org.citizenservices.host.portal.security;

import org.citizenservices.core.api.access.Caller;
import org.citizenservices.core.api.vua.SignedInCitizen;
import org.citizenservices.core.api.service.StaffMember;
import org.citizenservices.host.api.ApiCall;

import java.util.Optional;

/**
 * Who is asking on this thread: a patient-API call speaks for its session's citizen and patient link (and never for
 * staff); otherwise the portal's Vaadin session says who is signed in.
 */
public final class RequestCaller implements Caller {

    @Override
    public Optional<SignedInCitizen> citizen() {
        Optional<ApiCall> call = ApiCall.current();
        return call.isPresent() ? call.map(ApiCall::citizen) : PortalSignIn.citizen();
    }

    @Override
    public Optional<Long> actingForPatientId() {
        Optional<ApiCall> call = ApiCall.current();
        return call.isPresent() ? call.map(ApiCall::patientId) : PortalSignIn.actingForPatientId();
    }

    @Override
    public void audited() {
        ApiCall.current().ifPresent(ApiCall::markAudited);
    }

    @Override
    public Optional<StaffMember> staff() {
        return ApiCall.current().isPresent() ? Optional.empty() : PortalSignIn.staff();
    }
}
