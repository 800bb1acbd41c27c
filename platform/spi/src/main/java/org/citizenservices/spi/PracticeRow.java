package org.citizenservices.spi;

import jakarta.persistence.Column;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;

/**
 * A row that belongs to one practice, with a database-generated id: the start every capability's own tables share.
 *
 * <p>Extend it from an {@code @Entity}; the table must have the columns {@code ID} (identity) and
 * {@code PRACTICE_ODS} (at most 10 characters, not null). Keeping them here means every module names the practice the
 * same way, which is what the practice-scoped queries and the host's one access rule rely on. The host runs
 * EclipseLink without weaving, so a capability's entities may extend this class across the bundle boundary.
 *
 * @since 1.10
 */
@MappedSuperclass
public abstract class PracticeRow {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "PRACTICE_ODS", nullable = false, length = 10)
    private String practiceOds;

    /** For JPA, which fills the fields itself. */
    protected PracticeRow() {
    }

    /** A new row of the given practice; its id comes when it is flushed. */
    protected PracticeRow(String practiceOds) {
        this.practiceOds = practiceOds;
    }

    /** The generated id, or {@code null} before the row is flushed. */
    public Long id() {
        return id;
    }

    /** The ODS code of the practice the row belongs to. */
    public String practiceOds() {
        return practiceOds;
    }
}
