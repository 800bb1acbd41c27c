package org.citizenservices.record.internal.gpconnect;

import org.citizenservices.record.internal.EntryType;
import org.citizenservices.record.internal.RecordItem;
import org.citizenservices.spi.FhirRefused;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * A section parameter's parts, as the specification names them, applied to the items the patient may see:
 * {@code consultationSearchPeriod} (a period of dates) or {@code includeNumberOfMostRecent} for consultations,
 * {@code medicationSearchFromDate} for medicines, {@code filterStatus} ({@code active}/{@code inactive}) for
 * problems, {@code investigationSearchPeriod} for results. A part that cannot be read is 422 {@code INVALID_PARAMETER};
 * parts about what this record does not hold ({@code includeResolvedAllergies}, {@code includeNotGiven}) change
 * nothing.
 */
final class SectionOptions {

    private final Map<String, Object> parameter;

    SectionOptions(Map<String, Object> parameter) {
        this.parameter = parameter;
    }

    /** The items the parts keep, newest first as they came. */
    List<RecordItem> apply(List<RecordItem> items) {
        Predicate<RecordItem> kept = item -> true;
        Optional<Object> period = part("consultationSearchPeriod", "valuePeriod")
                .or(() -> part("investigationSearchPeriod", "valuePeriod"));
        if (period.isPresent()) {
            LocalDate start = date(period.get(), "start");
            LocalDate end = date(period.get(), "end");
            if (start != null && end != null && end.isBefore(start)) {
                throw invalid("A search period's end is on or after its start.");
            }
            kept = kept.and(item -> (start == null || !item.effectiveAt().toLocalDate().isBefore(start))
                    && (end == null || !item.effectiveAt().toLocalDate().isAfter(end)));
        }
        Optional<Object> from = part("medicationSearchFromDate", "valueDate");
        if (from.isPresent()) {
            LocalDate start = parse(from.get(), "medicationSearchFromDate");
            kept = kept.and(item -> !item.effectiveAt().toLocalDate().isBefore(start));
        }
        Optional<Object> status = part("filterStatus", "valueCode");
        if (status.isPresent()) {
            EntryType wanted = switch (String.valueOf(status.get())) {
                case "active" -> EntryType.ACTIVE_PROBLEM;
                case "inactive" -> EntryType.PAST_PROBLEM;
                default -> throw invalid("filterStatus is active or inactive.");
            };
            kept = kept.and(item -> item.type() == wanted);
        }
        List<RecordItem> filtered = items.stream().filter(kept).toList();
        Optional<Object> mostRecent = part("includeNumberOfMostRecent", "valueInteger");
        if (mostRecent.isPresent()) {
            if (period.isPresent()) {
                throw invalid("Ask for a search period or a number of the most recent, not both.");
            }
            if (!(mostRecent.get() instanceof Number number) || number.intValue() < 1) {
                throw invalid("includeNumberOfMostRecent is a whole number of 1 or more.");
            }
            filtered = filtered.stream().limit(number.intValue()).toList();
        }
        return filtered;
    }

    /** A part's value; empty when the part is not sent, 422 when it is sent without its value. */
    private Optional<Object> part(String name, String value) {
        if (!(parameter.get("part") instanceof List<?> parts)) {
            return Optional.empty();
        }
        for (Object part : parts) {
            if (part instanceof Map<?, ?> map && name.equals(map.get("name"))) {
                if (map.get(value) == null) {
                    throw invalid(name + " needs its " + value + ".");
                }
                return Optional.of(map.get(value));
            }
        }
        return Optional.empty();
    }

    private static LocalDate date(Object period, String end) {
        Object value = period instanceof Map<?, ?> map ? map.get(end) : null;
        return value == null ? null : parse(value, "The period's " + end);
    }

    private static LocalDate parse(Object value, String what) {
        String text = String.valueOf(value);
        try {
            return LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text);
        } catch (DateTimeParseException notADate) {
            throw invalid(what + " must be a date such as 2026-01-31.");
        }
    }

    private static FhirRefused invalid(String message) {
        return new FhirRefused(422, "INVALID_PARAMETER", "invalid", message);
    }
}
