package org.citizenservices.core.internal.vua;

import org.citizenservices.core.internal.service.CoreContext;
import org.citizenservices.core.internal.service.CoreService;
import org.citizenservices.core.api.vua.ContactConfirmations;
import org.citizenservices.core.api.vua.ContactChannel;
import org.citizenservices.core.api.vua.HistoryKind;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import org.citizenservices.core.api.service.Actor;
import org.citizenservices.core.api.audit.AuditAction;
import org.citizenservices.core.api.audit.Outcome;
import org.citizenservices.core.api.domain.InvalidValueException;
import org.citizenservices.core.api.security.SecretHasher;
import org.citizenservices.core.api.vua.SignedInCitizen;
import org.citizenservices.core.api.service.StaffMember;
import org.citizenservices.core.api.service.StaffPermission;
import org.citizenservices.core.api.service.Times;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Optional;
import java.util.function.Function;

/**
 * Verified contact, as R8 asks: the practice tells a citizen something only through an email address or mobile number
 * the citizen has confirmed, by typing back a six-digit code sent there — in the portal, or read out to the practice
 * at the desk. A code lives 30 minutes and allows 5 wrong tries; at most 3 are sent to one account's detail an hour,
 * so nobody can use the practice to flood a stranger's phone. Only the code's Argon2id hash is stored: the code itself
 * exists only in the {@link CodeToSend} handed to the sender. When the practice changes a detail, the new value is
 * unconfirmed until confirmed again ({@link Vua#confirmedEmail()}).
 */
public final class ContactConfirmationsService extends CoreService implements ContactConfirmations {

    static final Duration LIFETIME = Duration.ofMinutes(30);
    static final int MAX_WRONG_TRIES = 5;
    static final int MAX_CODES_PER_HOUR = 3;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final SecretHasher hasher;

    public ContactConfirmationsService(CoreContext context, SecretHasher hasher) {
        super(context);
        this.hasher = hasher;
    }

    public ContactState state(SignedInCitizen citizen) {
        return transactions.read(em -> state(em.find(Vua.class, citizen.vuaId())));
    }

    public ContactState state(StaffMember staff, long vuaId) {
        return transactions.read(em -> state(VuaAccountsService.ownAccount(em, staff, vuaId)));
    }

    /** A code for the citizen's own email address or mobile number, to send at once. */
    public CodeToSend sendCode(SignedInCitizen citizen, ContactChannel channel) {
        return issue(em -> em.find(Vua.class, citizen.vuaId()), channel, citizen.actor());
    }

    /** A code sent while the citizen is with the practice, who reads it back to the practice user. */
    public CodeToSend sendCode(StaffMember staff, long vuaId, ContactChannel channel) {
        StaffPermission.MANAGE_ACCOUNTS.check(staff);
        return issue(em -> VuaAccountsService.ownAccount(em, staff, vuaId), channel, staff.actor());
    }

    public void confirm(SignedInCitizen citizen, ContactChannel channel, String code) {
        confirm(em -> em.find(Vua.class, citizen.vuaId()), channel, code, citizen.actor(), citizen.label());
    }

    public void confirm(StaffMember staff, long vuaId, ContactChannel channel, String code) {
        StaffPermission.MANAGE_ACCOUNTS.check(staff);
        confirm(em -> VuaAccountsService.ownAccount(em, staff, vuaId), channel, code, staff.actor(), staff.label());
    }

    private CodeToSend issue(Function<EntityManager, Vua> account, ContactChannel channel, Actor actor) {
        if (channel == null) {
            throw new InvalidValueException("Choose the email address or the mobile number to confirm.");
        }
        String code = String.format("%06d", RANDOM.nextInt(1_000_000));
        String hash = hasher.hash(code.toCharArray());
        return transactions.write(em -> {
            Vua vua = account.apply(em);
            String address = address(vua, channel).orElseThrow(() -> new InvalidValueException("There is no "
                    + channel.words() + " on this account to confirm. The practice can add one."));
            if (confirmed(vua, channel)) {
                throw new InvalidValueException("This " + channel.words() + " is already confirmed.");
            }
            LocalDateTime now = Times.now(clock);
            long recent = em.createQuery("select count(c) from ContactConfirmation c where c.vuaId = :vua"
                            + " and c.channel = :channel and c.createdAt > :since", Long.class)
                    .setParameter("vua", vua.id()).setParameter("channel", channel)
                    .setParameter("since", now.minusHours(1)).getSingleResult();
            if (recent >= MAX_CODES_PER_HOUR) {
                throw new InvalidValueException(MAX_CODES_PER_HOUR + " codes have been sent in the last hour. Use the"
                        + " latest one, or ask for another after an hour.");
            }
            em.persist(new ContactConfirmation(vua.id(), channel, address, hash, now, now.plus(LIFETIME)));
            audit.entry(actor, AuditAction.CONTACT_CONFIRMATION).account(vua.accountId().value())
                    .detail("code issued for the " + channel.words()).in(em, Outcome.SUCCESS);
            return new CodeToSend(vua.accountId().value(), vua.displayName(), channel, address, code);
        });
    }

