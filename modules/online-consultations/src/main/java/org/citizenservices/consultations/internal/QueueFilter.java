package org.citizenservices.consultations.internal;

/** The practice's views of its triage queue. */
public enum QueueFilter {
    OPEN("Waiting for an outcome"),
    NEW("New"),
    ASSIGNED("Assigned"),
    URGENT("Urgent"),
    OVERDUE("Overdue"),
    COMPLETED("Completed");

    private final String label;

    QueueFilter(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
