package org.citizenservices.spi;

import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;

/**
 * A row with a database-generated id (column {@code ID}, identity): the key every capability's own rows share, whether
 * they belong to a practice directly ({@link PracticeRow}) or through another row (a message in a conversation). The
 * host runs EclipseLink without weaving, so a capability's entities may extend this class across the bundle boundary.
 *
 * @since 1.10
 */
@MappedSuperclass
public abstract class IdentifiedRow {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    /** For JPA, and for a new row: its id comes when it is flushed. */
    protected IdentifiedRow() {
    }

    /** The generated id, or {@code null} before the row is flushed. */
    public Long id() {
        return id;
    }
}
