package org.citizenservices.host.integration;

import com.nimbusds.oauth2.sdk.AccessTokenResponse;
import com.nimbusds.oauth2.sdk.ClientCredentialsGrant;
import com.nimbusds.oauth2.sdk.ErrorObject;
import com.nimbusds.oauth2.sdk.GrantType;
import com.nimbusds.oauth2.sdk.OAuth2Error;
import com.nimbusds.oauth2.sdk.ParseException;
import com.nimbusds.oauth2.sdk.Scope;
import com.nimbusds.oauth2.sdk.TokenErrorResponse;
import com.nimbusds.oauth2.sdk.TokenRequest;
import com.nimbusds.oauth2.sdk.auth.ClientAuthentication;
import com.nimbusds.oauth2.sdk.auth.ClientSecretBasic;
import com.nimbusds.oauth2.sdk.auth.ClientSecretPost;
import com.nimbusds.oauth2.sdk.http.HTTPResponse;
import com.nimbusds.oauth2.sdk.http.JakartaServletUtils;
import com.nimbusds.oauth2.sdk.token.BearerAccessToken;
import com.nimbusds.oauth2.sdk.token.Tokens;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.citizenservices.core.Core;
import org.citizenservices.core.api.integration.ApiClients;

import java.io.IOException;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * {@code POST /oauth2/token}: OAuth 2.0 client credentials (RFC 6749 §4.4) for clients of the practice integration
 * API, the client's id and secret by HTTP Basic or in the form. Parsing and answering follow the specification
 * through the Nimbus OAuth 2.0 SDK; the core checks the secret and issues the token.
 */
public final class OAuthTokenServlet extends HttpServlet {

    /** A form is a few hundred bytes; anything much longer is not a token request. */
    private static final long MAX_BODY = 8 * 1024;

    private final transient Supplier<Core> core;

    public OAuthTokenServlet(Supplier<Core> core) {
        this.core = core;
    }

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setHeader("Cache-Control", "no-store");
        if (!"POST".equals(request.getMethod())) {
            response.setHeader("Allow", "POST");
            error(response, new ErrorObject("invalid_request", "Ask for a token with POST.", 405));
            return;
        }
        TokenRequest tokenRequest;
        try {
            tokenRequest = TokenRequest.parse(JakartaServletUtils.createHTTPRequest(request, MAX_BODY));
        } catch (ParseException | IOException | IllegalArgumentException bad) {
            ErrorObject why = bad instanceof ParseException parse && parse.getErrorObject() != null
                    ? parse.getErrorObject() : OAuth2Error.INVALID_REQUEST;
            error(response, why.setDescription(why.getDescription() == null ? "Send grant_type=client_credentials "
                    + "with the client's id and secret (HTTP Basic or client_id and client_secret)."
                    : why.getDescription()));
            return;
        }
        if (!(tokenRequest.getAuthorizationGrant() instanceof ClientCredentialsGrant)) {
            error(response, OAuth2Error.UNSUPPORTED_GRANT_TYPE.setDescription("Only grant_type="
                    + GrantType.CLIENT_CREDENTIALS + " is offered."));
            return;
        }
        ClientAuthentication authentication = tokenRequest.getClientAuthentication();
        String secret = authentication instanceof ClientSecretBasic basic ? basic.getClientSecret().getValue()
                : authentication instanceof ClientSecretPost post ? post.getClientSecret().getValue() : null;
        if (secret == null) {
            error(response, OAuth2Error.INVALID_CLIENT.setDescription("Authenticate with the client's id and "
                    + "secret."));
            return;
        }
        Set<String> scopes = tokenRequest.getScope() == null ? Set.of()
                : new HashSet<>(tokenRequest.getScope().toStringList());
        Optional<ApiClients.Token> token = core.get().apiClients().token(authentication.getClientID().getValue(),
                secret, scopes);
        if (token.isEmpty()) {
            // one answer for an unknown client, a wrong secret, a revoked client and a scope not granted
            error(response, OAuth2Error.INVALID_CLIENT.setDescription("The client id, secret or scope is not "
                    + "right, or the client was revoked."));
            return;
        }
        ApiClients.Token issued = token.get();
        HTTPResponse answer = new AccessTokenResponse(new Tokens(new BearerAccessToken(issued.accessToken(),
                issued.expiresIn().toSeconds(), new Scope(issued.scopes().toArray(String[]::new))), null))
                .toHTTPResponse();
        JakartaServletUtils.applyHTTPResponse(answer, response);
    }

    private static void error(HttpServletResponse response, ErrorObject error) throws IOException {
        ErrorObject shown = error.getHTTPStatusCode() == 0 ? error.setHTTPStatusCode(400) : error;
        HTTPResponse answer = new TokenErrorResponse(shown).toHTTPResponse();
        if (shown.getCode().equals(OAuth2Error.INVALID_CLIENT.getCode())) {
            answer.setHeader("WWW-Authenticate", "Basic realm=\"practice integration API\"");
        }
        JakartaServletUtils.applyHTTPResponse(answer, response);
    }
}
