package org.citizenservices.core.internal.vua;

import org.citizenservices.core.internal.persistence.CreatedEntity;
import org.citizenservices.core.api.vua.LinkageKind;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import java.time.LocalDateTime;

/**
 * One online account linked to a Verified User Account with its linkage key: the portal's own sign-in (Scenario 1) or
 * a third-party app (Scenario 2). Revoked, never deleted, so staff see current and historic linkages.
 */
@Entity
@Table(name = "ACCOUNT_LINKAGE")
public class AccountLinkage extends CreatedEntity implements org.citizenservices.core.api.vua.AccountLinkageDetails {

    public static final String PORTAL_NAME = "Citizen portal";

    @ManyToOne(optional = false)
    @JoinColumn(name = "VUA_ID")
    private Vua vua;

    @Enumerated(EnumType.STRING)
    private LinkageKind kind;

    @Column(name = "APP_NAME")
    private String appName;

    @Column(name = "REVOKED_AT")
    private LocalDateTime revokedAt;

    @Column(name = "REVOKED_REASON")
    private String revokedReason;

    @Column(name = "ACCESS_IDENTITY_HASH")
    private String accessIdentityHash;

    /** The registered app an APP linkage was made through; null for other kinds and older links. */
    @Column(name = "APP_ID")
    private Long appId;

    /** For an account joined to a sign-in at another practice: that sign-in's portal linkage. */
    @ManyToOne
    @JoinColumn(name = "SIGNS_IN_THROUGH")
    private AccountLinkage signsInThrough;

    protected AccountLinkage() {
    }

    AccountLinkage(Vua vua, LinkageKind kind, String appName, LocalDateTime createdAt) {
        this(vua, kind, appName, createdAt, null);
    }

    AccountLinkage(Vua vua, LinkageKind kind, String appName, LocalDateTime createdAt, String accessIdentityHash) {
        super(createdAt);
        this.vua = vua;
        this.kind = kind;
        this.appName = appName;
        this.accessIdentityHash = accessIdentityHash;
    }

    /** A linkage of a registered app, which keeps the app's name as the citizen knew it when linking. */
    static AccountLinkage ofApp(Vua vua, org.citizenservices.core.api.apps.CitizenApps.App app, LocalDateTime at,
                                String accessIdentityHash) {
        AccountLinkage linkage = new AccountLinkage(vua, LinkageKind.APP, app.name(), at, accessIdentityHash);
        linkage.appId = app.id();
        return linkage;
    }

    public Long appId() {
        return appId;
    }

    /** The account's live linkage of this kind, if it has one. */
    public static java.util.Optional<AccountLinkage> liveOfKind(jakarta.persistence.EntityManager em, Vua vua,
                                                                LinkageKind kind) {
        return em.createQuery("select l from AccountLinkage l where l.vua = :vua and l.kind = :kind"
                        + " and l.revokedAt is null", AccountLinkage.class).setParameter("vua", vua)
                .setParameter("kind", kind).getResultStream().findFirst();
    }

    /** A new linkage through which NHS login signs the account's owner in (NL01), stored. */
    public static AccountLinkage nhsLogin(jakarta.persistence.EntityManager em, Vua vua, LocalDateTime createdAt) {
        AccountLinkage linkage = new AccountLinkage(vua, LinkageKind.NHS_LOGIN,
                org.citizenservices.core.api.vua.NhsLoginAccounts.LINKAGE_NAME, createdAt);
        em.persist(linkage);
        em.flush();
        return linkage;
    }

    /** A portal linkage at another practice, signing in through {@code signIn}'s username and password. */
    static AccountLinkage joined(Vua vua, AccountLinkage signIn, LocalDateTime createdAt) {
        AccountLinkage linkage = new AccountLinkage(vua, LinkageKind.PORTAL, PORTAL_NAME, createdAt);
        linkage.signsInThrough = signIn;
        return linkage;
    }

    public AccountLinkage signsInThrough() {
        return signsInThrough;
    }

    public Vua vua() {
        return vua;
    }

    public LinkageKind kind() {
        return kind;
    }

    public String appName() {
        return appName;
    }

    public LocalDateTime revokedAt() {
        return revokedAt;
    }

    public String revokedReason() {
        return revokedReason;
    }

    public boolean isLive() {
        return revokedAt == null;
    }

    void revoke(LocalDateTime at, String reason) {
        this.revokedAt = at;
        this.revokedReason = reason;
    }

    /** The account's portal sign-in, if it has one that has not been revoked. */
    static java.util.Optional<AccountLinkage> livePortal(jakarta.persistence.EntityManager em, Vua vua) {
        return em.createQuery("select l from AccountLinkage l where l.vua = :vua and l.kind = :portal"
                        + " and l.revokedAt is null", AccountLinkage.class)
                .setParameter("vua", vua).setParameter("portal", LinkageKind.PORTAL).getResultStream().findFirst();
    }
}
