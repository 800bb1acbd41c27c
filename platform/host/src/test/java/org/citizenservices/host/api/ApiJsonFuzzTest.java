package org.citizenservices.host.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.citizenservices.spi.ApiProblem;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Fuzzes the patient API's JSON reading: whatever bytes or JSON shapes an app sends, reading a request body either
 * gives the request or a 400 problem — never another exception (which would be a 500).
 */
class ApiJsonFuzzTest {

    private final ObjectMapper json = ApiJson.newMapper();

    enum Mode { IN_PERSON, TELEPHONE, VIDEO }

    /** A capability-style body with the kinds of fields routes read. */
    record Booking(String slotId, String reason, int count, boolean urgent, Mode mode, java.time.LocalDate on,
                   List<String> tags) {
    }

    @Property(tries = 3000)
    void anyBytesGiveARequestOrA400(@ForAll byte[] body) {
        readsOrRejects(body);
    }

    @Property(tries = 3000)
    void anyJsonShapeGivesARequestOrA400(@ForAll("jsonBodies") String body) {
        readsOrRejects(body.getBytes(StandardCharsets.UTF_8));
    }

    private void readsOrRejects(byte[] body) {
        for (Class<?> type : List.of(ApiModels.LinkageRequest.class, ApiModels.SessionRequest.class, Booking.class)) {
            try {
                Object value = HostApiRequest.read(json, body, type);
                assertThat(value).isInstanceOf(type);
            } catch (ApiProblem problem) {
                assertThat(problem.status()).isEqualTo(400);
                assertThat(problem.getMessage()).doesNotContain("Exception").doesNotContain("at com.");
            }
        }
    }

    @Property(tries = 500)
    void wrongTypesAreNeverCoerced(@ForAll("scalars") Object value) {
        String body = "{\"urgent\": false, \"count\": " + json(value) + "}";
        try {
            Booking booking = HostApiRequest.read(json, body.getBytes(StandardCharsets.UTF_8), Booking.class);
            assertThat(value).as("only an integer reads as count").isInstanceOf(Integer.class);
            assertThat(booking.count()).isEqualTo(value);
        } catch (ApiProblem problem) {
            assertThat(problem.status()).isEqualTo(400);
            assertThat(value).isNotInstanceOf(Integer.class);
        }
    }

    @org.junit.jupiter.api.Test
    void aMissingNumberOrFlagIsA400_notAZero() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> HostApiRequest.read(json,
                "{\"urgent\": true}".getBytes(StandardCharsets.UTF_8), Booking.class))
                .isInstanceOf(ApiProblem.class).hasMessageContaining("count");
    }

    @Property(tries = 200)
    void unknownEnumValuesAreRejected(@ForAll("words") String word) {
        String body = "{\"count\": 1, \"urgent\": true, \"mode\": " + json(word) + "}";
        // Jackson forgives spaces around an enum name; nothing else
        boolean known = List.of("IN_PERSON", "TELEPHONE", "VIDEO").contains(word.trim());
        try {
            Booking booking = HostApiRequest.read(json, body.getBytes(StandardCharsets.UTF_8), Booking.class);
            assertThat(known).isTrue();
            assertThat(booking.mode().name()).isEqualTo(word.trim());
        } catch (ApiProblem problem) {
            assertThat(known).isFalse();
            assertThat(problem.getMessage()).contains("IN_PERSON");
        }
    }

    private String json(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    @Provide
    Arbitrary<String> words() {
        return Arbitraries.oneOf(Arbitraries.of("IN_PERSON", "TELEPHONE", "VIDEO", "in_person", "", " VIDEO"),
                Arbitraries.strings().ofMaxLength(12));
    }

    @Provide
    Arbitrary<Object> scalars() {
        return Arbitraries.oneOf(Arbitraries.integers().map(i -> (Object) i), Arbitraries.strings().map(s -> (Object) s),
                Arbitraries.of(true, false).map(b -> (Object) b), Arbitraries.doubles().map(d -> (Object) (d + 0.5)),
                Arbitraries.just(List.of(1, 2)).map(l -> (Object) l), Arbitraries.just(Map.of("a", 1)).map(m -> (Object) m));
    }

    @Provide
    Arbitrary<String> jsonBodies() {
        return Arbitraries.lazyOf(() -> value(3)).map(this::json);
    }

    private Arbitrary<Object> value(int depth) {
        Arbitrary<Object> leaf = Arbitraries.oneOf(
                Arbitraries.strings().ofMaxLength(20).map(s -> (Object) s),
                Arbitraries.integers().map(i -> (Object) i),
                Arbitraries.longs().map(l -> (Object) l),
                Arbitraries.doubles().map(d -> (Object) d),
                Arbitraries.of(true, false).map(b -> (Object) b),
                Arbitraries.of("1985-03-14", "1985-13-14", "DEMO100001", "IN_PERSON", "VIDEO", "null").map(s -> (Object) s));
        if (depth == 0) {
            return leaf;
        }
        Arbitrary<String> keys = Arbitraries.of("accountId", "linkageKey", "odsCode", "surname", "dateOfBirth",
                "appName", "accessIdentity", "slotId", "reason", "count", "urgent", "mode", "on", "tags", "x");
        Arbitrary<Object> object = Combinators.combine(keys.list().ofMaxSize(6), value(depth - 1).list().ofSize(6))
                .as((names, values) -> {
                    Map<String, Object> map = new java.util.LinkedHashMap<>();
                    for (int i = 0; i < names.size(); i++) {
                        map.put(names.get(i), values.get(i));
                    }
                    return (Object) map;
                });
        Arbitrary<Object> array = value(depth - 1).list().ofMaxSize(4).map(l -> (Object) l);
        return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(3, leaf), net.jqwik.api.Tuple.of(5, object),
                net.jqwik.api.Tuple.of(1, array));
    }
}
