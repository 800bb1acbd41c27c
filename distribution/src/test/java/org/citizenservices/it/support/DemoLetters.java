package org.citizenservices.it.support;

/** The registration letters of the demo practice's app users, as an app sends them to link. */
public final class DemoLetters {

    /** Jane Demo, with proxy access for her son Sam. */
    public static final String JANE = "{\"accountId\":\"DEMO100001\",\"linkageKey\":\"Rv7Kq2Xm9Tz4Wp8L\","
            + "\"odsCode\":\"Y99999\",\"surname\":\"Demo\",\"dateOfBirth\":\"1985-03-14\",\"appName\":\"Healthy Me\"}";
    /** Carol, with proxy access for Arthur Elder as his carer. */
    public static final String CAROL = "{\"accountId\":\"DEMO100002\",\"linkageKey\":\"Hp4Wn8Qz3Rk7Xt2M\","
            + "\"odsCode\":\"Y99999\",\"surname\":\"Carer\",\"dateOfBirth\":\"1970-07-07\",\"appName\":\"Care App\"}";

    private DemoLetters() {
    }
}
