package org.citizenservices.it.support;

import java.io.IOException;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.awaitility.Awaitility.await;

/**
 * Debian's nginx in front of two nodes, configured by the distribution's own {@code conf/nginx-citizen-services.conf
 * .example} with only the addresses changed — so the tests check the configuration operators are given.
 */
public final class Nginx implements AutoCloseable {

    private final Process process;
    private final int port;

    private Nginx(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    /** nginx's path; skips the calling test when nginx is not installed (fails it on CI: {@link MachineTools}). */
    public static Path require() {
        return MachineTools.require("nginx", "nginx", "the two-node tests behind nginx");
    }

    public static Nginx inFrontOf(int nodeA, int nodeB, Path dir) throws IOException {
        String binary = require().toString();
        int port = DistributionProcess.freePort();
        Files.createDirectories(dir);
        String site = Files.readString(Layout.home().resolve("conf/nginx-citizen-services.conf.example"))
                .replace("127.0.0.1:8081", "127.0.0.1:" + nodeA)
                .replace("127.0.0.1:8082", "127.0.0.1:" + nodeB)
                .replace("listen 80;", "listen 127.0.0.1:" + port + ";");
        Files.writeString(dir.resolve("citizen-services.conf"), site);
        StringBuilder temp = new StringBuilder();
        for (String kind : List.of("client_body", "proxy", "fastcgi", "uwsgi", "scgi")) {
            Path folder = Files.createDirectories(dir.resolve(kind + "_temp"));
            // the workers run as nobody when the tests run as root
            Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxrwxrwx"));
            temp.append("    ").append(kind).append("_temp_path ").append(folder).append(";\n");
        }
        Files.writeString(dir.resolve("nginx.conf"), "worker_processes 1;\n"
                + "pid " + dir.resolve("nginx.pid") + ";\n"
                + "error_log " + dir.resolve("error.log") + " warn;\n"
                + "events { worker_connections 512; }\n"
                + "http {\n"
                + "    access_log " + dir.resolve("access.log") + ";\n"
                + temp
                + "    include " + dir.resolve("citizen-services.conf") + ";\n"
                + "}\n");
        Process process = new ProcessBuilder(binary, "-p", dir.toString(), "-c", dir.resolve("nginx.conf").toString(),
                "-g", "daemon off;")
                .redirectErrorStream(true)
                .redirectOutput(dir.resolve("nginx.out").toFile())
                .start();
        Nginx nginx = new Nginx(process, port);
        await().atMost(Duration.ofSeconds(20)).until(() -> {
            if (!process.isAlive()) {
                throw new IllegalStateException("nginx exited: " + Files.readString(dir.resolve("nginx.out")));
            }
            try (Socket ignored = new Socket("127.0.0.1", port)) {
                return true;
            } catch (IOException notYet) {
                return false;
            }
        });
        return nginx;
    }

    public int port() {
        return port;
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
    }
}
