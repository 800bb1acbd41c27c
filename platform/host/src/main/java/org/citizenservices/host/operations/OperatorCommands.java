package org.citizenservices.host.operations;

import org.citizenservices.core.api.practice.ActivationLink;
import com.fasterxml.jackson.databind.JsonNode;
import org.citizenservices.core.Core;
import org.citizenservices.core.api.integration.ApiClients;
import org.citizenservices.core.api.operator.Provisioning;
import org.citizenservices.host.integration.BundleImport;
import org.citizenservices.core.api.practice.PracticeDetails;
import org.citizenservices.core.api.service.StaffRole;
import org.citizenservices.spi.RecordAccessLevel;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The operator's commands as the node carries them out: {@code POST /admin/commands/NAME} with the command's options
 * as a JSON object, answered with the one JSON object {@code citizen-services admin} prints. The core checks and
 * audits everything; this only translates.
 */
final class OperatorCommands {

    private final Supplier<Core> core;
    private final Supplier<String> publicUrl;
    private final Map<String, Function<Call, Map<String, Object>>> commands = Map.of(
            "practice-add", this::addPractice,
            "staff-add", this::addStaff,
            "supplier-admin-add", this::addSupplierAdmin,
            "linkage-issue", this::issueLinkage,
            "api-client-add", this::addApiClient,
            "api-client-revoke", this::revokeApiClient,
            "app-add", this::addApp);
    private final Supplier<BundleImport> importer;
    private final Supplier<org.citizenservices.host.notify.ActivationMail> mail;

    OperatorCommands(Supplier<Core> core, Supplier<String> publicUrl, Supplier<BundleImport> importer,
                     Supplier<org.citizenservices.host.notify.ActivationMail> mail) {
        this.core = core;
        this.publicUrl = publicUrl;
        this.importer = importer;
        this.mail = mail;
    }

    /** One command with its options and who ran it. */
    record Call(Provisioning.Operator operator, JsonNode options) {

        String text(String name) {
            JsonNode value = options.get(name);
            return value == null || value.isNull() ? null : value.asText();
        }
    }

    boolean knows(String name) {
        return commands.containsKey(name);
    }

    Map<String, Object> run(String name, Call call) {
        return commands.get(name).apply(call);
    }

    private Map<String, Object> addPractice(Call call) {
        PracticeDetails practice = core.get().provisioning().addPractice(call.operator(), new Provisioning.NewPractice(
                call.text("ods"), call.text("name"), call.text("address"), call.text("postcode"),
                call.text("telephone")));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("odsCode", practice.odsCode().value());
        body.put("name", practice.name());
        body.put("services", core.get().practices().enabledFor(practice.id()).stream()
                .map(org.citizenservices.spi.CitizenService::key).sorted().toList());
        return body;
    }

    private Map<String, Object> addStaff(Call call) {
        ActivationLink activation = core.get().provisioning().addStaff(call.operator(),
                new Provisioning.NewStaffUser(call.text("practice"), call.text("username"), call.text("name"),
                        call.text("email"), role(call.text("role"))));
        return activation(activation);
    }

    private Map<String, Object> addSupplierAdmin(Call call) {
        return activation(core.get().provisioning().addSupplierAdmin(call.operator(),
                new Provisioning.NewSupplierAdmin(call.text("username"), call.text("name"), call.text("email"))));
    }

    private Map<String, Object> activation(ActivationLink activation) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("username", activation.username());
        org.citizenservices.host.notify.ActivationMail.Sent sent = mail.get().send(activation);
        body.put("activationUrl", sent.link());
        body.put("expiresAt", activation.expiresAt().toString() + "Z");
        body.put("emailed", sent.emailed());
        return body;
    }

    private Map<String, Object> issueLinkage(Call call) {
        Provisioning.IssuedLinkage issued = core.get().provisioning().issueLinkage(call.operator(),
                new Provisioning.LinkageRun(call.text("practice"), call.text("nhsNumber"), call.text("verifiedBy"),
                        call.text("method"), call.text("document"), level(call.text("recordLevel"))));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("accountId", issued.accountId());
        body.put("linkageKey", issued.linkageKey());
        body.put("odsCode", issued.odsCode());
        body.put("newAccount", issued.newAccount());
        return body;
    }

    private Map<String, Object> addApiClient(Call call) {
        java.util.Set<String> scopes = new java.util.TreeSet<>();
        call.options().path("scopes").forEach(scope -> scopes.add(scope.asText()));
        ApiClients.Registered client = core.get().apiClients().add(call.operator(), call.text("practice"),
                call.text("name"), scopes);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("clientId", client.clientId());
        body.put("clientSecret", client.clientSecret());
        body.put("odsCode", client.odsCode());
        body.put("scopes", client.scopes());
        body.put("tokenUrl", publicUrl.get() + "/oauth2/token");
        return body;
    }

    private Map<String, Object> revokeApiClient(Call call) {
        core.get().apiClients().revoke(call.operator(), call.text("clientId"));
        return Map.of("clientId", call.text("clientId"), "revoked", true);
    }

    private Map<String, Object> addApp(Call call) {
        var app = core.get().apps().register(call.operator(), call.text("name"), call.text("contact"));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("clientId", app.clientId());
        body.put("clientSecret", app.clientSecret());
        return body;
    }

    /** {@code admin import}: one bundle into a practice, as the operator's own act; the report. */
    JsonNode importBundle(Provisioning.Operator operator, String odsCode, JsonNode bundle) {
        var practice = core.get().practices().byOdsCode(new org.citizenservices.core.api.domain.OdsCode(
                odsCode == null ? "" : odsCode)).orElseThrow(() -> new org.citizenservices.core.api.service
                .NotFoundException("There is no practice with ODS code " + odsCode + " here."));
        ApiClients.Caller caller = new ApiClients.Caller("admin-import", operator.label(), practice.id(),
                practice.odsCode().value(), ApiClients.SCOPES);
        return importer.get().run(caller, bundle).toJson();
    }

    private static StaffRole role(String role) {
        if (role == null) {
            return null;
        }
        try {
            return StaffRole.valueOf(role.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            throw new org.citizenservices.core.api.domain.InvalidValueException("The role is RECEPTIONIST, CLINICIAN "
                    + "or PRACTICE_ADMIN, not " + role + ".");
        }
    }

    private static RecordAccessLevel level(String level) {
        if (level == null) {
            return null;
        }
        try {
            return RecordAccessLevel.valueOf(level.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            throw new org.citizenservices.core.api.domain.InvalidValueException("The record level is SUMMARY, "
                    + "DETAILED_CODED, DOCUMENTS or FULL, not " + level + ".");
        }
    }
}
