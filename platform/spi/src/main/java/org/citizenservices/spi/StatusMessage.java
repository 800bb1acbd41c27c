package org.citizenservices.spi;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Paragraph;

/**
 * The line a page tells the outcome of an action in ("Your request was sent."): a paragraph that screen readers
 * announce when its text changes ({@code role="status"}, WCAG 2.2 success criterion 4.1.3). Every module's pages
 * made this paragraph by hand; a failure the reader must act on goes in an {@link ErrorSummary} instead.
 *
 * <pre>{@code
 * private final StatusMessage message = new StatusMessage("prescriptions-message");
 * ...
 * message.say("Your request was sent to the practice.", errors);          // or setText, on a page without a form
 * ...
 * message.fail(refused.getMessage(), commentField, errors);
 * }</pre>
 *
 * @since 1.10
 */
public class StatusMessage extends Paragraph {

    /** An empty message with the given element id. */
    public StatusMessage(String id) {
        setId(id);
        getElement().setAttribute("role", "status");
    }

    /** Tells a success here, and takes away what an earlier attempt showed in the page's error summary. */
    public void say(String text, ErrorSummary errors) {
        errors.clear();
        setText(text);
    }

    /** Tells a failure in the page's error summary (linked to {@code field}, if any), and empties this line. */
    public void fail(String text, Component field, ErrorSummary errors) {
        setText("");
        errors.show(text, field);
    }
}
