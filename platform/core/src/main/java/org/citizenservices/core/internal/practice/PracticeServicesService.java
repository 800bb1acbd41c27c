package org.citizenservices.core.internal.practice;

import org.citizenservices.core.internal.service.CoreContext;
import org.citizenservices.core.internal.service.CoreService;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import org.citizenservices.core.api.audit.AuditAction;
import org.citizenservices.core.api.audit.Outcome;
import org.citizenservices.core.api.domain.FreeText;
import org.citizenservices.core.api.domain.InvalidValueException;
import org.citizenservices.core.api.domain.OdsCode;
import org.citizenservices.core.api.practice.ServiceSwitch;
import org.citizenservices.core.api.service.NotFoundException;
import org.citizenservices.core.api.service.StaffMember;
import org.citizenservices.core.api.service.StaffPermission;
import org.citizenservices.core.api.service.Times;
import org.citizenservices.spi.CitizenService;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** The practice-level service switches and the settings bag capabilities read. */
public final class PracticeServicesService extends CoreService implements org.citizenservices.core.api.practice.PracticeServices {


    private volatile org.citizenservices.core.api.practice.SettingDeclarations declarations = key -> Optional.empty();

    public PracticeServicesService(CoreContext context) {
        super(context);
    }

    @Override
    public Optional<Practice> byOdsCode(OdsCode odsCode) {
        return transactions.read(em -> em.createQuery("select p from Practice p where p.odsCode = :ods", Practice.class)
                .setParameter("ods", odsCode.value()).getResultStream().findFirst());
    }

    @Override
    public Practice practice(long practiceId) {
        Practice practice = transactions.read(em -> em.find(Practice.class, practiceId));
        if (practice == null) {
            throw new NotFoundException("No such practice.");
        }
        return practice;
    }

    /** A practice's settings bag as of the latest write: kept until the next core write, since modules read it often. */
    private record Settings(long revision, Map<String, String> values) {
    }

    private final java.util.concurrent.ConcurrentHashMap<Long, Settings> settings =
            new java.util.concurrent.ConcurrentHashMap<>();

    /** The practice's settings bag (e.g. {@code appointments.maxFutureAppointments}), read-only. */
    @Override
    public Map<String, String> settings(long practiceId) {
        long revision = transactions.revision();
        Settings held = settings.get(practiceId);
        if (held != null && held.revision() == revision) {
            return held.values();
        }
        Map<String, String> values = practice(practiceId).settings();
        settings.put(practiceId, new Settings(revision, values));
        return values;
    }

    /** The services switched on for the practice. A service never configured is off. */
    @Override
    public Set<CitizenService> enabledFor(long practiceId) {
        return transactions.read(em -> enabledFor(em, practiceId));
    }

    public static Set<CitizenService> enabledFor(EntityManager em, long practiceId) {
        return latest(em, practiceId, null).values().stream().filter(ServiceConfiguration::enabled)
                .map(ServiceConfiguration::service).collect(Collectors.toSet());
    }

    /** The latest switch per service, practice level when {@code patientId} is null. */
    public static Map<CitizenService, ServiceConfiguration> latest(EntityManager em, long practiceId, Long patientId) {
        TypedQuery<ServiceConfiguration> query = em.createQuery(
                "select c from ServiceConfiguration c where c.practiceId = :practice and "
                        + (patientId == null ? "c.patientId is null" : "c.patientId = :patient")
                        + " order by c.changedAt, c.id", ServiceConfiguration.class)
                .setParameter("practice", practiceId);
        if (patientId != null) {
            query.setParameter("patient", patientId);
        }
        List<ServiceConfiguration> rows = query.getResultList();
        Map<CitizenService, ServiceConfiguration> latest = new LinkedHashMap<>();
        rows.forEach(row -> latest.put(row.service(), row));
        return latest;
    }

    /** The practice-level switches with who last changed each, for the admin page. */
    @Override
    public Map<CitizenService, ServiceSwitch> switches(StaffMember staff) {
        StaffPermission.VIEW_PATIENTS.check(staff);
        Map<CitizenService, ServiceSwitch> switches = new LinkedHashMap<>();
        transactions.read(em -> {
            CurrentStaff.require(em, staff);
            return latest(em, staff.practiceId(), null);
        }).forEach((service, row) -> switches.put(service,
                new ServiceSwitch(service, row.enabled(), row.reason(), row.changedBy(), row.changedAt())));
        return switches;
    }

    /** Switches a service on or off for the whole practice; a reason is required to switch it off. */
    @Override
    public void setService(StaffMember staff, CitizenService service, boolean enabled, String reason) {
        StaffPermission.CONFIGURE_PRACTICE.check(staff);
        String why = requireReasonWhenDisabling(enabled, reason);
        transactions.write(em -> {
            CurrentStaff.require(em, staff);
            em.persist(new ServiceConfiguration(staff.practiceId(), null, service, enabled, why, staff.label(),
                    Times.now(clock)));
            audit.entry(staff.actor(), AuditAction.PRACTICE_SERVICE_SWITCHED)
                    .detail(service.key() + (enabled ? " on" : " off")).in(em, Outcome.SUCCESS);
            return null;
        });
    }

    @Override
    public void declaredSettings(org.citizenservices.core.api.practice.SettingDeclarations declarations) {
        this.declarations = declarations;
    }

    /** Sets one value of the settings bag, e.g. {@code appointments.maxFutureAppointments}. */
    @Override
    public void putSetting(StaffMember staff, String key, String value) {
        StaffPermission.CONFIGURE_PRACTICE.check(staff);
        if (key == null || !key.matches("[a-z][a-zA-Z0-9-]*\\.[a-zA-Z][a-zA-Z0-9.]*") || key.length() > MAX_SETTING_NAME) {
            throw new InvalidValueException("A setting name is the capability id, a dot and a name, e.g. appointments.bookingWindowDays.");
        }
        if (value == null || value.isBlank() || value.length() > MAX_SETTING_VALUE) {
            throw new InvalidValueException("A setting value is 1 to 1000 characters.");
        }
        if (key.equals(PracticeDefaults.DEFAULT_RECORD_LEVEL) && java.util.Arrays.stream(
                org.citizenservices.spi.RecordAccessLevel.values()).noneMatch(l -> l.name().equals(value.trim()))) {
            throw new InvalidValueException("The default record level is one of SUMMARY, DETAILED_CODED, DOCUMENTS "
                    + "or FULL.");
        }
        declarations.find(key).flatMap(declared -> declared.problem(value)).ifPresent(problem -> {
            throw new InvalidValueException(problem);
        });
        transactions.write(em -> {
            CurrentStaff.require(em, staff);
            Practice practice = em.find(Practice.class, staff.practiceId());
            practice.putSetting(key, value.trim());
            audit.entry(staff.actor(), AuditAction.PRACTICE_SETTING_CHANGED).detail(key).in(em, Outcome.SUCCESS);
            return null;
        });
    }

    public static String requireReasonWhenDisabling(boolean enabled, String reason) {
        String trimmed = FreeText.optionalReason(reason, MAX_SERVICE_REASON);
        if (!enabled && trimmed == null) {
            throw new InvalidValueException("Give a reason for switching the service off.");
        }
        return trimmed;
    }
}
