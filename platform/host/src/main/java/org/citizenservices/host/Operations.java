package org.citizenservices.host;

import org.citizenservices.host.operations.AdminAccess;
import org.citizenservices.persistence.Database;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;
import java.util.Properties;

/**
 * {@code citizen-services admin …} (the operator's commands, {@link org.citizenservices.host.operations.AdminCommandLine}),
 * {@code citizen-services backup DIR} and {@code citizen-services restore DIR}, with the node's own options
 * ({@code --data}, {@code --db-url}…, the environment, {@code conf/database.properties}) to find its database.
 *
 * <ul>
 *   <li>backup, embedded Derby: the running node makes Derby's online backup (through its local admin endpoint);
 *       with no node running, this command makes it itself.</li>
 *   <li>backup, PostgreSQL: {@code pg_dump}, consistent while every node keeps serving.</li>
 *   <li>restore: only with every node stopped; the backup replaces the database's contents.</li>
 * </ul>
 *
 * <p>Beside {@link CitizenServicesHost}, the other entry point: both read the node's options ({@link HostOptions}),
 * and the packages below them need neither.
 */
public final class Operations {

    private Operations() {
    }

    public static void main(String[] args) {
        if (args.length > 0 && "admin".equals(args[0])) {
            java.io.PrintWriter out = new java.io.PrintWriter(System.out, true);
            java.io.PrintWriter err = new java.io.PrintWriter(System.err, true);
            System.exit(org.citizenservices.host.operations.AdminCommandLine.run(
                    Arrays.copyOfRange(args, 1, args.length), out, err));
        }
        try {
            System.out.println(run(args));
        } catch (IllegalArgumentException | IllegalStateException e) {
            System.err.println("citizen-services " + (args.length > 0 ? args[0] : "") + ": " + e.getMessage());
            System.exit(2);
        } catch (RuntimeException | IOException e) {
            System.err.println("citizen-services " + (args.length > 0 ? args[0] : "") + " failed: " + e);
            System.exit(1);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            System.exit(1);
        }
    }

    /** Carries out one command; returns what to tell the operator. */
    static String run(String... args) throws IOException, InterruptedException {
        if (args.length < 2 || args[1].startsWith("--")) {
            throw new IllegalArgumentException("usage: citizen-services admin COMMAND … | backup|restore DIR [--data DIR]"
                    + " [--db-url URL --db-user USER --db-password PASSWORD]");
        }
        Path directory = Path.of(args[1]).toAbsolutePath().normalize();
        HostOptions options = HostOptions.parse(Arrays.copyOfRange(args, 2, args.length));
        return switch (args[0]) {
            case "backup" -> backup(options, directory);
            case "restore" -> restore(options, directory);
            default -> throw new IllegalArgumentException("unknown command " + args[0] + "; backup or restore");
        };
    }

    private static String backup(HostOptions options, Path directory) throws IOException, InterruptedException {
        if (options.database().isEmbedded()) {
            Optional<Properties> node = runningNode(options);
            if (node.isPresent()) {
                return askNodeToBackUp(node.get(), directory);
            }
        }
        try (Database database = Database.open(options.database(), options.derbyHome())) {
            return "Backed up to " + database.backupTo(directory);
        }
    }

    private static String restore(HostOptions options, Path directory) throws IOException, InterruptedException {
        if (options.database().isEmbedded() && runningNode(options).isPresent()) {
            throw new IllegalStateException("Citizen Services is running on " + options.dataDir()
                    + ": stop it before restoring");
        }
        Database.restore(options.database(), options.derbyHome(), directory);
        return "Restored from " + directory + "; start Citizen Services again";
    }

    /** The node running on this data folder, if one answers. */
    private static Optional<Properties> runningNode(HostOptions options) throws InterruptedException {
        Optional<Properties> published = AdminAccess.read(options.dataDir());
        if (published.isEmpty()) {
            return Optional.empty();
        }
        try {
            HttpResponse<Void> health = client().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:"
                    + published.get().getProperty("port") + "/health")).build(), HttpResponse.BodyHandlers.discarding());
            return health.statusCode() < 500 ? published : Optional.empty();
        } catch (IOException notAnswering) {
            // left behind by a node that was killed
            return Optional.empty();
        }
    }

    private static String askNodeToBackUp(Properties node, Path directory) throws IOException, InterruptedException {
        HttpResponse<String> answer = client().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:"
                        + node.getProperty("port") + "/admin/backup?to="
                        + URLEncoder.encode(directory.toString(), StandardCharsets.UTF_8)))
                .header("Authorization", "Bearer " + node.getProperty("token"))
                .timeout(Duration.ofHours(2))
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() != 200) {
            throw new IllegalStateException("the running node refused the backup: " + answer.body());
        }
        return "Online backup by the running node: " + answer.body();
    }

    private static HttpClient client() {
        return HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    }
}
