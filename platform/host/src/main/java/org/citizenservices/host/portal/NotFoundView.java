package org.citizenservices.host.portal;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.router.RouterLink;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Shown for an unknown address, including that of a module the practice has removed. Says so plainly, without
 * Vaadin's developer-facing route list.
 */
@ParentLayout(MainLayout.class)
public final class NotFoundView extends VerticalLayout implements HasErrorParameter<NotFoundException> {

    public NotFoundView() {
        setId("not-found-view");
        setMaxWidth("60rem");
        add(new H1("Page not found"));
        add(new Paragraph("If you typed the web address, check it is correct. If you followed a link, the service "
                + "may no longer be offered online by your practice."));
        add(new RouterLink("Go to the home page", HomeView.class));
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        return HttpServletResponse.SC_NOT_FOUND;
    }
}
