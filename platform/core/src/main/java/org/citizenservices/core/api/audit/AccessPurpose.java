package org.citizenservices.core.api.audit;

/**
 * Why someone looked at or changed a citizen's information, in the citizen's words, for their access log: from the
 * capacity the audit recorded (practice staff, themself, a proxy, an app, the system) and the app it came through.
 */
public final class AccessPurpose {

    private AccessPurpose() {
    }

    public static String of(AuditEventDetails event) {
        String app = appOf(event.source());
        String through = app == null ? "" : ", through " + app;
        return switch (event.actingAs()) {
            case STAFF -> "Your care and your records at your GP practice";
            case SELF, CITIZEN -> "You, using your online account" + through;
            case PROXY -> "Someone acting for you with proxy access" + through;
            case APP -> app == null ? "An app linked to your account" : "An app linked to your account: " + app;
            case SYSTEM -> "Keeping your online account up to date";
        };
    }

    /** "Healthy Me" from the source "app: Healthy Me" or "NHS login app: Healthy Me"; null for the portal. */
    private static String appOf(String source) {
        if (source == null) {
            return null;
        }
        int at = source.indexOf("app: ");
        return at < 0 ? null : source.substring(at + "app: ".length());
    }
}
