package org.citizenservices.host.portal.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;

/**
 * A link that moves keyboard focus to a field on the same page (an error summary's, or the skip link's). A plain
 * "#id" link would only scroll: the field's input sits inside a web component, so focus is moved in the browser.
 */
public final class FieldLink {

    private FieldLink() {
    }

    public static Anchor to(Component field, String text, String id) {
        return to(field.getId().orElseThrow(() -> new IllegalArgumentException("the field needs an id")), text, id);
    }

    public static Anchor to(String targetId, String text, String id) {
        Anchor link = new Anchor("#" + targetId, text);
        link.setId(id);
        link.getElement().executeJs("this.addEventListener('click', e => { e.preventDefault();"
                + " const target = document.getElementById($0); if (!target) { return; }"
                // a group of fields (a date in three boxes) takes focus in its first field
                + " const field = target.localName.startsWith('vaadin-') || target.tabIndex >= 0 ? target"
                + " : (target.querySelector('vaadin-text-field, vaadin-select, input') || target);"
                + " field.scrollIntoView({block: 'center'}); field.focus(); })", targetId);
        return link;
    }
}
