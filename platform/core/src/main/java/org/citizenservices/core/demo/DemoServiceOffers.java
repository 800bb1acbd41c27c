package org.citizenservices.core.demo;

import org.citizenservices.core.api.audit.AuditAction;
import org.citizenservices.core.api.audit.Outcome;
import org.citizenservices.core.api.practice.DemoOffers;
import org.citizenservices.core.api.service.ActingAs;
import org.citizenservices.core.api.service.Actor;
import org.citizenservices.core.api.service.Times;
import org.citizenservices.core.internal.audit.AuditTrailService;
import org.citizenservices.core.internal.persistence.Transactions;
import org.citizenservices.core.internal.practice.Practice;
import org.citizenservices.core.internal.practice.PracticeServicesService;
import org.citizenservices.core.internal.practice.ServiceConfiguration;
import org.citizenservices.core.internal.vua.PatientAssociationsService;
import org.citizenservices.spi.CitizenService;

import java.time.Clock;
import java.util.Set;

/** {@link DemoOffers} on the demo practice ({@link DemoPractice#ODS_CODE}). */
public final class DemoServiceOffers implements DemoOffers {

    private static final String SEEDER = "Citizen Services demo data";

    private final Transactions transactions;
    private final PatientAssociationsService associations;
    private final AuditTrailService audit;
    private final Clock clock;

    public DemoServiceOffers(Transactions transactions, PatientAssociationsService associations,
                             AuditTrailService audit, Clock clock) {
        this.transactions = transactions;
        this.associations = associations;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public void offer(CitizenService service, Set<String> proxiedNhsNumbers) {
        transactions.write(em -> {
            Practice practice = em.createQuery("select p from Practice p where p.odsCode = :ods", Practice.class)
                    .setParameter("ods", DemoPractice.ODS_CODE).getResultStream().findFirst().orElse(null);
            if (practice == null || PracticeServicesService.latest(em, practice.id(), null).containsKey(service)) {
                return null;
            }
            Actor actor = new Actor(SEEDER, ActingAs.SYSTEM, practice.id(), "demo data");
            em.persist(new ServiceConfiguration(practice.id(), null, service, true, null, SEEDER, Times.now(clock)));
            audit.entry(actor, AuditAction.PRACTICE_SERVICE_SWITCHED).detail(service.key() + " on")
                    .in(em, Outcome.SUCCESS);
            associations.registerAlso(em, practice.id(), service, proxiedNhsNumbers, actor);
            return null;
        });
    }
}
