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

/**
 * {@code GET /health}: {@code {"status":"UP","modules":[{"id","name","version","state"}]}}. The host is UP when it
 * answers at all; a failed module is reported as such without making the host DOWN, because the other services
 * still work. Monitoring and acceptance checks read it.
 */
public final class HealthServlet extends HttpServlet {

    private static final ObjectMapper JSON = new ObjectMapper()
            .setSerializationInclusion(JsonInclude.Include.NON_NULL);

    private final transient ModuleRegistry modules;

    public HealthServlet(ModuleRegistry modules) {
        this.modules = modules;
    }

    /** The health document. */
    public record Health(String status, List<ModuleStatus> modules) {
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setStatus(HttpServletResponse.SC_OK);
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        response.setHeader("Cache-Control", "no-store");
        JSON.writeValue(response.getOutputStream(), new Health("UP", modules.modules()));
    }
}
