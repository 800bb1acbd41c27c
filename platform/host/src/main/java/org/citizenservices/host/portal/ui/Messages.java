package org.citizenservices.host.portal.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import org.citizenservices.spi.ServiceNotAvailableException;
import org.citizenservices.core.api.domain.InvalidValueException;
import org.citizenservices.core.api.service.NotFoundException;
import org.citizenservices.core.api.service.NotPermittedException;
import org.citizenservices.core.api.service.RuleViolationException;
import org.citizenservices.core.api.service.SignInFailedException;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * A form's messages, at its top. Errors follow the NHS.UK error summary: a "There is a problem" box that takes focus
 * (so a screen reader reads it and a keyboard user starts from it), each error a link that moves focus to its field,
 * and the field showing the same message. Confirmations are a plain notice. Runs an action and turns the core's
 * refusals into errors; anything else is a fault and goes to the portal's error handler.
 */
public final class Messages extends Div {

    /** One error, and the field it is about (null when it is about the whole form). */
    public record Problem(String text, Component field) {
    }

    private final List<HasValidation> marked = new ArrayList<>();

    public Messages(String id) {
        setId(id);
        getElement().setAttribute("aria-live", "polite");
    }

    /** Adds "enter something" for a field left blank: checked in the page, before the core is asked. */
    public static <F extends Component & HasValue<?, String>> void requireText(List<Problem> into, F field,
                                                                              String text) {
        if (field.getValue() == null || field.getValue().isBlank()) {
            into.add(new Problem(text, field));
        }
    }

    public void error(String text) {
        problems(List.of(new Problem(text, null)));
    }

    /** The errors of one submission, in the order of the fields on the page. */
    public void problems(List<Problem> problems) {
        clear();
        UnorderedList list = new UnorderedList();
        list.addClassName("error-summary-list");
        int n = 0;
        for (Problem problem : problems) {
            ListItem item = new ListItem();
            if (problem.field() != null && problem.field().getId().isPresent()) {
                item.add(FieldLink.to(problem.field(), problem.text(), getId().orElse("form") + "-error-" + n++));
                if (problem.field() instanceof HasValidation validated) {
                    validated.setErrorMessage(problem.text());
                    validated.setInvalid(true);
                    marked.add(validated);
                }
            } else {
                Paragraph text = new Paragraph(problem.text());
                text.addClassName("error-message");
                item.add(text);
            }
            list.add(item);
        }
        H2 title = new H2("There is a problem");
        String titleId = getId().orElse("form") + "-error-title";
        title.setId(titleId);
        Div summary = new Div(title, list);
        summary.setId(getId().orElse("form") + "-summary");
        summary.addClassName("error-summary");
        summary.getElement().setAttribute("role", "alert");
        summary.getElement().setAttribute("aria-labelledby", titleId);
        summary.getElement().setAttribute("tabindex", "-1");
        add(summary);
        summary.getElement().executeJs("requestAnimationFrame(() => { this.scrollIntoView({block: 'center'});"
                + " this.focus({preventScroll: true}); })");
    }

    public void done(String text) {
        clear();
        add(new Paragraph(text));
        setClassName("notice");
        reveal();
    }

    /** The person pressed a button at the bottom of a form: bring the answer to where they are looking. */
    private void reveal() {
        getElement().executeJs("requestAnimationFrame(() => this.scrollIntoView({block: 'center'}))");
    }

    public void clear() {
        removeAll();
        removeClassNames("notice", "warning");
        marked.forEach(field -> field.setInvalid(false));
        marked.clear();
    }

    /** Runs {@code action}; a refusal by the core becomes an error and nothing else happens. */
    public boolean run(Runnable action) {
        return run((Component) null, action);
    }

    /** As {@link #run(Runnable)}, with the refusal linked to the field it is most likely about. */
    public boolean run(Component field, Runnable action) {
        return run(text -> field, action);
    }

    /** As {@link #run(Runnable)}, with the refusal linked to the field its words are about. */
    public boolean run(Function<String, Component> fieldFor, Runnable action) {
        try {
            action.run();
            clear();
            return true;
        } catch (InvalidValueException | RuleViolationException | NotPermittedException | NotFoundException
                 | SignInFailedException | ServiceNotAvailableException refused) {
            problems(List.of(new Problem(refused.getMessage(), fieldFor.apply(refused.getMessage()))));
            return false;
        }
    }
}
