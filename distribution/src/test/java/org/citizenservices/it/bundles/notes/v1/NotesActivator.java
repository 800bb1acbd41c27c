package org.citizenservices.it.bundles.notes.v1;

import org.citizenservices.it.bundles.notes.NotesCapability;
import org.citizenservices.spi.Capability;
import org.osgi.framework.BundleActivator;
import org.osgi.framework.BundleContext;

/** Packed into version 1.0.0 of the notes test module: notes are plain text. */
public class NotesActivator implements BundleActivator {

    @Override
    public void start(BundleContext context) {
        context.registerService(Capability.class,
                new NotesCapability<>(context, "1.0.0", Note.class, Note::new, Note::text), null);
    }

    @Override
    public void stop(BundleContext context) {
    }
}
