package org.citizenservices.host.portal.practice;

/** The staff portal's addresses, in one place for links and redirects. */
public final class PracticePaths {

    public static final String HOME = "/practice";
    public static final String SIGN_IN = org.citizenservices.host.portal.SignInPaths.PRACTICE;
    public static final String REVIEWS = "/practice/reviews";
    public static final String ADMIN = "/practice/admin";

    private PracticePaths() {
    }

    public static String patient(long id) {
        return "/practice/patients/" + id;
    }

    public static String patientAudit(long id) {
        return "/practice/patients/" + id + "/audit";
    }

    public static String account(long id) {
        return "/practice/accounts/" + id;
    }

    public static String newAccount(Long forPatient) {
        return "/practice/accounts/new" + (forPatient == null ? "" : "?patient=" + forPatient);
    }

    public static String letter(long accountId) {
        return "/practice/accounts/" + accountId + "/letter";
    }
}
