package dev.vitrine.shared.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class CsvTest {

    @Test
    void csvFieldsAreQuotedAndNeverFormulas() {
        assertEquals("\"汽车音响\"", Csv.field("汽车音响"));
        assertEquals("\"say \"\"hi\"\"\"", Csv.field("say \"hi\""));
        assertEquals("\"'=HYPERLINK(\"\"x\"\")\"", Csv.field("=HYPERLINK(\"x\")"));
        assertEquals("\"'+1\"", Csv.field("+1"));
        assertEquals("\"'\t=1+1\"", Csv.field("\t=1+1"));
        assertEquals("\"'\r=1+1\"", Csv.field("\r=1+1"));
    }
}
