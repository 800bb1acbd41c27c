package org.citizenservices.it.bench;

import org.citizenservices.it.support.DistributionProcess;
import org.citizenservices.it.support.Health;
import org.citizenservices.it.support.Layout;
import org.citizenservices.it.support.Nginx;
import org.citizenservices.it.support.TestDatabases;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.awaitility.Awaitility.await;

/**
 * The Monday-8am load ({@link MondayMorningLoad}) on the three set-ups of issue 9, each as an operator runs it —
 * nodes started by {@code bin/citizen-services} in processes of their own, the load from this JVM:
 * {@code derby} (one node, embedded Derby), {@code postgresql} (one node on the local PostgreSQL server) and
 * {@code two-nodes} (two nodes on one PostgreSQL database and one deploy folder behind Debian's nginx with the
 * distribution's example configuration). Run by bench/monday-morning-setups.sh.
 */
public final class MondayMorningBench {

    private static final Map<String, String> NODE_ENVIRONMENT = Map.of("JAVA_OPTS",
            "-Xmx1g -Dcitizenservices.api.credentialAttemptsPerMinute=100000000"
                    + " -Dcitizenservices.portal.signInAttemptsPerMinute=100000000");

    private MondayMorningBench() {
    }

    public static void main(String[] args) throws Exception {
        int users = args.length > 0 ? Integer.parseInt(args[0]) : 50;
        int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 30;
        int warmUp = args.length > 2 ? Integer.parseInt(args[2]) : 20;
        List<String> setups = args.length > 3 ? List.of(args).subList(3, args.length)
                : List.of("derby", "postgresql", "two-nodes");
        for (String setup : setups) {
            Path dir = Files.createTempDirectory("monday-" + setup);
            Path deploy = Files.createDirectories(dir.resolve("deploy"));
            Layout.deploy(Layout.appointmentsJar(), deploy);
            Layout.deploy(Layout.recordJar(), deploy);
            List<AutoCloseable> running = new ArrayList<>();
            try {
                String target = switch (setup) {
                    case "derby" -> node(dir, "a", deploy, List.of(), true, running);
                    case "postgresql" -> node(dir, "a", deploy, database(dir), true, running);
                    case "two-nodes" -> twoNodes(dir, deploy, running);
                    default -> throw new IllegalArgumentException("set-ups: derby, postgresql, two-nodes");
                };
                MondayMorningLoad.Report report = new MondayMorningLoad(target + "/api/v1", users,
                        MondayMorningLoad.Mix.standard()).run(warmUp, seconds);
                report.print(System.out, setup + " (" + target + ")");
            } finally {
                for (int i = running.size() - 1; i >= 0; i--) {
                    running.get(i).close();
                }
            }
        }
    }

    private static List<String> database(Path dir) {
        System.setProperty("citizen.it.db", "postgresql");
        return TestDatabases.commandLine(dir.resolve("shared"));
    }

    private static String twoNodes(Path dir, Path deploy, List<AutoCloseable> running) throws Exception {
        List<String> database = database(dir);
        List<String> behindProxy = new ArrayList<>(List.of("--behind-proxy"));
        behindProxy.addAll(database);
        node(dir, "a", deploy, behindProxy, true, running);
        DistributionProcess a = (DistributionProcess) running.get(running.size() - 1);
        node(dir, "b", deploy, behindProxy, false, running);
        DistributionProcess b = (DistributionProcess) running.get(running.size() - 1);
        Nginx nginx = Nginx.inFrontOf(a.port(), b.port(), dir.resolve("nginx"));
        running.add(nginx);
        return "http://127.0.0.1:" + nginx.port();
    }

    private static String node(Path dir, String name, Path deploy, List<String> options, boolean demo,
                               List<AutoCloseable> running) throws Exception {
        List<String> all = new ArrayList<>(List.of("--node", name));
        if (demo) {
            all.add("--demo");
        }
        all.addAll(options);
        DistributionProcess node = DistributionProcess.start(dir.resolve(name), dir.resolve(name + "/data"), deploy,
                dir.resolve(name + ".log"), all, NODE_ENVIRONMENT);
        running.add(node);
        Health health = new Health(node.port());
        await().atMost(Duration.ofSeconds(120)).until(() -> health.stateOf("appointments").orElse("").equals("ACTIVE")
                && health.stateOf("record").orElse("").equals("ACTIVE"));
        return "http://127.0.0.1:" + node.port();
    }
}
