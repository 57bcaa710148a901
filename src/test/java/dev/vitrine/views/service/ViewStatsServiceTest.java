package dev.vitrine.views.service;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ViewStatsServiceTest {

    @Test
    void csvFieldsAreQuotedAndNeverFormulas() {
        assertEquals("\"汽车音响\"", ViewStatsService.csvField("汽车音响"));
        assertEquals("\"say \"\"hi\"\"\"", ViewStatsService.csvField("say \"hi\""));
        assertEquals("\"'=HYPERLINK(\"\"x\"\")\"", ViewStatsService.csvField("=HYPERLINK(\"x\")"));
        assertEquals("\"'+1\"", ViewStatsService.csvField("+1"));
        assertEquals("\"'\t=1+1\"", ViewStatsService.csvField("\t=1+1"));
        assertEquals("\"'\r=1+1\"", ViewStatsService.csvField("\r=1+1"));
    }
}
