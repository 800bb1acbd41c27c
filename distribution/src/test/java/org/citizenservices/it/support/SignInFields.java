package org.citizenservices.it.support;

/** Where a sign-in page is and the ids of its fields: the citizens' and the practice's differ only in these. */
record SignInFields(String path, String username, String password, String button) {

    static final SignInFields CITIZEN = new SignInFields("sign-in", "sign-in-username", "sign-in-password",
            "sign-in-button");
    static final SignInFields STAFF = new SignInFields("practice/sign-in", "staff-username", "staff-password",
            "staff-sign-in");
}
