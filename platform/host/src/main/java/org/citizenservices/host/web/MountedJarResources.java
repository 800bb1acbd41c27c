package org.citizenservices.host.web;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.net.URI;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.jar.JarFile;
import java.util.regex.Pattern;

/**
 * Keeps a zip file system open for every scanned jar that serves web resources ({@code META-INF/resources}).
 *
 * <p>Why: Flow 24.9 checks that a static resource exists with {@code Path.of(url.toURI())}, which for a
 * {@code jar:} URL works only while that jar's NIO file system is mounted. Jetty up to 12.1.8 happened to keep them
 * mounted; 12.1.9 and later do not, and Vaadin's push script then fails with {@code FileSystemNotFoundException}
 * (vaadin/flow#24283, fixed in later Flow versions). Mounting them once for the life of the server is harmless.
 */
final class MountedJarResources implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(MountedJarResources.class);

    private final List<FileSystem> mounted;

    private MountedJarResources(List<FileSystem> mounted) {
        this.mounted = mounted;
    }

    static MountedJarResources mount(Pattern scannedJars) {
        List<FileSystem> mounted = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path").split(java.io.File.pathSeparator)) {
            Path jar = Path.of(entry).toAbsolutePath();
            if (entry.endsWith(".jar") && scannedJars.matcher(jar.toString()).matches() && servesWebResources(jar)) {
                try {
                    mounted.add(FileSystems.newFileSystem(URI.create("jar:" + jar.toUri()), Map.of()));
                } catch (FileSystemAlreadyExistsException alreadyMounted) {
                    // someone else keeps it open, which is all that is needed
                } catch (IOException e) {
                    LOG.warn("Cannot mount {} for static resources: {}", jar, e.getMessage());
                }
            }
        }
        return new MountedJarResources(mounted);
    }

    private static boolean servesWebResources(Path jar) {
        try (JarFile file = new JarFile(jar.toFile())) {
            return file.getEntry("META-INF/resources/") != null
                    || file.stream().anyMatch(e -> e.getName().startsWith("META-INF/resources/"));
        } catch (IOException e) {
            return false;
        }
    }

    @Override
    public void close() {
        for (FileSystem fileSystem : mounted) {
            try {
                fileSystem.close();
            } catch (IOException e) {
                LOG.debug("Closing {}: {}", fileSystem, e.getMessage());
            }
        }
    }
}
