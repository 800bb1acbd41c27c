package org.citizenservices.record.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** A {@link TestResult} as the entry's columns. Replaced whole, never edited in place. */
@Embeddable
public class ResultColumns {

    @Column(name = "RESULT_VALUE", length = 100)
    private String resultValue;
    @Column(name = "RESULT_UNIT", length = 40)
    private String resultUnit;
    @Column(name = "REFERENCE_RANGE", length = 60)
    private String referenceRange;
    @Enumerated(EnumType.STRING)
    @Column(name = "RESULT_FLAG", length = 20)
    private ResultFlag resultFlag;
    @Column(name = "RESULT_COMMENT", length = 1000)
    private String resultComment;
    @Column(name = "RESULT_REQUEST", length = 200)
    private String resultRequest;

    protected ResultColumns() {
        // for JPA
    }

    private ResultColumns(TestResult result) {
        this.resultValue = result.value();
        this.resultUnit = result.unit();
        this.referenceRange = result.referenceRange();
        this.resultFlag = result.flag();
        this.resultComment = result.comment();
        this.resultRequest = result.request();
    }

    /** The columns for a result; {@code null} (every column empty) for none. */
    static ResultColumns of(TestResult result) {
        return result == null || result.isEmpty() ? null : new ResultColumns(result);
    }

    /** The result these columns hold; {@code null} when every one is empty. */
    TestResult result() {
        TestResult result = new TestResult(resultValue, resultUnit, referenceRange, resultFlag, resultComment,
                resultRequest);
        return result.isEmpty() ? null : result;
    }
}
