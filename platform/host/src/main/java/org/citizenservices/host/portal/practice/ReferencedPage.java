package org.citizenservices.host.portal.practice;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import org.citizenservices.core.api.service.NotFoundException;
import org.citizenservices.host.portal.ui.Messages;

/**
 * A staff page about one thing named by a number in its address (an online account, a patient): its messages on
 * top, then its content, or a plain "not found" when the number is not one of the practice's — the core answers
 * the same for a number that does not exist and one at another practice, and so does the page.
 */
abstract class ReferencedPage extends VerticalLayout implements BeforeEnterObserver {

    /** What the page says when the reference is not the practice's. */
    record NotFound(String heading, String text) {
    }

    protected final Messages messages;
    protected final Div content = new Div();
    private final String parameter;
    private final NotFound notFound;

    ReferencedPage(String id, String maxWidth, String messagesId, String parameter, NotFound notFound) {
        this.messages = new Messages(messagesId);
        this.parameter = parameter;
        this.notFound = notFound;
        setId(id);
        setMaxWidth(maxWidth);
        content.setWidthFull();
        add(messages, content);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            show(event.getRouteParameters().getLong(parameter).orElseThrow(() -> new NotFoundException("x")));
        } catch (NotFoundException notOurs) {
            content.removeAll();
            content.add(new H1(notFound.heading()), new Paragraph(notFound.text()));
        }
    }

    /** Shows the thing with this reference; a {@link NotFoundException} from the core shows "not found". */
    protected abstract void show(long reference);
}
