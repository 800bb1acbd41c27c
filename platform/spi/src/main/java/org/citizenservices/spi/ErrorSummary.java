package org.citizenservices.spi;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;

import java.util.ArrayList;
import java.util.List;

/**
 * The NHS.UK error summary at the top of a form: "There is a problem", focused when shown, each error a link that
 * moves focus to its field ({@link FieldLink}, id {@code <summary id>-link-<n>}), which shows the same message. The
 * portal's stylesheet styles it ({@code .error-summary}); the host's own forms use it too.
 *
 * <pre>{@code
 * private final ErrorSummary errors = new ErrorSummary("booking-errors");   // add it first, above the form
 * ...
 * } catch (IllegalArgumentException refused) {
 *     errors.show(refused.getMessage(), reasonField);                       // the field needs an id
 * }
 * }</pre>
 *
 * @since 1.6
 */
public class ErrorSummary extends Div {

    private final List<HasValidation> marked = new ArrayList<>();

    public ErrorSummary(String id) {
        setId(id);
        setVisible(false);
        addClassName("error-summary");
        getElement().setAttribute("role", "alert");
        getElement().setAttribute("aria-labelledby", id + "-title");
        getElement().setAttribute("tabindex", "-1");
    }

    /** Shows one error about {@code field} (null: about the whole form). */
    public void show(String text, Component field) {
        clear();
        add(text, field);
        reveal();
    }

    /** Adds an error to those shown; call {@link #reveal()} after the last. */
    public void add(String text, Component field) {
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
            Component link = FieldLink.to(field.getId().get(), text);
            link.setId(getId().orElseThrow() + "-link-" + list.getChildren().count());
            item.add(link);
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

    public boolean hasErrors() {
        return !marked.isEmpty() || getChildren().findAny().isPresent();
    }

    /** Shows the errors added and moves focus to them, so a screen reader reads them and Tab starts there. */
    public void reveal() {
        setVisible(true);
        getElement().executeJs("requestAnimationFrame(() => { this.scrollIntoView({block: 'center'});"
                + " this.focus({preventScroll: true}); })");
    }

    public void clear() {
        removeAll();
        setVisible(false);
        marked.forEach(field -> field.setInvalid(false));
        marked.clear();
    }
}
