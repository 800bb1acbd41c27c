package org.citizenservices.spi;

import java.util.Objects;

/**
 * What became of one imported resource, by its {@link FhirResource#index()} in the bundle.
 *
 * @since 1.12
 */
public record ImportOutcome(int index, Kind kind, String reason) {

    public enum Kind {
        CREATED, UPDATED, UNCHANGED, REJECTED
    }

    public ImportOutcome {
        Objects.requireNonNull(kind, "kind");
        if (kind == Kind.REJECTED && (reason == null || reason.isBlank())) {
            throw new IllegalArgumentException("a rejected resource needs its reason");
        }
    }

    public static ImportOutcome of(FhirResource resource, Kind kind) {
        return new ImportOutcome(resource.index(), kind, null);
    }

    public static ImportOutcome rejected(FhirResource resource, String reason) {
        return new ImportOutcome(resource.index(), Kind.REJECTED, reason);
    }
}
