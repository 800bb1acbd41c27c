package org.citizenservices.core.internal.practice;

import org.citizenservices.core.internal.persistence.CreatedEntity;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import org.citizenservices.core.api.domain.OdsCode;
import org.citizenservices.core.api.domain.Postcode;

import java.time.LocalDateTime;
import java.util.Map;
import java.util.TreeMap;

/**
 * A GP practice on this installation, known by its ODS code. Its service switches are
 * {@link org.citizenservices.core.internal.practice.ServiceConfiguration} rows without a patient; its settings bag holds the
 * booking and ordering rules capabilities read (keys are prefixed with the capability id, e.g.
 * {@code appointments.maxFutureAppointments}).
 */
@Entity
@Table(name = "PRACTICE")
public class Practice extends CreatedEntity implements org.citizenservices.core.api.practice.PracticeDetails {

    @Column(name = "ODS_CODE")
    private String odsCode;

    private String name;

    private String address;

    private String postcode;

    private String telephone;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "PRACTICE_SETTING", joinColumns = @JoinColumn(name = "PRACTICE_ID"))
    @MapKeyColumn(name = "NAME")
    @Column(name = "SETTING_VALUE")
    private Map<String, String> settings = new TreeMap<>();

    @Column(name = "SUSPENDED_AT")
    private LocalDateTime suspendedAt;

    @Column(name = "SUSPENDED_REASON")
    private String suspendedReason;

    protected Practice() {
    }

    public Practice(OdsCode odsCode, String name, String address, Postcode postcode, String telephone,
                    LocalDateTime createdAt) {
        super(createdAt);
        this.odsCode = odsCode.value();
        this.name = name;
        this.address = address;
        this.postcode = postcode == null ? "" : postcode.value();
        this.telephone = telephone;
    }

    @Override
    public OdsCode odsCode() {
        return new OdsCode(odsCode);
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public String address() {
        return address;
    }

    @Override
    public Postcode postcode() {
        return postcode == null || postcode.isEmpty() ? null : new Postcode(postcode);
    }

    @Override
    public String telephone() {
        return telephone;
    }

    public Map<String, String> settings() {
        return Map.copyOf(settings);
    }

    public void putSetting(String key, String value) {
        settings.put(key, value);
    }

    /** Suspended by the supplier: no staff sign-in, no clinical-system token, no citizen service. */
    public boolean suspended() {
        return suspendedAt != null;
    }

    public LocalDateTime suspendedAt() {
        return suspendedAt;
    }

    public String suspendedReason() {
        return suspendedReason;
    }

    /** Suspends with the reason, or restores with {@code at} null. */
    public void suspension(LocalDateTime at, String reason) {
        this.suspendedAt = at;
        this.suspendedReason = at == null ? null : reason;
    }
}
