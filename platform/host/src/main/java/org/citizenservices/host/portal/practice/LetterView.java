package org.citizenservices.host.portal.practice;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import org.citizenservices.core.api.vua.RegistrationLetter;
import org.citizenservices.host.portal.MainLayout;
import org.citizenservices.host.portal.Portal;
import org.citizenservices.spi.Formats;
import org.citizenservices.host.portal.ui.SummaryList;

/**
 * The printable registration letter, shown once right after it is issued: the key exists nowhere else (it is
 * stored hashed), so leaving this page without printing means issuing a new letter.
 */
@Route(value = "practice/accounts/:accountId/letter", layout = MainLayout.class)
@PageTitle("Registration letter - Citizen Services")
public final class LetterView extends VerticalLayout implements BeforeEnterObserver {

    public LetterView(Portal portal) {
        setId("letter-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        long accountId = event.getRouteParameters().getLong("accountId").orElse(-1L);
        String attribute = AccountView.LETTER + accountId;
        RegistrationLetter letter = (RegistrationLetter) VaadinSession.getCurrent().getAttribute(attribute);
        VaadinSession.getCurrent().setAttribute(attribute, null);
        if (letter == null) {
            add(new H1("Registration letter"), new Paragraph("A registration letter can only be shown once, right "
                    + "after it is issued. If it was not printed, issue a new one from the online account page."),
                    StaffPages.link(PracticePaths.account(accountId), "Back to the online account", "letter-back"));
            return;
        }
        Button print = new Button("Print the letter", click -> getUI().ifPresent(ui -> ui.getPage().executeJs("window.print()")));
        print.setId("letter-print");
        print.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Div toolbar = new Div(print, StaffPages.link(PracticePaths.account(accountId), "Back to the online account",
                "letter-back"));
        toolbar.addClassName("no-print");
        toolbar.getStyle().set("display", "flex").set("gap", "var(--lumo-space-m)").set("align-items", "center");

        Div page = new Div();
        page.addClassName("letter");
        page.setId("registration-letter");
        page.add(new Paragraph(letter.practiceName() + ", " + letter.practiceAddress()));
        page.add(new Paragraph(Formats.date(letter.issuedOn())));
        page.add(new Paragraph(letter.citizenName() + (letter.citizenAddress() == null ? "" : ", " + letter.citizenAddress())));
        page.add(new H1("Your registration details for online services"));
        page.add(new Paragraph("Dear " + letter.citizenName() + ","));
        page.add(new Paragraph("Your practice has set up online access for you. These are your registration details:"));
        SummaryList details = new SummaryList("letter-details")
                .row("Account ID", secret(letter.accountId(), "letter-account-id"))
                .row("Registration key", secret(letter.linkageKey(), "letter-key"))
                .row("Practice code (ODS code)", secret(letter.odsCode(), "letter-ods"));
        page.add(details);
        page.add(new H2("What to do next"));
        OrderedList steps = new OrderedList();
        letter.instructions().forEach(step -> steps.add(new ListItem(step)));
        page.add(steps);
        add(toolbar, page);
    }

    private static Span secret(String value, String id) {
        Span span = new Span(value);
        span.addClassName("secret");
        span.setId(id);
        return span;
    }
}
