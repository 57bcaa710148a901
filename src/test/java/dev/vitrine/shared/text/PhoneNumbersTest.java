package dev.vitrine.shared.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class PhoneNumbersTest {

    @Test
    void aNumberAsTypedIsDialledByItsDigits() {
        assertEquals("02088886666", PhoneNumbers.dialable("020-8888 6666"));
        assertEquals("13800001111", PhoneNumbers.dialable("138 0000 1111"));
    }

    @Test
    void anInternationalNumberKeepsItsPlus() {
        assertEquals("+862088886666", PhoneNumbers.dialable("+86 (20) 8888-6666"));
    }

    @Test
    void ofSeveralNumbersTheFirstIsDialled() {
        assertEquals("02088886666", PhoneNumbers.dialable("020-8888 6666 / 138 0000 1111"));
        assertEquals("02088886666", PhoneNumbers.dialable("020-88886666、13800001111"));
        assertEquals("02088886666", PhoneNumbers.dialable("020-88886666，13800001111"));
        assertEquals("02088886666", PhoneNumbers.dialable("020-88886666 或 13800001111"));
    }

    @Test
    void anExtensionIsLeftOff() {
        assertEquals("02088886666", PhoneNumbers.dialable("020-8888 6666 转 8"));
        assertEquals("02088886666", PhoneNumbers.dialable("020-8888 6666 ext. 12"));
    }

    @Test
    void aFieldWithoutANumberDialsNothing() {
        assertNull(PhoneNumbers.dialable(null));
        assertNull(PhoneNumbers.dialable(""));
        assertNull(PhoneNumbers.dialable("请来电"));
        assertNull(PhoneNumbers.dialable("110"));
    }
}
