package org.citizenservices.it.support;

import org.citizenservices.it.support.PatientApiCalls.AppSession;
import org.citizenservices.it.support.PatientApiCalls.Answer;

import java.io.IOException;

/**
 * Jane's and Carol's apps on the demo practice, linked with their registration letters and in session before a test
 * class's tests run: Jane acts for herself and for her son Sam, Carol for Arthur Elder as his carer. Taken as a
 * static field from {@link DemoPracticeHost#apps()}, so the API tests share one set-up instead of each linking and
 * naming the same five values.
 */
public final class DemoApps {

    private PatientApiCalls api;
    private AppSession jane;
    private AppSession carol;

    DemoApps() {
    }

    /** Links both apps and opens their sessions; the host calls it once it is up. */
    void open(PatientApiCalls calls) throws Exception {
        this.api = calls;
        this.jane = calls.open(DemoLetters.JANE);
        this.carol = calls.open(DemoLetters.CAROL);
    }

    /** A patient API call, as {@link PatientApiCalls#call} makes it. */
    public Answer call(String method, String path, String token, String body) throws IOException, InterruptedException {
        return api.call(method, path, token, body);
    }

    /** Jane's bearer token. */
    public String janeToken() {
        return jane.token();
    }

    /** Jane's patient link for herself. */
    public String jane() {
        return jane.linkId("Jane Demo");
    }

    /** Jane's patient link for Sam, as his proxy. */
    public String sam() {
        return jane.linkId("Sam Demo");
    }

    /** Carol's bearer token. */
    public String carolToken() {
        return carol.token();
    }

    /** Carol's patient link for Arthur Elder, as his carer. */
    public String arthur() {
        return carol.linkId("Arthur Elder");
    }
}
