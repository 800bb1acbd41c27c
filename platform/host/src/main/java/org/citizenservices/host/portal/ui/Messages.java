package org.citizenservices.host.portal.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import org.citizenservices.core.access.ServiceNotAvailableException;
import org.citizenservices.core.domain.InvalidValueException;
import org.citizenservices.core.service.NotFoundException;
import org.citizenservices.core.service.NotPermittedException;
import org.citizenservices.core.service.RuleViolationException;
import org.citizenservices.core.service.SignInFailedException;

/**
 * A message area under a form: errors a person can act on (with {@code role="alert"} so screen readers announce
 * them) and confirmations. Runs an action and turns the core's refusals into messages; anything else is a fault
 * and goes to the portal's error handler.
 */
public final class Messages extends Div {

    public Messages(String id) {
        setId(id);
        getElement().setAttribute("aria-live", "polite");
    }

    public void error(String text) {
        removeAll();
        Paragraph p = new Paragraph(text);
        p.getElement().setAttribute("role", "alert");
        p.addClassName("error-message");
        add(p);
        setClassName("notice warning");
        reveal();
    }

    public void done(String text) {
        removeAll();
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
    }

    /** Runs {@code action}; a refusal by the core becomes an error message and nothing else happens. */
    public boolean run(Runnable action) {
        try {
            action.run();
            clear();
            return true;
        } catch (InvalidValueException | RuleViolationException | NotPermittedException | NotFoundException
                 | SignInFailedException | ServiceNotAvailableException refused) {
            error(refused.getMessage());
            return false;
        }
    }
}
