package org.citizenservices.it.support;

/** The registration letters of the demo practice's app users, as an app sends them to link. */
public final class DemoLetters {

    /** Jane Demo, with proxy access for her son Sam. */
    public static final String JANE = "{\"accountId\":\"DEMO100001\",\"linkageKey\":\"Rv7Kq2Xm9Tz4Wp8L\","
            + "\"odsCode\":\"Y99999\",\"surname\":\"Demo\",\"dateOfBirth\":\"1985-03-14\"}";
    /** Carol, with proxy access for Arthur Elder as his carer. */
    public static final String CAROL = "{\"accountId\":\"DEMO100002\",\"linkageKey\":\"Hp4Wn8Qz3Rk7Xt2M\","
            + "\"odsCode\":\"Y99999\",\"surname\":\"Carer\",\"dateOfBirth\":\"1970-07-07\"}";

    /** The demo's registered app ({@code demo-app}, docs/demo-data.md), as HTTP Basic credentials. */
    public static final String APP_AUTHORIZATION = "Basic " + java.util.Base64.getEncoder().encodeToString(
            "demo-app:Demo-App-Secret-2026".getBytes(java.nio.charset.StandardCharsets.UTF_8));

    private DemoLetters() {
    }
}
