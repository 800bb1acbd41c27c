package org.citizenservices.appointments.internal;

import java.util.List;

/** The practice's appointment book, as far as this first slice goes: the free slots bookable online. */
public interface SlotService {

    /** Free, online-bookable slots that have not started yet, within the search's dates, earliest first. */
    List<FreeSlot> freeSlots(SlotSearch search);
}
