package org.citizenservices.spi;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The typed readers every handler uses: a malformed id is not found, a malformed filter is a bad request. */
class ApiRequestTest {

    private enum Sort { DATE, TYPE }

    /** Only the parameters: the readers under test are built on them. */
    private record Call(Map<String, String> path, Map<String, String> query) implements ApiRequest {

        @Override
        public CurrentCitizen citizen() {
            throw new UnsupportedOperationException();
        }

        @Override
        public String pathParameter(String name) {
            return path.get(name);
        }

        @Override
        public Optional<String> query(String name) {
            return Optional.ofNullable(query.get(name));
        }

        @Override
        public Optional<LocalDate> queryDate(String name) {
            throw new UnsupportedOperationException();
        }

        @Override
        public <T> T body(Class<T> type) {
            throw new UnsupportedOperationException();
        }

        @Override
        public <T> Optional<T> optionalBody(Class<T> type) {
            throw new UnsupportedOperationException();
        }

        @Override
        public ApiUpload upload() {
            throw new UnsupportedOperationException();
        }
    }

    @Test
    void givenAnIdInThePath_thenItIsRead_andAnythingElseIsNotFound() {
        assertThat(new Call(Map.of("id", "42"), Map.of()).pathId("id", "No such thing.")).isEqualTo(42L);
        for (String malformed : new String[]{"x1", "0", "-3", "", "99999999999999999999"}) {
            assertThatThrownBy(() -> new Call(Map.of("id", malformed), Map.of()).pathId("id", "No such thing."))
                    .isInstanceOfSatisfying(ApiProblem.class, problem -> {
                        assertThat(problem.status()).isEqualTo(404);
                        assertThat(problem.getMessage()).isEqualTo("No such thing.");
                    });
        }
        assertThatThrownBy(() -> ApiRequest.id(null, "No such slot.")).hasMessage("No such slot.");
        assertThat(ApiRequest.id(" 7 ", "No such slot.")).isEqualTo(7L);
    }

    @Test
    void givenQueryParameters_thenEachIsReadAsItsKind() {
        Call call = new Call(Map.of(), Map.of("offset", "20", "clinicianId", "31", "includePast", "true",
                "sort", "type"));

        assertThat(call.queryInt("offset")).contains(20);
        assertThat(call.queryLong("clinicianId")).contains(31L);
        assertThat(call.queryBoolean("includePast")).contains(true);
        assertThat(call.queryChoice("sort", Sort.class)).contains(Sort.TYPE);
        assertThat(call.queryInt("limit")).isEmpty();
        assertThat(call.queryChoice("section", Sort.class)).isEmpty();
    }

    @Test
    void givenAQueryParameterOfTheWrongKind_thenItIsA400NamingIt() {
        Call call = new Call(Map.of(), Map.of("offset", "ten", "clinicianId", "dr-who", "includePast", "yes",
                "sort", "newest"));

        assertBadRequest(() -> call.queryInt("offset"), "The query parameter 'offset' must be a whole number.");
        assertBadRequest(() -> new Call(Map.of(), Map.of("limit", "3000000000")).queryInt("limit"),
                "The query parameter 'limit' must be a whole number.");
        assertBadRequest(() -> call.queryLong("clinicianId"),
                "The query parameter 'clinicianId' must be a whole number.");
        assertBadRequest(() -> call.queryBoolean("includePast"), "The query parameter 'includePast' is true or false.");
        assertBadRequest(() -> call.queryChoice("sort", Sort.class), "The query parameter 'sort' is one of DATE, TYPE.");
    }

    private static void assertBadRequest(Runnable read, String detail) {
        assertThatThrownBy(read::run).isInstanceOfSatisfying(ApiProblem.class, problem -> {
            assertThat(problem.status()).isEqualTo(400);
            assertThat(problem.getMessage()).isEqualTo(detail);
        });
    }
}
