package org.citizenservices.core.internal.operator;

import org.citizenservices.core.api.operator.Provisioning;
import org.citizenservices.core.api.practice.PracticeDetails;
import org.citizenservices.core.internal.service.CoreContext;
import org.citizenservices.spi.CitizenService;

import java.util.Set;
import java.util.function.Supplier;

/** The operator's commands, each carried out by the part of the core that owns what it makes. */
public final class ProvisioningService implements Provisioning {

    private final PracticeProvisioning practices;
    private final StaffProvisioning staff;
    private final LetterRun letters;

    public ProvisioningService(CoreContext context, Supplier<Set<CitizenService>> installed,
                               AccountServices accountServices) {
        this.practices = new PracticeProvisioning(context, installed);
        this.staff = new StaffProvisioning(context);
        this.letters = new LetterRun(context, accountServices);
    }

    @Override
    public PracticeDetails addPractice(Operator operator, NewPractice practice) {
        return practices.add(operator, practice);
    }

    @Override
    public org.citizenservices.core.api.practice.ActivationLink addStaff(Operator operator, NewStaffUser user) {
        return staff.addStaff(operator, user);
    }

    @Override
    public org.citizenservices.core.api.practice.ActivationLink addSupplierAdmin(Operator operator, NewSupplierAdmin admin) {
        return staff.addSupplierAdmin(operator, admin);
    }

    @Override
    public IssuedLinkage issueLinkage(Operator operator, LinkageRun run) {
        return letters.issue(operator, run);
    }
}
