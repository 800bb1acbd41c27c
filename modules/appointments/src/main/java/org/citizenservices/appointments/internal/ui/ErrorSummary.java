package org.citizenservices.appointments.internal.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;

import java.util.ArrayList;
import java.util.List;

/**
 * The NHS.UK error summary at the top of a form: "There is a problem", focused when shown, each error a link that
 * moves focus to its field, which shows the same message. The host's own copy is not exported to modules (they import
 * only the SPI), so each module keeps this small one; the portal's stylesheet styles them all alike.
 */
final class ErrorSummary extends Div {

    private final List<HasValidation> marked = new ArrayList<>();

    ErrorSummary(String id) {
        setId(id);
        setVisible(false);
        addClassName("error-summary");
        getElement().setAttribute("role", "alert");
        getElement().setAttribute("aria-labelledby", id + "-title");
        getElement().setAttribute("tabindex", "-1");
    }

    /** Shows one error about {@code field} (null: about the whole form). */
    void show(String text, Component field) {
        clear();
        add(text, field);
        reveal();
    }

    /** Adds an error to those shown; call {@link #reveal()} after the last. */
    void add(String text, Component field) {
        if (getChildren().findAny().isEmpty()) {
            H2 title = new H2("There is a problem");
            title.setId(getId().orElseThrow() + "-title");
            UnorderedList list = new UnorderedList();
            super.add(title, list);
        }
        UnorderedList list = (UnorderedList) getChildren().filter(UnorderedList.class::isInstance).findFirst()
                .orElseThrow();
        ListItem item = new ListItem();
        if (field != null && field.getId().isPresent()) {
            item.add(link(field.getId().get(), text));
            if (field instanceof HasValidation validated) {
                validated.setErrorMessage(text);
                validated.setInvalid(true);
                marked.add(validated);
            }
        } else {
            Span plain = new Span(text);
            plain.addClassName("error-message");
            item.add(plain);
        }
        list.add(item);
    }

    boolean hasErrors() {
        return !marked.isEmpty() || getChildren().findAny().isPresent();
    }

    /** Shows the errors added and moves focus to them, so a screen reader reads them and Tab starts there. */
    void reveal() {
        setVisible(true);
        getElement().executeJs("requestAnimationFrame(() => { this.scrollIntoView({block: 'center'});"
                + " this.focus({preventScroll: true}); })");
    }

    void clear() {
        removeAll();
        setVisible(false);
        marked.forEach(field -> field.setInvalid(false));
        marked.clear();
    }

    /** A plain "#id" link would only scroll: the field's input sits inside a web component, so focus moves here. */
    private static Anchor link(String fieldId, String text) {
        Anchor link = new Anchor("#" + fieldId, text);
        link.getElement().executeJs("this.addEventListener('click', e => { e.preventDefault();"
                + " const field = document.getElementById($0); if (field) {"
                + " field.scrollIntoView({block: 'center'}); field.focus(); } })", fieldId);
        return link;
    }
}
