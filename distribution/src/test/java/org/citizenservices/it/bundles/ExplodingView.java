package org.citizenservices.it.bundles;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;

/** A view created through its no-argument constructor (no factory), whose button fails unexpectedly. */
public class ExplodingView extends Div {

    public ExplodingView() {
        setId("exploding-view");
        Button button = new Button("Explode", click -> {
            throw new IllegalStateException("simulated failure inside a module");
        });
        button.setId("explode");
        add(button);
    }
}
