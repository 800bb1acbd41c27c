package org.citizenservices.consultations.internal;

import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;

/** England and Wales bank holidays, from the bundle's data file ({@code bank-holidays-england-and-wales.txt}). */
public final class BankHolidays {

    private final TreeMap<LocalDate, String> days;

    BankHolidays(Map<LocalDate, String> days) {
        this.days = new TreeMap<>(days);
    }

    public static BankHolidays englandAndWales() {
        Map<LocalDate, String> days = new TreeMap<>();
        for (String line : DataFile.lines("bank-holidays-england-and-wales.txt")) {
            int space = line.indexOf(' ');
            days.put(LocalDate.parse(line.substring(0, space)), line.substring(space + 1).strip());
        }
        return new BankHolidays(days);
    }

    public boolean isHoliday(LocalDate day) {
        return days.containsKey(day);
    }

    /** The last day the file knows about: beyond it every weekday would count as a working day. */
    public LocalDate knownUntil() {
        return days.isEmpty() ? LocalDate.MIN : LocalDate.of(days.lastKey().getYear(), 12, 31);
    }
}
