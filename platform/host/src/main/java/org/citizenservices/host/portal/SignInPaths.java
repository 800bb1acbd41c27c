package org.citizenservices.host.portal;

/**
 * Where each kind of user signs in: the shell links there and sign-out returns there. The practice's other
 * addresses are its own business ({@code practice.PracticePaths}).
 */
public final class SignInPaths {

    public static final String CITIZEN = "/sign-in";
    public static final String PRACTICE = "/practice/sign-in";
    public static final String SUPPLIER = "/supplier/sign-in";

    private SignInPaths() {
    }
}
