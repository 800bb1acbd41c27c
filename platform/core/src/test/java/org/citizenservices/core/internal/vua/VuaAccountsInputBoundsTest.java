package org.citizenservices.core.internal.vua;

import org.citizenservices.core.api.vua.VuaAccounts;
import org.citizenservices.core.api.vua.AssociationRequest;
import org.citizenservices.core.api.domain.FreeText;
import org.citizenservices.core.api.domain.InvalidValueException;
import org.citizenservices.core.internal.patient.Patient;
import org.citizenservices.core.api.service.StaffMember;
import org.citizenservices.core.support.Bounds;
import org.citizenservices.core.support.CoreFixture;
import org.citizenservices.core.support.OneCorePerClass;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Every reason and search a practice user types into the account pages, at its limit, one over and at 10 KB: the
 * limit is stored whole, anything longer is refused with words the user can act on, before any history, audit or
 * change is written.
 */
class VuaAccountsInputBoundsTest extends OneCorePerClass {

    StaffMember staff;
    Patient patient;
    final VuaAccounts accounts = fixture.core.accounts();

    @BeforeEach
    void practice() {
        CoreFixture.Surgery surgery = fixture.surgery("Bounded", LocalDate.of(1980, 5, 5));
        staff = surgery.reception();
        patient = surgery.patient();
    }

    /** One reason field: how to reach the state it changes, the change, and what the change keeps of the reason. */
    enum Reason {
        END_ASSOCIATION, REVOKE_LINKAGE, SUSPEND, REINSTATE, NEW_LETTER;

        int max() {
            return FreeText.REASON;
        }
    }

    static Stream<Arguments> reasons() {
        return Bounds.cases(Arrays.stream(Reason.values()), Reason::max);
    }

    @ParameterizedTest(name = "{0} with {1} characters")
    @MethodSource("reasons")
    void aReasonIsKeptWholeUpToItsColumn_andRefusedBeyondIt_withNothingWritten(Reason field, int length) {
        String reason = Bounds.text(length);
        long vuaId;
        Runnable change;
        switch (field) {
            case END_ASSOCIATION -> {
                vuaId = fixture.account(staff, patient).id();
                long association = fixture.core.associations().associate(staff, vuaId, patient.id(),
                        AssociationRequest.self(LocalDate.of(2026, 11, 1))).id();
                change = () -> fixture.core.associations().endAssociation(staff, association, reason);
            }
            case REVOKE_LINKAGE -> {
                vuaId = fixture.activeSelf(staff, patient).vuaId();
                long linkage = fixture.core.transactions().read(em -> em.createQuery(
                        "select l.id from AccountLinkage l where l.vua.id = :vua", Long.class)
                        .setParameter("vua", vuaId).getSingleResult());
                change = () -> fixture.core.linkageKeys().revokeLinkage(staff, linkage, reason);
            }
            case SUSPEND -> {
                vuaId = fixture.account(staff, patient).id();
                change = () -> accounts.suspend(staff, vuaId, reason);
            }
            case REINSTATE -> {
                vuaId = fixture.account(staff, patient).id();
                accounts.suspend(staff, vuaId, "At the patient's request");
                change = () -> accounts.reinstate(staff, vuaId, reason);
            }
            case NEW_LETTER -> {
                vuaId = fixture.account(staff, patient).id();
                fixture.core.linkageKeys().issueLinkageKey(staff, vuaId, null);
                change = () -> fixture.core.linkageKeys().issueLinkageKey(staff, vuaId, reason);
            }
            default -> throw new IllegalStateException(field.name());
        }
        long history = Bounds.historyEntries(fixture, vuaId);
        long audit = Bounds.auditEvents(fixture);
        String before = state(field, vuaId);

        if (length <= field.max()) {
            change.run();
            assertThat(keptReasons(vuaId)).as("the reason is kept whole").anyMatch(kept -> kept.endsWith(reason));
            assertThat(Bounds.historyEntries(fixture, vuaId)).isGreaterThan(history);
        } else {
            assertThatThrownBy(change::run).isInstanceOf(InvalidValueException.class)
                    .hasMessage("A reason is at most 300 characters.");
            assertThat(Bounds.historyEntries(fixture, vuaId)).as("history").isEqualTo(history);
            assertThat(Bounds.auditEvents(fixture)).as("audit").isEqualTo(audit);
            assertThat(state(field, vuaId)).as("the account is unchanged").isEqualTo(before);
        }
    }

    /** What the change would alter: an association's end, a linkage's revocation, the suspension, the key. */
    private static String state(Reason field, long vuaId) {
        return fixture.core.transactions().read(em -> {
            Vua vua = em.find(Vua.class, vuaId);
            return switch (field) {
                case END_ASSOCIATION -> em.createQuery("select a.endReason from PatientAssociation a where a.vua.id = :vua",
                        String.class).setParameter("vua", vuaId).getResultList().toString();
                case REVOKE_LINKAGE -> em.createQuery("select l.revokedReason from AccountLinkage l where l.vua.id = :vua",
                        String.class).setParameter("vua", vuaId).getResultList().toString();
                case SUSPEND, REINSTATE -> String.valueOf(vua.suspended());
                case NEW_LETTER -> vua.linkageKeyHash();
            };
        });
    }

    /** The reasons the account keeps: end reasons, revoked reasons and the history's descriptions. */
    private static List<String> keptReasons(long vuaId) {
        return fixture.core.transactions().read(em -> {
            List<String> kept = new ArrayList<>(em.createQuery(
                    "select h.description from VuaHistoryEntry h where h.vuaId = :vua", String.class)
                    .setParameter("vua", vuaId).getResultList());
            kept.addAll(em.createQuery("select a.endReason from PatientAssociation a where a.vua.id = :vua"
                    + " and a.endReason is not null", String.class).setParameter("vua", vuaId).getResultList());
            kept.addAll(em.createQuery("select l.revokedReason from AccountLinkage l where l.vua.id = :vua"
                    + " and l.revokedReason is not null", String.class).setParameter("vua", vuaId).getResultList());
            return kept;
        });
    }

    @ParameterizedTest(name = "an account search of {0} characters")
    @MethodSource("org.citizenservices.core.support.Bounds#searches")
    void aSearchUpToItsLimitFindsNothingQuietly_andALongerOneIsRefusedInWords(int length) {
        Bounds.search(length, query -> accounts.search(staff, query));
    }
}
