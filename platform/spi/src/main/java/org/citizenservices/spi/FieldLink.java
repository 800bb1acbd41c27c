package org.citizenservices.spi;

import com.vaadin.flow.component.html.Anchor;

/**
 * A link that moves keyboard focus to a field or region on the same page: each error of an {@link ErrorSummary},
 * the portal's "Skip to main content". A plain {@code #id} link would only scroll, because a Vaadin field's input
 * sits inside a web component; this one moves focus in the browser, and a group of fields (a date in three boxes)
 * takes it in its first field.
 *
 * @since 1.8
 */
public final class FieldLink {

    private FieldLink() {
    }

    /** A link with {@code text} that moves focus to the element whose id is {@code targetId}. */
    public static Anchor to(String targetId, String text) {
        Anchor link = new Anchor("#" + targetId, text);
        link.getElement().executeJs("this.addEventListener('click', e => { e.preventDefault();"
                + " const target = document.getElementById($0); if (!target) { return; }"
                + " const field = target.localName.startsWith('vaadin-') || target.tabIndex >= 0 ? target"
                + " : (target.querySelector('vaadin-text-field, vaadin-select, input') || target);"
                + " field.scrollIntoView({block: 'center'}); field.focus(); })", targetId);
        return link;
    }
}