    private void confirm(Function<EntityManager, Vua> account, ContactChannel channel, String typed, Actor actor,
                         String by) {
        String code = typed == null ? "" : typed.replaceAll("\\s", "");
        if (channel == null || !code.matches("\\d{6}")) {
            throw new InvalidValueException("Enter the 6-digit code from the message we sent.");
        }
        String refusal = transactions.write(em -> {
            Vua vua = account.apply(em);
            // parallel guesses at one account's code queue here, so none slips past the count of wrong tries
            em.lock(vua, LockModeType.PESSIMISTIC_WRITE);
            LocalDateTime now = Times.now(clock);
            Optional<ContactConfirmation> latest = em.createQuery("select c from ContactConfirmation c"
                            + " where c.vuaId = :vua and c.channel = :channel order by c.createdAt desc, c.id desc",
                            ContactConfirmation.class)
                    .setParameter("vua", vua.id()).setParameter("channel", channel)
                    .setMaxResults(1).getResultStream().findFirst();
            String why = refusal(vua, channel, code, latest, now);
            if (why != null) {
                audit.entry(actor, AuditAction.CONTACT_CONFIRMATION).account(vua.accountId().value())
                        .detail("code for the " + channel.words() + " refused").in(em, Outcome.FAILED);
                return why;
            }
            latest.get().used(now);
            vua.contactConfirmed(channel, latest.get().address());
            em.persist(new VuaHistoryEntry(vua.id(), now, HistoryKind.PREFERENCES,
                    "The " + channel.words() + " was confirmed with a code", by));
            audit.entry(actor, AuditAction.CONTACT_CONFIRMATION).account(vua.accountId().value())
                    .detail(channel.words() + " confirmed").in(em, Outcome.SUCCESS);
            return null;
        });
        if (refusal != null) {
            // thrown after the commit, so the wrong try is counted
            throw new InvalidValueException(refusal);
        }
    }

    /** Why the typed code does not confirm the detail, or null when it does; a wrong code counts as a try. */
    private String refusal(Vua vua, ContactChannel channel, String code, Optional<ContactConfirmation> latest,
                           LocalDateTime now) {
        if (latest.isEmpty() || !latest.get().usable(now, MAX_WRONG_TRIES)) {
            return "That code has run out or was typed wrongly too many times. Ask for a new code.";
        }
        if (!address(vua, channel).map(latest.get().address()::equals).orElse(false)) {
            return "The " + channel.words() + " has changed since that code was sent. Ask for a new code.";
        }
        if (!hasher.verify(code.toCharArray(), latest.get().codeHash())) {
            latest.get().wrongTry();
            return latest.get().usable(now, MAX_WRONG_TRIES)
                    ? "That code is not right. Check the latest message we sent and type its 6 digits."
                    : "That code was typed wrongly too many times. Ask for a new code.";
        }
        return null;
    }

    /**
     * Records details as already confirmed, for accounts brought in from a system where the person confirmed them
     * (the demo practice; an import), with the account's history and audit saying so.
     */
    public void recordConfirmed(EntityManager em, Vua vua, ContactChannel channel, Actor actor) {
        String address = address(vua, channel).orElseThrow(() -> new InvalidValueException("There is no "
                + channel.words() + " on this account to confirm."));
        vua.contactConfirmed(channel, address);
        em.persist(new VuaHistoryEntry(vua.id(), Times.now(clock), HistoryKind.PREFERENCES,
                "The " + channel.words() + " was recorded as confirmed", actor.label()));
        audit.entry(actor, AuditAction.CONTACT_CONFIRMATION).account(vua.accountId().value())
                .detail(channel.words() + " recorded as confirmed").in(em, Outcome.SUCCESS);
    }

    private static Optional<String> address(Vua vua, ContactChannel channel) {
        if (channel == ContactChannel.EMAIL) {
            return Optional.ofNullable(vua.contact().email()).map(e -> e.value());
        }
        return Optional.ofNullable(vua.contact().telephone()).filter(t -> t.isMobile()).map(t -> t.value());
    }

    private static boolean confirmed(Vua vua, ContactChannel channel) {
        return (channel == ContactChannel.EMAIL ? vua.confirmedEmail() : vua.confirmedMobile()).isPresent();
    }

    private static ContactState state(Vua vua) {
        var contact = vua.contact();
        return new ContactState(contact.email() == null ? null : contact.email().value(),
                vua.confirmedEmail().isPresent(),
                contact.telephone() == null ? null : contact.telephone().value(),
                contact.telephone() != null && contact.telephone().isMobile(),
                vua.confirmedMobile().isPresent(), vua.contactPreference());
    }
}
