package dev.vitrine.views.service;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * What the dashboard shows: counted views today and over 7 and 30 days, views per day, the most viewed
 * items, and the requests not counted (bots, repeats, staff) over the same 30 days.
 */
public record ViewStats(
        long today,
        long lastWeek,
        long lastMonth,
        List<Day> days,
        List<TopList> top,
        Map<String, Long> droppedLastMonth)
        implements Serializable {

    /** The most viewed items of a counted kind ({@code products}, as its public folder names it). */
    public record TopList(String kind, List<TopItem> items) implements Serializable {}

    /** Views on one day. */
    public record Day(LocalDate date, long views) implements Serializable {}

    /** An item and its views over the 30 days. */
    public record TopItem(long id, String name, String slug, long views) implements Serializable {}
}
