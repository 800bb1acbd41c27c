package org.citizenservices.spi;

import java.util.List;

/**
 * A {@link Capability} that states what it is — id, citizen service, display name and entity classes — once, in its
 * constructor, instead of in four methods every module wrote the same way. It adds no behaviour of its own.
 *
 * <pre>{@code
 * public RecordCapability() {
 *     super("record", CitizenService.RECORD, "View Record", RecordEntry.class, PatientRecord.class);
 * }
 * }</pre>
 *
 * @since 1.10
 */
public abstract class NamedCapability implements Capability {

    private final String id;
    private final CitizenService service;
    private final String displayName;
    private final List<Class<?>> entityClasses;

    /** The capability's description; see {@link Capability#id()} and the other methods for what each part means. */
    protected NamedCapability(String id, CitizenService service, String displayName, Class<?>... entityClasses) {
        this.id = id;
        this.service = service;
        this.displayName = displayName;
        this.entityClasses = List.of(entityClasses);
    }

    @Override
    public final String id() {
        return id;
    }

    @Override
    public final CitizenService service() {
        return service;
    }

    @Override
    public final String displayName() {
        return displayName;
    }

    @Override
    public final List<Class<?>> entityClasses() {
        return entityClasses;
    }
}
