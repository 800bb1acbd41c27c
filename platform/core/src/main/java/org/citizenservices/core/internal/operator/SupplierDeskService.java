package org.citizenservices.core.internal.operator;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import org.citizenservices.core.api.audit.AuditAction;
import org.citizenservices.core.api.audit.Outcome;
import org.citizenservices.core.api.domain.FreeText;
import org.citizenservices.core.api.domain.OdsCode;
import org.citizenservices.core.api.operator.Provisioning;
import org.citizenservices.core.api.operator.SupplierDesk;
import org.citizenservices.core.api.operator.SupplierSignIn.SupplierAdminMember;
import org.citizenservices.core.api.practice.PracticeDetails;
import org.citizenservices.core.api.service.ActingAs;
import org.citizenservices.core.api.service.Actor;
import org.citizenservices.core.api.service.NotFoundException;
import org.citizenservices.core.api.service.RuleViolationException;
import org.citizenservices.core.api.service.Times;
import org.citizenservices.core.internal.practice.Practice;
import org.citizenservices.core.internal.practice.PracticeServicesService;
import org.citizenservices.core.internal.practice.SupplierSignInService;
import org.citizenservices.core.internal.service.CoreContext;
import org.citizenservices.core.internal.service.CoreService;
import org.citizenservices.spi.CitizenService;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/** The supplier pages' practices: the overview, adding one, suspending and restoring one. */
public final class SupplierDeskService extends CoreService implements SupplierDesk {

    private final PracticeProvisioning practices;

    public SupplierDeskService(CoreContext context, Supplier<Set<CitizenService>> installed) {
        super(context);
        this.practices = new PracticeProvisioning(context, installed);
    }

    @Override
    public List<PracticeOverview> practices(SupplierAdminMember admin) {
        return transactions.read(em -> {
            SupplierSignInService.requireCurrent(em, admin);
            Map<Long, Long> staff = counts(em, "select s.practice.id, count(s) from StaffUser s group by s.practice.id");
            Map<Long, Long> patients = counts(em, "select p.practice.id, count(p) from Patient p group by p.practice.id");
            Map<Long, Long> accounts = counts(em, "select v.practice.id, count(v) from Vua v group by v.practice.id");
            return em.createQuery("select p from Practice p order by p.name, p.odsCode", Practice.class)
                    .getResultList().stream()
                    .map(p -> new PracticeOverview(p.odsCode().value(), p.name(), p.address(), p.createdAt(),
                            p.suspended(), p.suspendedReason(), staff.getOrDefault(p.id(), 0L),
                            patients.getOrDefault(p.id(), 0L), accounts.getOrDefault(p.id(), 0L),
                            PracticeServicesService.enabledFor(em, p.id())))
                    .toList();
        });
    }

    @Override
    public PracticeDetails addPractice(SupplierAdminMember admin, Provisioning.NewPractice practice) {
        transactions.read(em -> {
            SupplierSignInService.requireCurrent(em, admin);
            return null;
        });
        return practices.add(practiceId -> actor(admin, practiceId), practice);
    }

    @Override
    public void suspend(SupplierAdminMember admin, String odsCode, String reason) {
        String why = FreeText.reason(reason, FreeText.REASON, "Give the reason for suspending the practice.");
        transactions.write(em -> {
            Practice practice = practice(em, admin, odsCode);
            if (practice.suspended()) {
                throw new RuleViolationException(practice.name() + " is already suspended.");
            }
            practice.suspension(Times.now(clock), why);
            audit.entry(actor(admin, practice.id()), AuditAction.PRACTICE_SUSPENDED).practice(practice.id())
                    .detail("suspended: " + why).in(em, Outcome.SUCCESS);
            return null;
        });
    }

    @Override
    public void restore(SupplierAdminMember admin, String odsCode) {
        transactions.write(em -> {
            Practice practice = practice(em, admin, odsCode);
            if (!practice.suspended()) {
                throw new RuleViolationException(practice.name() + " is not suspended.");
            }
            practice.suspension(null, null);
            audit.entry(actor(admin, practice.id()), AuditAction.PRACTICE_SUSPENDED).practice(practice.id())
                    .detail("restored").in(em, Outcome.SUCCESS);
            return null;
        });
    }

    private static Practice practice(EntityManager em, SupplierAdminMember admin, String odsCode) {
        SupplierSignInService.requireCurrent(em, admin);
        String ods = new OdsCode(odsCode == null ? "" : odsCode).value();
        return em.createQuery("select p from Practice p where p.odsCode = :ods", Practice.class)
                .setParameter("ods", ods).setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultStream().findFirst()
                .orElseThrow(() -> new NotFoundException("There is no practice with ODS code " + ods + " here."));
    }

    private static Map<Long, Long> counts(EntityManager em, String query) {
        Map<Long, Long> counts = new HashMap<>();
        for (Object[] row : em.createQuery(query, Object[].class).getResultList()) {
            counts.put((Long) row[0], (Long) row[1]);
        }
        return counts;
    }

    private static Actor actor(SupplierAdminMember admin, long practiceId) {
        return new Actor(admin.label(), ActingAs.STAFF, practiceId, "supplier portal");
    }
}
