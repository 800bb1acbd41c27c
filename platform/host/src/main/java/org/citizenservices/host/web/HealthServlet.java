package org.citizenservices.host.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.citizenservices.host.modules.ModuleRegistry;
import org.citizenservices.host.modules.ModuleStatus;

import java.io.IOException;
import java.util.List;
import java.util.function.BooleanSupplier;

/**
 * {@code GET /health}: {@code 200 {"status":"UP","node","modules":[{"id","name","version","state"}]}} once the host
 * has started, {@code 503 {"status":"STARTING","node"}} before; {@code node} tells which node behind a proxy answered. A failed module is reported as such without making the host
 * DOWN, because the other services still work. Monitoring and acceptance checks read it.
 */
public final class HealthServlet extends HttpServlet {

    private static final ObjectMapper JSON = new ObjectMapper()
            .setSerializationInclusion(JsonInclude.Include.NON_NULL);

    private final String node;
    private final transient ModuleRegistry modules;
    private final transient BooleanSupplier started;

    public HealthServlet(String node, ModuleRegistry modules, BooleanSupplier started) {
        this.node = node;
        this.modules = modules;
        this.started = started;
    }

    /** The health document. */
    public record Health(String status, String node, List<ModuleStatus> modules) {
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        boolean up = started.getAsBoolean();
        response.setStatus(up ? HttpServletResponse.SC_OK : HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        response.setHeader("Cache-Control", "no-store");
        JSON.writeValue(response.getOutputStream(),
                up ? new Health("UP", node, modules.modules()) : new Health("STARTING", node, null));
    }
}
