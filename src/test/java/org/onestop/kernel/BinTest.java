package org.onestop.kernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.YearMonth;
import org.junit.jupiter.api.Test;

class BinTest {

    @Test
    void publicExampleReadsAsAResidentHeadUnitRegisteredInJanuary1994() {
        Bin bin = Bin.parse("940140000385");

        assertThat(bin.registered()).isEqualTo(YearMonth.of(1994, 1));
        assertThat(bin.entityType()).isEqualTo(Bin.EntityType.RESIDENT_LEGAL_ENTITY);
        assertThat(bin.attribute()).isEqualTo(Bin.Attribute.HEAD_UNIT);
    }

    @Test
    void secondPassCheckDigitIsAccepted() {
        Bin bin = Bin.parse("150840000909");

        assertThat(CheckDigit.passOf(bin.value())).isEqualTo(2);
        assertThat(bin.registered()).isEqualTo(YearMonth.of(2015, 8));
        assertThat(bin.attribute()).isEqualTo(Bin.Attribute.HEAD_UNIT);
    }

    @Test
    void jointEntrepreneurshipAsAPeasantFarmIsRead() {
        Bin bin = Bin.parse("210363000009");

        assertThat(bin.entityType()).isEqualTo(Bin.EntityType.JOINT_INDIVIDUAL_ENTREPRENEUR);
        assertThat(bin.attribute()).isEqualTo(Bin.Attribute.PEASANT_FARM);
        assertThat(bin.registered()).isEqualTo(YearMonth.of(2021, 3));
    }

    @Test
    void everyBrokenRuleIsNamed() {
        assertRejected("150840000960", "bin.never-issued", "this BIN was never issued: both check-digit passes give 10");
        assertRejected("940140000381", "bin.check-digit", "check digit should be 5, not 1");
        assertRejected("941340000385", "bin.month", "month 13 does not exist");
        assertRejected("940170000385", "bin.entity-type", "digit 5 must be 4, 5 or 6, not 7");
        assertRejected("940144000385", "bin.attribute", "digit 6 must be 0–3, not 4");
        assertRejected("94014000038", "bin.length", "a BIN has 12 digits, not 11");
        assertRejected("9401400O0385", "bin.not-digit", "a BIN has only digits, but character 8 is 'O'");
    }

    private static void assertRejected(String bin, String code, String message) {
        assertThatThrownBy(() -> Bin.parse(bin))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo(code))
                .hasMessage(message);
    }
}
