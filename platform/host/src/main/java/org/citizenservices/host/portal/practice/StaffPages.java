package org.citizenservices.host.portal.practice;

import com.vaadin.flow.component.html.Anchor;
import org.citizenservices.core.api.service.StaffMember;
import org.citizenservices.host.portal.security.PortalSignIn;

/** What every staff page needs: the signed-in member (the guard guarantees one) and links by path. */
final class StaffPages {

    private StaffPages() {
    }

    static StaffMember staff() {
        return PortalSignIn.staff().orElseThrow(() -> new IllegalStateException("no practice user signed in"));
    }

    static Anchor link(String href, String text, String id) {
        Anchor anchor = new Anchor(href, text);
        anchor.getElement().setAttribute("router-link", true);
        if (id != null) {
            anchor.setId(id);
        }
        return anchor;
    }
}
