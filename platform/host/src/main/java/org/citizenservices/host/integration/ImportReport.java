package org.citizenservices.host.integration;

import org.citizenservices.spi.ImportOutcome;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The answer to an import: how many resources were created, updated or left unchanged, and each one rejected or
 * skipped (no installed module imports its type) with its place in the bundle and why.
 */
public final class ImportReport {

    /** One resource not stored, by its index in the bundle's entries. */
    public record Problem(int index, String resourceType, String reason) {
    }

    private int created;
    private int updated;
    private int unchanged;
    private final List<Problem> rejected = new ArrayList<>();
    private final List<Problem> skipped = new ArrayList<>();

    synchronized void count(ImportOutcome.Kind kind, int index, String resourceType, String reason) {
        switch (kind) {
            case CREATED -> created++;
            case UPDATED -> updated++;
            case UNCHANGED -> unchanged++;
            case REJECTED -> rejected.add(new Problem(index, resourceType, reason));
        }
    }

    synchronized void skip(int index, String resourceType, String reason) {
        skipped.add(new Problem(index, resourceType, reason));
    }

    public synchronized int created() {
        return created;
    }

    public synchronized int updated() {
        return updated;
    }

    public synchronized int unchanged() {
        return unchanged;
    }

    public synchronized List<Problem> rejected() {
        return rejected.stream().sorted(Comparator.comparingInt(Problem::index)).toList();
    }

    public synchronized List<Problem> skipped() {
        return skipped.stream().sorted(Comparator.comparingInt(Problem::index)).toList();
    }

    /** The report as the API and {@code admin import} answer it. */
    public synchronized com.fasterxml.jackson.databind.node.ObjectNode toJson() {
        com.fasterxml.jackson.databind.ObjectMapper json = new com.fasterxml.jackson.databind.ObjectMapper();
        com.fasterxml.jackson.databind.node.ObjectNode body = json.createObjectNode();
        body.put("created", created);
        body.put("updated", updated);
        body.put("unchanged", unchanged);
        body.set("rejected", json.valueToTree(rejected()));
        body.set("skipped", json.valueToTree(skipped()));
        return body;
    }

    /** "created 3, updated 0, unchanged 12, rejected 1, skipped 0": for the audit trail and the log. */
    public synchronized String totals() {
        return "created " + created + ", updated " + updated + ", unchanged " + unchanged + ", rejected "
                + rejected.size() + ", skipped " + skipped.size();
    }
}
