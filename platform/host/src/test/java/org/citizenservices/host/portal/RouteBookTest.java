package org.citizenservices.host.portal;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import org.citizenservices.spi.Area;
import org.citizenservices.spi.Role;
import org.citizenservices.spi.ViewContribution;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RouteBookTest {

    static class SlotsView extends Div {
    }

    static class BookView extends Div {
    }

    static class NotesView extends Span {
    }

    private final RouteBook book = new RouteBook();
    private final List<String> heard = new ArrayList<>();

    RouteBookTest() {
        book.addListener(new RouteBook.Listener() {
            @Override
            public void added(String capabilityId, List<ViewContribution> views) {
                heard.add("added " + capabilityId + " " + views.size());
            }

            @Override
            public void removed(String capabilityId, String displayName, List<ViewContribution> views) {
                heard.add("removed " + capabilityId + " (" + displayName + ") " + views.size());
            }
        });
    }

    @Test
    void givenTwoCapabilities_whenAdded_thenMenusPerAreaAreOrderedAndListenersHear() {
        SlotsView slots = new SlotsView();
        book.add("appointments", "Appointments", new org.citizenservices.spi.CitizenService("APPOINTMENTS"), List.of(
                ViewContribution.citizen("appointments", SlotsView.class, "Appointments", 10, () -> slots),
                ViewContribution.practice("practice/appointment-book", BookView.class, "Appointment book", 10,
                        Role.RECEPTIONIST, BookView::new)));
        book.add("notes", "Notes", new org.citizenservices.spi.CitizenService("NOTES"), List.of(
                ViewContribution.citizen("notes", NotesView.class, "Notes", 5, NotesView::new)));

        assertThat(book.menu(Area.CITIZEN)).extracting(RouteBook.MenuEntry::path).containsExactly("notes", "appointments");
        assertThat(book.menu(Area.PRACTICE)).extracting(RouteBook.MenuEntry::label).containsExactly("Appointment book");
        assertThat(book.factoryFor(SlotsView.class)).get().extracting(f -> f.get()).isSameAs(slots);
        assertThat(heard).containsExactly("added appointments 2", "added notes 1");
    }

    @Test
    void givenACapability_whenRemoved_thenItsViewsMenuAndFactoriesAreGone() {
        book.add("appointments", "Appointments", new org.citizenservices.spi.CitizenService("APPOINTMENTS"), List.of(
                ViewContribution.citizen("appointments", SlotsView.class, "Appointments", 10, SlotsView::new)));

        List<ViewContribution> removed = book.remove("appointments");

        assertThat(removed).extracting(ViewContribution::path).containsExactly("appointments");
        assertThat(book.menu(Area.CITIZEN)).isEmpty();
        assertThat(book.views()).isEmpty();
        assertThat(book.factoryFor(SlotsView.class)).isEmpty();
        assertThat(book.remove("appointments")).isEmpty();
        assertThat(heard).containsExactly("added appointments 1", "removed appointments (Appointments) 1");
    }

    @Test
    void givenAPathTaken_whenAnotherCapabilityClaimsIt_thenRejectedAndNothingChanges() {
        book.add("appointments", "Appointments", new org.citizenservices.spi.CitizenService("APPOINTMENTS"), List.of(
                ViewContribution.citizen("appointments", SlotsView.class, "Appointments", 10, SlotsView::new)));

        assertThatThrownBy(() -> book.add("other", "Other", new org.citizenservices.spi.CitizenService("OTHER"), List.of(
                ViewContribution.citizen("notes", NotesView.class, "Notes", 1, NotesView::new),
                ViewContribution.citizen("appointments", BookView.class, "Mine", 1, BookView::new))))
                .hasMessageContaining("'appointments' already belongs to module 'appointments'");

        assertThat(book.menu(Area.CITIZEN)).extracting(RouteBook.MenuEntry::capabilityId).containsExactly("appointments");
        assertThat(heard).containsExactly("added appointments 1");
    }

    @Test
    void givenADuplicateIdReservedPathOrRepeatedPath_whenChecked_thenRejected() {
        book.add("notes", "Notes", new org.citizenservices.spi.CitizenService("NOTES"), List.of());

        assertThatThrownBy(() -> book.checkCanAdd("notes", List.of())).hasMessageContaining("already has the id 'notes'");
        assertThatThrownBy(() -> book.checkCanAdd("x", List.of(
                ViewContribution.citizen("health", NotesView.class, "Health", 1, NotesView::new))))
                .hasMessageContaining("'health' is reserved");
        assertThatThrownBy(() -> book.checkCanAdd("y", List.of(
                ViewContribution.citizen("twice", NotesView.class, "A", 1, NotesView::new),
                ViewContribution.citizen("twice", SlotsView.class, "B", 2, SlotsView::new))))
                .hasMessageContaining("declared twice");
    }
}
