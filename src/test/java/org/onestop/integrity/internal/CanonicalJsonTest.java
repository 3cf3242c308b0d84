package org.onestop.integrity.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CanonicalJsonTest {

    record Fee(String currency, BigDecimal amount) {
    }

    record Application(String status, LocalDate due, Fee fee, Map<String, Object> form) {
    }

    @Test
    void keysAreSortedInRecordsMapsAndEverythingNestedInThem() {
        Map<String, Object> form = new LinkedHashMap<>();
        form.put("surname", "Ахметова");
        form.put("address", Map.of("street", "Кенесары", "house", 5));

        String json = CanonicalJson.of(new Application("accepted", LocalDate.of(2026, 3, 20),
                new Fee("KZT", new BigDecimal("865.00")), form));

        assertThat(json).isEqualTo("{\"due\":\"2026-03-20\",\"fee\":{\"amount\":865.00,\"currency\":\"KZT\"},"
                + "\"form\":{\"address\":{\"house\":5,\"street\":\"Кенесары\"},\"surname\":\"Ахметова\"},"
                + "\"status\":\"accepted\"}");
    }

    @Test
    void aRecordAndAMapWithTheSameContentGiveTheSameText() {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("currency", "KZT");
        map.put("amount", new BigDecimal("865.00"));

        assertThat(CanonicalJson.of(map)).isEqualTo(CanonicalJson.of(new Fee("KZT", new BigDecimal("865.00"))));
    }

    @Test
    void instantsAreIsoTextAndListsKeepTheirOrder() {
        assertThat(CanonicalJson.of(Map.of("at", Instant.parse("2026-03-16T04:05:06.123456Z"), "steps",
                List.of("b", "a")))).isEqualTo("{\"at\":\"2026-03-16T04:05:06.123456Z\",\"steps\":[\"b\",\"a\"]}");
    }

    @Test
    void nothingStaysNothing() {
        assertThat(CanonicalJson.of(null)).isNull();
    }

    @Test
    void aValueThatIsNotJsonIsRefused() {
        assertThatThrownBy(() -> CanonicalJson.of(new Object()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("an audit record's state cannot be written as JSON");
    }
}
