package org.citizenservices.core.api.practice;

import org.citizenservices.core.api.domain.OdsCode;
import org.citizenservices.core.api.service.StaffMember;
import org.citizenservices.spi.CitizenService;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The practice-level service switches and the settings bag capabilities read. */
public interface PracticeServices {

    /** SERVICE_CONFIGURATION.REASON is VARCHAR(500); a setting's NAME VARCHAR(100), its SETTING_VALUE VARCHAR(1000). */
    int MAX_SERVICE_REASON = 500;
    int MAX_SETTING_NAME = 100;
    int MAX_SETTING_VALUE = 1000;

    /** The four services of the guidance, in the order pages list them. */
    List<CitizenService> GUIDANCE_SERVICES = List.of(CitizenService.APPOINTMENTS,
            CitizenService.PRESCRIPTIONS, CitizenService.MESSAGING, CitizenService.RECORD);

    /** The four services by the names staff and citizens know, in page order. */
    Map<CitizenService, String> GUIDANCE_NAMES = orderedNames();

    /**
     * Every service worth asking the access rule about: the guidance's four and those of the installed capabilities
     * (named by their module), in page order.
     */
    static Map<CitizenService, String> serviceNames(Map<CitizenService, String> installed) {
        Map<CitizenService, String> names = new LinkedHashMap<>(GUIDANCE_NAMES);
        installed.forEach(names::putIfAbsent);
        return names;
    }

    private static Map<CitizenService, String> orderedNames() {
        Map<CitizenService, String> names = new LinkedHashMap<>();
        names.put(CitizenService.APPOINTMENTS, "Appointments");
        names.put(CitizenService.PRESCRIPTIONS, "Repeat prescriptions");
        names.put(CitizenService.MESSAGING, "Messages with the practice");
        names.put(CitizenService.RECORD, "View record");
        return Collections.unmodifiableMap(names);
    }

    Optional<? extends PracticeDetails> byOdsCode(OdsCode odsCode);

    /** @throws org.citizenservices.core.api.service.NotFoundException when there is no such practice */
    PracticeDetails practice(long practiceId);

    /** The practice's settings bag (e.g. {@code appointments.maxFutureAppointments}), read-only. */
    Map<String, String> settings(long practiceId);

    /** The services switched on for the practice. A service never configured is off. */
    Set<CitizenService> enabledFor(long practiceId);

    /** The practice-level switches with who last changed each, for the admin page. */
    Map<CitizenService, ServiceSwitch> switches(StaffMember staff);

    /** Switches a service on or off for the whole practice; a reason is required to switch it off. */
    void setService(StaffMember staff, CitizenService service, boolean enabled, String reason);

    /**
     * Sets one value of the settings bag, e.g. {@code appointments.maxFutureAppointments}; a setting an installed
     * capability declares ({@link #declaredSettings}) is checked against its bounds first.
     *
     * @throws org.citizenservices.core.api.domain.InvalidValueException naming the setting, when out of bounds
     */
    void putSetting(StaffMember staff, String key, String value);

    /** The host tells the core where to find what the installed capabilities declare; none until it does. */
    void declaredSettings(SettingDeclarations declarations);

    /**
     * Stores a setting a capability declared, after checking the value against the declaration's bounds.
     *
     * @throws org.citizenservices.core.api.domain.InvalidValueException naming the setting, when out of bounds
     */
    default void putSetting(StaffMember staff, org.citizenservices.spi.PracticeSetting setting, String value) {
        setting.problem(value).ifPresent(problem -> {
            throw new org.citizenservices.core.api.domain.InvalidValueException(problem);
        });
        putSetting(staff, setting.key(), value.trim());
    }

    /** The practice setting naming the record access level a new online account is given by the letter run. */
    String DEFAULT_RECORD_LEVEL = "core.defaultRecordLevel";
}
