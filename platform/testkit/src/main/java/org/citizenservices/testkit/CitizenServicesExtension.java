package org.citizenservices.testkit;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.platform.commons.support.AnnotationSupport;

import java.nio.file.Path;

/**
 * The JUnit 5 side of {@link CitizenServicesTest}: one {@link ModuleHost} per test class, kept in the class's store
 * so JUnit closes it (and deletes its folders) when the class is done.
 */
public final class CitizenServicesExtension implements BeforeAllCallback, AfterAllCallback, ParameterResolver {

    /** Where the module parent POM tells failsafe the packaged jar is. */
    public static final String MODULE_JAR_PROPERTY = "citizenservices.module.jar";

    private static final ExtensionContext.Namespace NAMESPACE =
            ExtensionContext.Namespace.create(CitizenServicesExtension.class);

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        CitizenServicesTest settings = AnnotationSupport
                .findAnnotation(context.getRequiredTestClass(), CitizenServicesTest.class)
                .orElseThrow(() -> new IllegalStateException("Annotate the class with @CitizenServicesTest"));
        Path jar = moduleJar(settings);
        if (!settings.practiceTime().isBlank()) {
            System.setProperty(org.citizenservices.spi.PracticeTime.START_PROPERTY, settings.practiceTime());
        }
        context.getStore(NAMESPACE).put(ModuleHost.class, ModuleHost.boot(jar, settings.startSeconds()));
    }

    @Override
    public void afterAll(ExtensionContext context) {
        System.clearProperty(org.citizenservices.spi.PracticeTime.START_PROPERTY);
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> type = parameter.getParameter().getType();
        return type == ModuleHost.class || type == DemoCitizen.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        ModuleHost host = context.getStore(NAMESPACE).get(ModuleHost.class, ModuleHost.class);
        if (host == null) {
            throw new ParameterResolutionException("The host did not start; see the failure of the class set-up");
        }
        return parameter.getParameter().getType() == ModuleHost.class ? host : host.janeDemo();
    }

    static Path moduleJar(CitizenServicesTest settings) {
        String named = settings.module().isBlank() ? System.getProperty(MODULE_JAR_PROPERTY, "") : settings.module();
        if (named.isBlank()) {
            throw new IllegalStateException("Which module? Set @CitizenServicesTest(module = \"target/x.jar\") or the "
                    + "system property " + MODULE_JAR_PROPERTY + " (the module parent POM does, for failsafe)");
        }
        Path jar = Path.of(named).toAbsolutePath();
        if (!jar.toFile().isFile()) {
            throw new IllegalStateException("The module jar " + jar + " does not exist: run the tests with "
                    + "`mvn verify` (failsafe runs after the jar is packaged), not with `mvn test`");
        }
        return jar;
    }
}
