package org.citizenservices.host.operations;

import org.citizenservices.core.api.vua.AccessIdentity;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Properties;

/**
 * How commands on the node's own machine reach a running node ({@code citizen-services backup}): the node writes its
 * port and a fresh random token to {@code DATA/run/admin.properties}, readable by its own user only, and the admin
 * endpoint answers only a caller on the loopback address that shows that token. Deleted when the node stops.
 */
public final class AdminAccess {

    private final Path file;
    private final String token;

    private AdminAccess(Path file, String token) {
        this.file = file;
        this.token = token;
    }

    /** Written when the node starts listening. */
    public static AdminAccess publish(Path dataDir, int port) {
        Path file = fileIn(dataDir);
        String token = AccessIdentity.generate();
        Properties properties = new Properties();
        properties.setProperty("port", Integer.toString(port));
        properties.setProperty("token", token);
        try {
            Files.createDirectories(file.getParent());
            Files.deleteIfExists(file);
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            try (Writer out = Files.newBufferedWriter(file)) {
                properties.store(out, "Citizen Services node: how local commands reach it. Secret; never copy it.");
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + file, e);
        }
        return new AdminAccess(file, token);
    }

    /** What a running node published in this data folder, if a node runs there. */
    public static Optional<Properties> read(Path dataDir) {
        Path file = fileIn(dataDir);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        Properties properties = new Properties();
        try (Reader in = Files.newBufferedReader(file)) {
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file + " (run this as the service's user)", e);
        }
        return Optional.of(properties);
    }

    boolean admits(String remoteAddress, String authorization) {
        boolean loopback = "127.0.0.1".equals(remoteAddress) || "0:0:0:0:0:0:0:1".equals(remoteAddress)
                || "::1".equals(remoteAddress);
        return loopback && authorization != null && MessageDigest.isEqual(
                ("Bearer " + token).getBytes(StandardCharsets.UTF_8), authorization.getBytes(StandardCharsets.UTF_8));
    }

    public void withdraw() {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // a stale file only makes the next command find no node answering
        }
    }

    private static Path fileIn(Path dataDir) {
        return dataDir.resolve("run").resolve("admin.properties");
    }
}
