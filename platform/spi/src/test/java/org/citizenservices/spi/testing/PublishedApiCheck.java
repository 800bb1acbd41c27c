package org.citizenservices.spi.testing;

import org.citizenservices.spi.Capability;
import org.citizenservices.spi.CapabilityContext;
import org.osgi.framework.BundleActivator;

import org.junit.jupiter.api.DynamicTest;

import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The one check of a module that publishes an API (the SPI's test jar): the API is an OSGi service exactly while the
 * host runs the capability — none when the bundle has only registered its capability, published on start, withdrawn
 * on stop, and withdrawn when the bundle stops before the host stops the capability. A module's test names its API,
 * activator, a context over its test database, and one call that a reference kept after stop must refuse, and returns
 * {@link #tests()} from a {@code @TestFactory}.
 *
 * @param api       the published API's type
 * @param activator makes the module's bundle activator
 * @param context   what the host would hand the capability's start
 * @param call      any call on the API; after stop it must throw {@link IllegalStateException}
 * @param <T>       the published API's type
 */
public record PublishedApiCheck<T>(Class<T> api, Supplier<BundleActivator> activator,
                                   Supplier<CapabilityContext> context, Consumer<T> call) {

    private static final String CAPABILITY = Capability.class.getName();

    /** Both checks, for a module test's {@code @TestFactory}. */
    public Stream<DynamicTest> tests() {
        return Stream.of(
                DynamicTest.dynamicTest("the API is published while the capability runs",
                        this::publishedWhileTheCapabilityRuns),
                DynamicTest.dynamicTest("the bundle stopping withdraws the API before the host stops the capability",
                        this::withdrawnWhenTheBundleStopsFirst));
    }

    /** Published on start, withdrawn on stop (a kept reference refuses), published again on a second start. */
    public void publishedWhileTheCapabilityRuns() throws Exception {
        FakeBundle bundle = new FakeBundle();
        activator.get().start(bundle.context());
        Capability capability = (Capability) bundle.registered.get(CAPABILITY);
        assertThat(bundle.registered).containsOnlyKeys(CAPABILITY);

        capability.start(context.get());
        assertThat(bundle.registered).containsKeys(CAPABILITY, api.getName());
        T published = api.cast(bundle.registered.get(api.getName()));

        capability.stop();
        assertThat(bundle.registered).containsOnlyKeys(CAPABILITY);
        assertThatThrownBy(() -> call.accept(published)).as("a reference kept after stop")
                .isInstanceOf(IllegalStateException.class);

        capability.start(context.get());
        assertThat(bundle.registered).as("started again").containsKeys(api.getName());
    }

    /** The framework may stop the bundle before the host stops the capability: the API goes with the bundle. */
    public void withdrawnWhenTheBundleStopsFirst() throws Exception {
        FakeBundle bundle = new FakeBundle();
        BundleActivator bundleActivator = activator.get();
        bundleActivator.start(bundle.context());
        Capability capability = (Capability) bundle.registered.get(CAPABILITY);
        capability.start(context.get());

        bundleActivator.stop(bundle.context());
        assertThat(bundle.registered).doesNotContainKey(api.getName());

        capability.stop();
        assertThat(bundle.registered).doesNotContainKey(api.getName());
    }
}
