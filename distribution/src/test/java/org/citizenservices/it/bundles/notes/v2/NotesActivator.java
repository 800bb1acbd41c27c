package org.citizenservices.it.bundles.notes.v2;

import org.citizenservices.it.bundles.notes.NotesCapability;
import org.citizenservices.spi.Capability;
import org.osgi.framework.BundleActivator;
import org.osgi.framework.BundleContext;

/**
 * Packed into version 1.1.0 of the notes test module: the same capability, whose notes now have a priority
 * ({@code "text!"} stores an URGENT one, anything else a NORMAL one) and are shown with it.
 */
public class NotesActivator implements BundleActivator {

    @Override
    public void start(BundleContext context) {
        context.registerService(Capability.class, new NotesCapability<>(context, "1.1.0", Note.class,
                NotesActivator::note, Note::shown), null);
    }

    @Override
    public void stop(BundleContext context) {
    }

    private static Note note(String text) {
        return text.endsWith("!") ? new Note(text.substring(0, text.length() - 1), "URGENT") : new Note(text, "NORMAL");
    }
}
