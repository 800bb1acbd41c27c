package org.citizenservices.spi;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;

/**
 * A row that belongs to one practice: an {@link IdentifiedRow} with the column {@code PRACTICE_ODS} (at most 10
 * characters, not null), the start most of a capability's own tables share. Keeping it here means every module names
 * the practice the same way, which the practice-scoped queries ({@code where e.practiceOds = :ods}) rely on.
 *
 * @since 1.10
 */
@MappedSuperclass
public abstract class PracticeRow extends IdentifiedRow {

    @Column(name = "PRACTICE_ODS", nullable = false, length = 10)
    private String practiceOds;

    /** For JPA, which fills the fields itself. */
    protected PracticeRow() {
    }

    /** A new row of the given practice; its id comes when it is flushed. */
    protected PracticeRow(String practiceOds) {
        this.practiceOds = practiceOds;
    }

    /** The ODS code of the practice the row belongs to. */
    public String practiceOds() {
        return practiceOds;
    }
}
