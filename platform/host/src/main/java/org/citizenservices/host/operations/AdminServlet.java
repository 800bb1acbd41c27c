package org.citizenservices.host.operations;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.citizenservices.core.api.domain.InvalidValueException;
import org.citizenservices.core.api.operator.Provisioning;
import org.citizenservices.core.api.service.NotFoundException;
import org.citizenservices.core.api.service.RuleViolationException;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.citizenservices.persistence.Database;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The node's admin endpoint, for commands run on its own machine: {@code POST /admin/backup?to=DIR} (the online
 * backup of {@code citizen-services backup}) and {@code POST /admin/commands/NAME} (the operator's
 * {@code citizen-services admin} commands, {@link OperatorCommands}). Only from the loopback address with the token
 * of {@link AdminAccess}; anyone else is told there is nothing here.
 */
public final class AdminServlet extends HttpServlet {

    private static final Logger LOG = LoggerFactory.getLogger(AdminServlet.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final transient Supplier<AdminAccess> access;
    private final transient Supplier<Database> database;
    private final transient OperatorCommands commands;

    public AdminServlet(Supplier<AdminAccess> access, Supplier<Database> database,
                        Supplier<org.citizenservices.core.Core> core, Supplier<String> publicUrl,
                        Supplier<org.citizenservices.host.integration.BundleImport> importer,
                        Supplier<org.citizenservices.host.notify.ActivationMail> mail) {
        this.access = access;
        this.database = database;
        this.commands = new OperatorCommands(core, publicUrl, importer, mail);
    }

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        AdminAccess admitted = access.get();
        if (admitted == null || !admitted.admits(request.getRemoteAddr(), request.getHeader("Authorization"))) {
            answer(response, 404, Map.of("detail", "There is no such resource."));
            return;
        }
        String path = request.getPathInfo() == null ? "" : request.getPathInfo();
        if ("POST".equals(request.getMethod()) && path.startsWith("/commands/")) {
            command(path.substring("/commands/".length()), request, response);
            return;
        }
        if (!"POST".equals(request.getMethod()) || !"/backup".equals(path)) {
            answer(response, 404, Map.of("detail", "Only POST /admin/backup?to=DIR and /admin/commands/NAME are here."));
            return;
        }
        Path to = folder(request.getParameter("to"));
        if (to == null) {
            answer(response, 400, Map.of("detail", "Give the backup folder as an absolute path: ?to=/var/backups/…"));
            return;
        }
        try {
            Path written = database.get().backupTo(to);
            answer(response, 200, Map.of("backup", written.toString()));
        } catch (RuntimeException e) {
            LOG.error("Backup into {} failed", to, e);
            answer(response, 500, Map.of("detail", "The backup failed: " + e.getMessage()));
        }
    }

    private void command(String name, HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!commands.knows(name) && !"import".equals(name)) {
            answer(response, 404, Map.of("detail", "There is no command " + name + "."));
            return;
        }
        JsonNode options;
        try {
            options = JSON.readTree(request.getInputStream());
        } catch (IOException notJson) {
            answer(response, 400, Map.of("detail", "The command's options must be a JSON object."));
            return;
        }
        if (options == null || !options.isObject()) {
            answer(response, 400, Map.of("detail", "The command's options must be a JSON object."));
            return;
        }
        Provisioning.Operator operator = new Provisioning.Operator(request.getHeader("X-Operator"));
        try {
            if ("import".equals(name)) {
                // the body is the bundle itself; the practice comes in the query
                response.setStatus(200);
                response.setContentType("application/json");
                JSON.writeValue(response.getOutputStream(), commands.importBundle(operator,
                        request.getParameter("practice"), options));
                return;
            }
            answer(response, 200, commands.run(name, new OperatorCommands.Call(operator, options)));
        } catch (InvalidValueException | RuleViolationException e) {
            answer(response, e instanceof RuleViolationException ? 409 : 400, Map.of("detail", e.getMessage()));
        } catch (NotFoundException e) {
            answer(response, 404, Map.of("detail", e.getMessage()));
        } catch (jakarta.persistence.PersistenceException e) {
            // two commands racing for one username or code: the database's unique constraint decided
            LOG.warn("Operator command {} refused by the database: {}", name, e.getClass().getSimpleName());
            answer(response, 409, Map.of("detail", "The database refused it: something of the same name was added "
                    + "at the same moment. Check and run it again."));
        } catch (RuntimeException e) {
            LOG.error("Operator command {} failed", name, e);
            answer(response, 500, Map.of("detail", "The command failed on the node; its log says why."));
        }
    }

    /** The absolute folder asked for; null when missing, relative, or not a path at all (a NUL character, say). */
    private static Path folder(String to) {
        if (to == null || to.isBlank()) {
            return null;
        }
        try {
            Path path = Path.of(to);
            return path.isAbsolute() ? path : null;
        } catch (java.nio.file.InvalidPathException notAPath) {
            return null;
        }
    }

    private static void answer(HttpServletResponse response, int status, Map<String, ?> body) throws IOException {
        response.setStatus(status);
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        response.setHeader("Cache-Control", "no-store");
        JSON.writeValue(response.getOutputStream(), body);
    }
}
