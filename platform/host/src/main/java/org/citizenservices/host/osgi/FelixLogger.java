package org.citizenservices.host.osgi;

import org.apache.felix.framework.Logger;
import org.osgi.framework.Bundle;
import org.osgi.framework.ServiceReference;
import org.slf4j.LoggerFactory;

/** Sends the framework's own log (resolution errors, activator failures) to SLF4J instead of standard output. */
final class FelixLogger extends Logger {

    private static final org.slf4j.Logger LOG = LoggerFactory.getLogger("org.apache.felix.framework");

    FelixLogger() {
        setLogLevel(LOG_WARNING);
    }

    @Override
    protected void doLog(Bundle bundle, ServiceReference sr, int level, String msg, Throwable throwable) {
        String message = bundle == null ? msg : "[" + bundle.getSymbolicName() + "] " + msg;
        switch (level) {
            case LOG_ERROR -> LOG.error(message, throwable);
            case LOG_WARNING -> LOG.warn(message, throwable);
            case LOG_INFO -> LOG.info(message, throwable);
            default -> LOG.debug(message, throwable);
        }
    }
}
