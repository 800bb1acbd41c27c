package org.citizenservices.host.modules;

import org.citizenservices.spi.CitizenService;
import org.citizenservices.spi.PracticeSetting;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The practice settings each installed capability declares, by capability, for the practice administrator's page:
 * they come and go with their module, like its views.
 */
public final class SettingsBook implements Contributions<PracticeSetting> {

    /** A capability's settings under its name. */
    public record Group(String capabilityId, String displayName, List<PracticeSetting> settings) {
    }

    private final Map<String, Group> groups = new LinkedHashMap<>();

    @Override
    public synchronized void checkCanAdd(String capabilityId, List<PracticeSetting> settings) {
        for (PracticeSetting setting : settings) {
            if (!setting.key().startsWith(capabilityId + ".")) {
                throw new IllegalArgumentException("the setting '" + setting.key() + "' must start with '"
                        + capabilityId + ".'");
            }
        }
    }

    @Override
    public synchronized void add(String capabilityId, String displayName, CitizenService service,
                                 List<PracticeSetting> settings) {
        if (!settings.isEmpty()) {
            groups.put(capabilityId, new Group(capabilityId, displayName, List.copyOf(settings)));
        }
    }

    @Override
    public synchronized List<PracticeSetting> remove(String capabilityId) {
        Group gone = groups.remove(capabilityId);
        return gone == null ? List.of() : gone.settings();
    }

    public synchronized List<Group> groups() {
        return List.copyOf(groups.values());
    }

    /** The declaration of {@code key}, while its capability is installed. */
    public synchronized Optional<PracticeSetting> find(String key) {
        return groups.values().stream().flatMap(g -> g.settings().stream()).filter(s -> s.key().equals(key))
                .findFirst();
    }
}
