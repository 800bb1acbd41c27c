package org.citizenservices.host.portal.practice;

import com.vaadin.flow.component.html.Div;
import org.citizenservices.core.api.service.StaffMember;
import org.citizenservices.core.api.vua.AccountDetails;
import org.citizenservices.host.portal.Portal;
import org.citizenservices.host.portal.ui.Messages;

import java.util.function.BiConsumer;

/** A section of the staff account page: it acts on the page's one account, and after a change the page is shown again. */
abstract class AccountSection extends Div {

    /**
     * What every section of the account page works with.
     *
     * @param changed runs a change, then shows the page again with its confirmation (the account page's own)
     */
    record Page(Portal portal, StaffMember staff, long vuaId, AccountDetails details, boolean mayManage,
                Messages messages, BiConsumer<Runnable, String> changed) {
    }

    protected final Portal portal;
    protected final long vuaId;
    protected final Messages messages;
    private final BiConsumer<Runnable, String> changed;

    AccountSection(Page page) {
        this.portal = page.portal();
        this.vuaId = page.vuaId();
        this.messages = page.messages();
        this.changed = page.changed();
    }

    /** Runs a change through the page, which shows itself again with the confirmation. */
    protected void changed(Runnable change, String confirmation) {
        changed.accept(change, confirmation);
    }
}
