package org.citizenservices.host.operations;

import com.fasterxml.jackson.databind.ObjectMapper;
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
 * {@code POST /admin/backup?to=DIR}: the node's online backup of its database into a folder on its own machine, for
 * {@code citizen-services backup}. Only from the loopback address with the token of {@link AdminAccess}; anyone
 * else is told there is nothing here.
 */
public final class AdminServlet extends HttpServlet {

    private static final Logger LOG = LoggerFactory.getLogger(AdminServlet.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final transient Supplier<AdminAccess> access;
    private final transient Supplier<Database> database;

    public AdminServlet(Supplier<AdminAccess> access, Supplier<Database> database) {
        this.access = access;
        this.database = database;
    }

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        AdminAccess admitted = access.get();
        if (admitted == null || !admitted.admits(request.getRemoteAddr(), request.getHeader("Authorization"))) {
            answer(response, 404, Map.of("detail", "There is no such resource."));
            return;
        }
        if (!"POST".equals(request.getMethod()) || !"/backup".equals(request.getPathInfo())) {
            answer(response, 404, Map.of("detail", "Only POST /admin/backup?to=DIR is here."));
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

    private static void answer(HttpServletResponse response, int status, Map<String, String> body) throws IOException {
        response.setStatus(status);
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        response.setHeader("Cache-Control", "no-store");
        JSON.writeValue(response.getOutputStream(), body);
    }
}
