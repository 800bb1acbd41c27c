/**
 * The capability SPI: everything a capability bundle needs from the Citizen Services host.
 *
 * <p>A capability bundle (appointments, record view, prescriptions, messaging, or a third party's own) registers
 * exactly one {@link org.citizenservices.spi.Capability} service. The host tracks that service: when it appears the
 * host migrates the bundle's schema, opens its {@link jakarta.persistence.EntityManagerFactory}, calls
 * {@link org.citizenservices.spi.Capability#start(CapabilityContext)} and registers its views in the running
 * portal; when it goes away (bundle stopped, updated or removed from {@code deploy/}) the host does the reverse.
 * No restart is involved either way, and data is never deleted by an uninstall.
 *
 * <p>A capability imports only this package, the public Vaadin Flow / vaadin-core APIs and {@code jakarta.*}. The
 * portal runs Vaadin in production mode from a front-end bundle built in advance, so a module may use every
 * vaadin-core component and the host's theme, but <strong>front-end resources shipped inside a bundle
 * ({@code @CssImport}, {@code @JsModule}, custom web components, Vaadin Pro components) are not loaded</strong>;
 * style with Lumo utility classes, inline styles or the host's theme.
 *
 * <p>This package follows semantic versioning: additions bump the minor version, so a module built against
 * {@code 1.0} keeps resolving against every {@code 1.x} host.
 */
@Export
@Version("1.18.0")
package org.citizenservices.spi;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
