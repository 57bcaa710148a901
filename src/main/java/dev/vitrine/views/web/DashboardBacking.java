package dev.vitrine.views.web;

import dev.vitrine.views.service.ViewStats;
import dev.vitrine.views.service.ViewStatsService;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** The back office's first page ({@code /admin/dashboard}): how the site is being read. */
@Named
@RequestScoped
public class DashboardBacking {

    /** Height of the chart's plot area, in SVG units. */
    static final int CHART_HEIGHT = 160;

    @Inject
    private ViewStatsService statsService;

    private ViewStats stats;
    private long highestDay;

    @PostConstruct
    void load() {
        stats = statsService.stats();
        highestDay = Math.max(
                1, stats.days().stream().mapToLong(ViewStats.Day::views).max().orElse(1));
    }

    public ViewStats getStats() {
        return stats;
    }

    /** The height of a day's bar in the chart. */
    public long barHeight(long views) {
        return Math.round((double) views * CHART_HEIGHT / highestDay);
    }

    public long getHighestDay() {
        return highestDay;
    }
}
