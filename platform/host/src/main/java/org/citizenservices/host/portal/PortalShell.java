package org.citizenservices.host.portal;

import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Inline;
import com.vaadin.flow.component.page.Push;
import com.vaadin.flow.server.AppShellSettings;
import com.vaadin.flow.shared.communication.PushMode;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Page-wide settings. Push is on so that modules coming and going reach open pages at once. The NHS look is a
 * stylesheet of Lumo custom properties inlined into every page: the front-end bundle is pre-built, so runtime CSS
 * is the way to theme without node. The web app manifest and icons are the host jar's static resources
 * ({@code META-INF/resources}).
 */
@Push(PushMode.AUTOMATIC)
public final class PortalShell implements AppShellConfigurator {

    private static final String THEME = loadTheme();

    /**
     * Vaadin's push client (Atmosphere) closes its connection on {@code unload}, an event Chrome is removing (and
     * which keeps a page out of the back-forward cache); {@code pagehide} is its replacement and fires at the same
     * moment, so the push script's listener is given that instead.
     */
    private static final String PAGEHIDE_FOR_UNLOAD = "(function () { const add = window.addEventListener;"
            + " window.addEventListener = function (type, listener, options) {"
            + " return add.call(this, type === 'unload' ? 'pagehide' : type, listener, options); }; })();";

    @Override
    public void configurePage(AppShellSettings settings) {
        settings.addMetaTag("viewport", "width=device-width, initial-scale=1");
        // a phone can add the portal to its home screen, under its own icon and in NHS blue
        settings.addLink("manifest", "/manifest.webmanifest");
        settings.addMetaTag("theme-color", "#005eb8");
        settings.addFavIcon("icon", "/icons/icon.svg", "any");
        settings.addFavIcon("apple-touch-icon", "/icons/icon-180.png", "180x180");
        // British English for screen readers and spelling; set before anything renders
        settings.addInlineWithContents(Inline.Position.PREPEND, "document.documentElement.lang = 'en-GB';",
                Inline.Wrapping.JAVASCRIPT);
        settings.addInlineWithContents(Inline.Position.PREPEND, PAGEHIDE_FOR_UNLOAD, Inline.Wrapping.JAVASCRIPT);
        settings.addInlineWithContents(Inline.Position.APPEND, THEME, Inline.Wrapping.STYLESHEET);
    }

    private static String loadTheme() {
        try (InputStream in = PortalShell.class.getResourceAsStream("nhs-theme.css")) {
            if (in == null) {
                throw new IllegalStateException("nhs-theme.css is missing from the host jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
